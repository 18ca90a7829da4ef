// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { partitionState } from '../../../engine/index.ts';
import { renderSimulator } from '../../test-support.tsx';

// The brokers view of the diagram drawn from the real engine, acted on by mouse and read by a screen reader.

describe('ClusterPanel (the brokers view)', () => {
  it('on one broker says the brokers view is the topics view, and adds a broker', () => {
    const { store } = renderSimulator({ commands: [] });
    fireEvent.click(screen.getByRole('radio', { name: 'Brokers' }));
    expect(screen.getByText(/With one broker the brokers view is the topics view/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Brokers and replicas' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Add broker 2' }));
    expect(store.getState().timeline.state.brokers.map((b) => b.id)).toEqual([1, 2]);
    expect(screen.getByRole('region', { name: 'Brokers and replicas' })).toBeInTheDocument();
  });

  it('shows each replica with its role, sync state, log end and high watermark, and acts on brokers', () => {
    const { store } = renderSimulator({ commands: [
      { type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 },
      { type: 'createTopic', topic: 'r', partitions: 1, replicationFactor: 3 },
      { type: 'addProducer', producer: 'p' }, { type: 'produce', producer: 'p', topic: 'r', value: 'a' },
    ] });
    fireEvent.click(screen.getByRole('radio', { name: 'Brokers' }));
    const leader = partitionState(store.getState().timeline.state, 'r', 0)!.leader!;
    expect(screen.getByRole('group', { name: `r-0 on broker ${leader}, leader, in sync, log end 1, high watermark 0, leader epoch 0` })).toBeInTheDocument();
    // Each copy's record as a cell: offset, record and the leader epoch that wrote it, in words and data.
    const cells = document.querySelectorAll(`[data-replica-cell][data-broker="${leader}"][data-topic="r"][data-partition="0"]`);
    expect(cells).toHaveLength(1);
    expect(cells[0]).toHaveAttribute('data-offset', '0');
    expect(cells[0]).toHaveAttribute('data-epoch', '0');
    expect(cells[0]).toHaveAccessibleName('offset 0: value a (no key), written in leader epoch 0, not committed yet (above the high watermark)');
    expect(cells[0]!.getAttribute('title')).toBe(cells[0]!.getAttribute('aria-label'));
    fireEvent.click(screen.getByRole('button', { name: `Stop broker ${leader}` }));
    const after = partitionState(store.getState().timeline.state, 'r', 0)!;
    expect(after.leader).not.toBe(leader);
    expect(screen.getByRole('article', { name: `Broker ${leader}` })).toHaveTextContent('stopped');
    expect(screen.getByRole('button', { name: `Restart broker ${leader}` })).toBeInTheDocument();
  });
});

// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
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
    const card = screen.getByRole('article', { name: `Broker ${leader}` });
    expect(within(card).getByRole('listitem', { name: 'r-0, leader, in sync, log end 1, high watermark 0, leader epoch 0' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: `Stop broker ${leader}` }));
    const after = partitionState(store.getState().timeline.state, 'r', 0)!;
    expect(after.leader).not.toBe(leader);
    expect(screen.getByRole('article', { name: `Broker ${leader}` })).toHaveTextContent('stopped');
    expect(screen.getByRole('button', { name: `Restart broker ${leader}` })).toBeInTheDocument();
  });
});

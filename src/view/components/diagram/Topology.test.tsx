// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { partitionState, type Command } from '../../../engine/index.ts';
import { createSimStore, TOP_SPEED } from '../../../store/sim-store.ts';
import { LangProvider } from '../../hooks/lang-context.tsx';
import { SimProvider } from '../../hooks/sim-context.tsx';
import { UiProvider } from '../../hooks/ui-context.tsx';
import { SimulatorPage } from '../../SimulatorPage.tsx';
import { Topology } from '../Topology.tsx';

// The diagram's two views of the middle: the toggle, who remembers it, and what the brokers view marks.

const REPLICATED: Command[] = [
  { type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 },
  { type: 'createTopic', topic: 'r', partitions: 1, replicationFactor: 3 },
  { type: 'addProducer', producer: 'p' }, { type: 'produce', producer: 'p', topic: 'r', value: 'a' },
  { type: 'advanceTime', ms: 1000 },
] as Command[];

describe('the diagram view toggle', () => {
  it('starts on topics, switches to brokers, and tells the page each change', () => {
    const changes: string[] = [];
    render(<SimulatorPage lang="en" store={createSimStore({ seed: 1, commands: REPLICATED })} onViewChange={(v) => changes.push(v)} />);
    const topics = screen.getByRole('radio', { name: 'Topics' });
    expect(topics).toBeChecked();
    expect(screen.getByRole('list', { name: 'r partition 0' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'Brokers' }));
    expect(screen.getByRole('radio', { name: 'Brokers' })).toBeChecked();
    expect(screen.getByRole('region', { name: 'Brokers and replicas' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'r partition 0' })).not.toBeInTheDocument();
    fireEvent.click(topics);
    expect(changes).toEqual(['brokers', 'topics']);
    expect(screen.getByRole('list', { name: 'r partition 0' })).toBeInTheDocument();
  });

  it('opens on the view the page was given, and reports a view it does not know', () => {
    render(<SimulatorPage lang="ko" store={createSimStore({ seed: 1, commands: REPLICATED })} view="brokers" rejectedView="racks" />);
    expect(screen.getByRole('radio', { name: '브로커' })).toBeChecked();
    expect(screen.getByRole('region', { name: '브로커와 레플리카' })).toBeInTheDocument();
    expect(screen.getByText(/주소에 알 수 없는 보기가 있습니다: "racks"/)).toHaveAttribute('role', 'status');
  });

  it('a fixed view (lessons, widgets) has no toggle', () => {
    const store = createSimStore({ seed: 1, commands: REPLICATED });
    render(<SimProvider store={store}><LangProvider initial="en"><UiProvider readOnly><Topology view="brokers" /></UiProvider></LangProvider></SimProvider>);
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add broker/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('article', { name: /^Broker \d$/ })).toHaveLength(3);
  });
});

describe('the brokers view marks', () => {
  it('names the leader, the followers, the high watermark, and a copy that fell out of the ISR', () => {
    const store = createSimStore({ seed: 1, commands: REPLICATED });
    const before = partitionState(store.getState().timeline.state, 'r', 0)!;
    const follower = before.replicas.find((b) => b !== before.leader)!;
    render(<SimulatorPage lang="en" store={store} view="brokers" />);
    expect(screen.getByRole('group', { name: `r-0 on broker ${before.leader}, leader, in sync, log end 1, high watermark 1, leader epoch 0` })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: `r-0 on broker ${follower}, follower, in sync, log end 1, high watermark 1, leader epoch 0` })).toBeInTheDocument();
    // Cut off, the follower stops fetching; not caught up for replica.lag.time.max.ms (30 s), it leaves the ISR.
    fireEvent.click(screen.getByRole('button', { name: `Cut off broker ${follower}` }));
    act(() => {
      store.getState().dispatch({ type: 'produce', producer: 'p', topic: 'r', value: 'b' });
      for (let i = 0; i < 7; i++) store.getState().dispatch({ type: 'advanceTime', ms: 5000 });
    });
    expect(partitionState(store.getState().timeline.state, 'r', 0)!.isr).not.toContain(follower);
    const out = screen.getByRole('group', { name: new RegExp(`^r-0 on broker ${follower}, follower, out of sync`) });
    expect(out).toHaveTextContent('out of sync');
    expect(out).toHaveClass('out-of-sync');
    // Pointing at a copy's label says the same in a tooltip; the out-of-ISR mark explains itself.
    expect(out.querySelector('.rlabel')!.getAttribute('title')).toBe(out.getAttribute('aria-label'));
    expect(out.querySelector('.isr-out')!.getAttribute('title')).toMatch(/out of the ISR/);
  });

  it('ends the producers\' and consumers\' paths on the leader\'s copy only', () => {
    const store = createSimStore({ seed: 1, commands: REPLICATED });
    const { container } = render(<SimulatorPage lang="en" store={store} view="brokers" />);
    const leader = partitionState(store.getState().timeline.state, 'r', 0)!.leader!;
    const targets = container.querySelectorAll('[data-target="partition:r:0"]');
    expect(targets).toHaveLength(1);
    expect(targets[0]!.closest('[data-target^="replica:"]')!.getAttribute('data-target')).toBe(`replica:r:0:${leader}`);
  });
});

describe('the connection paths', () => {
  it('step aside while the timeline plays at top speed, and come back when it pauses', () => {
    const store = createSimStore({ seed: 1, commands: REPLICATED });
    const { container } = render(<SimulatorPage lang="en" store={store} />);
    expect(container.querySelector('.diagram-paths')).not.toBeNull();
    act(() => { store.getState().seek(0); store.getState().setSpeed(TOP_SPEED); store.getState().play(); });
    expect(container.querySelector('.diagram-paths')).toBeNull();
    act(() => store.getState().pause());
    expect(container.querySelector('.diagram-paths')).not.toBeNull();
  });
});

// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { SANDBOX_COMMANDS, sandboxHome } from '../../../app/sandbox.ts';
import { renderSimulator } from '../../test-support.tsx';
import { replicatedSetup } from './ReplicatedSetup.tsx';

describe('"3 brokers, RF 3" (the replicated demo in one action)', () => {
  it('adds only the brokers missing up to three, then a topic with replication.factor 3 under a free name', () => {
    expect(replicatedSetup([1], ['orders'])).toEqual({ topic: 'replicated', commands: [
      { type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 },
      { type: 'createTopic', topic: 'replicated', partitions: 1, replicationFactor: 3 },
    ] });
    expect(replicatedSetup([1, 2, 5], ['replicated']).commands).toEqual([{ type: 'createTopic', topic: 'replicated-2', partitions: 1, replicationFactor: 3 }]);
  });

  // The whole simulator renders here: generous time for a busy shared machine.
  it('appends ordinary steps, opens the brokers view and switches the produce form to the new topic', { timeout: 30_000 }, () => {
    const { store } = renderSimulator({ commands: SANDBOX_COMMANDS, clock: true, home: sandboxHome });
    fireEvent.click(screen.getByRole('button', { name: /^3 brokers, RF 3/ }));
    const { timeline } = store.getState();
    expect(timeline.commands.length).toBe(SANDBOX_COMMANDS.length + 3);
    expect(timeline.state.topics['replicated']?.replication[0]?.replicas).toHaveLength(3);
    expect(screen.getAllByRole('combobox', { name: 'Topic' })[0]).toHaveValue('replicated');
    expect(screen.getByRole('radio', { name: 'Brokers' })).toBeChecked();
    // Step back takes it apart one step at a time; Reset returns to the starting sandbox, not step 0.
    fireEvent.click(screen.getByRole('button', { name: 'Step back' }));
    expect(store.getState().timeline.state.topics['replicated']).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(store.getState().timeline.cursor).toBe(SANDBOX_COMMANDS.length);
    expect(Object.keys(store.getState().timeline.state.topics)).toEqual(['orders']);
  });

  it('the sandbox opens with Play ready at the end: it runs the model clock and says so', () => {
    renderSimulator({ commands: SANDBOX_COMMANDS, clock: true, home: sandboxHome });
    const play = screen.getByRole('button', { name: 'Play' });
    expect(play).toBeEnabled();
    expect(play).toHaveAccessibleDescription(/Play runs the model clock/);
    expect(screen.getByRole('button', { name: 'Reset' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Advance time by 1 s' })).toBeEnabled();
  });
});

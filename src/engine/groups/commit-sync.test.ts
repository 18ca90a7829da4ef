import { applyCommand, createSimulation } from '../apply.ts';
import type { Command } from '../commands.ts';
import type { SimEvent } from '../events.ts';
import type { SimState } from '../types.ts';
import { threeBrokers } from '../test-support/cluster.ts';
import { eventsOf } from '../test-support/run.ts';
import { coordinator } from './coordinator.ts';
import { groupState } from './group-state.ts';

// ConsumerCoordinator.commitOffsetsSync: COORDINATOR_NOT_AVAILABLE is retriable, so commitSync
// keeps retrying (retry.backoff.ms, exponential up to retry.backoff.max.ms) until
// default.api.timeout.ms (60000) and only then throws TimeoutException. During a coordinator
// failover it returns once the new leader of the group's __consumer_offsets partition is elected
// (broker.session.timeout.ms, 9 s, after the crash); the members' sessions are not expired.

function play(commands: readonly Command[], start: SimState = createSimulation({ seed: 2, kafkaVersion: '4.0' })): { state: SimState; events: SimEvent[] } {
  let state = start;
  const events: SimEvent[] = [];
  for (const command of commands) {
    const result = applyCommand(state, command);
    if (result.error) throw new Error(`${command.type}: ${result.error.code}`);
    state = result.state;
    events.push(...result.events);
  }
  return { state, events };
}

const CONSUMING: Command[] = [
  { type: 'addProducer', producer: 'p' },
  { type: 'produce', producer: 'p', topic: 'orders', value: 'a' },
  { type: 'produce', producer: 'p', topic: 'orders', value: 'b' },
  { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false },
  { type: 'poll', consumer: 'c' },
];

describe('ConsumerCoordinator.commitOffsetsSync', () => {
  it('retries through a coordinator failover and commits once the coordinator has moved, about 9 s later; no session expires', () => {
    const { state } = play([...threeBrokers(), ...CONSUMING.slice(0, 4), { type: 'advanceTime', ms: 1_000 }, { type: 'poll', consumer: 'c' }]);
    const old = coordinator(state, 'g')!;
    const { state: waiting, events } = play([{ type: 'crashBroker', broker: old }, { type: 'commit', consumer: 'c' }], state);
    expect(eventsOf(events, 'commitRetried')).toEqual([expect.objectContaining({ attempt: 1, retryAt: 1_100, error: 'COORDINATOR_NOT_AVAILABLE' })]);
    expect(waiting.groups['g']!.committed).toEqual({});
    // The consumer's thread is inside commitSync: it cannot poll meanwhile.
    expect(applyCommand(waiting, { type: 'poll', consumer: 'c' }).error?.code).toBe('COMMIT_IN_PROGRESS');
    const later = play([{ type: 'advanceTime', ms: 20_000 }], waiting);
    const moved = eventsOf(later.events, 'coordinatorMoved').find((e) => e.group === 'g')!;
    const committed = eventsOf(later.events, 'offsetsCommitted')[0]!;
    expect(committed.offsets).toEqual([{ topic: 'orders', partition: 0, offset: 2 }]);
    expect(committed.at).toBeGreaterThanOrEqual(moved.at);
    expect(committed.at).toBeLessThanOrEqual(moved.at + 1_000);
    expect(moved.at).toBe(1_000 + 9_000);
    expect(later.state.groups['g']!.committed).toEqual({ 'orders:0': 2 });
    expect(eventsOf(later.events, 'memberExpired')).toEqual([]);
    expect(groupState(later.state, 'g')).toMatchObject({ state: 'Stable', members: [{ consumer: 'c' }] });
    expect(applyCommand(later.state, { type: 'poll', consumer: 'c' }).error).toBeUndefined();
  });

  it('fails with TIMEOUT after default.api.timeout.ms (60000) of model time when the coordinator does not come back', () => {
    const { state } = play([{ type: 'createTopic', topic: 'orders', partitions: 1 }, ...CONSUMING, { type: 'crashBroker', broker: 1 }, { type: 'commit', consumer: 'c', offsets: [{ topic: 'orders', partition: 0, offset: 1 }] }]);
    const later = play([{ type: 'advanceTime', ms: 59_999 }], state);
    expect(eventsOf(later.events, 'commitFailed')).toEqual([]);
    const end = play([{ type: 'advanceTime', ms: 1 }], later.state);
    expect(eventsOf(end.events, 'commitFailed')).toEqual([expect.objectContaining({ consumer: 'c', error: 'TIMEOUT', at: 60_000, timeoutMs: 60_000 })]);
    expect(end.state.groups['g']!.committed).toEqual({});
    expect(end.state.consumers['c']!.pendingCommit).toBeUndefined();
  });

  it('backs off exponentially (100, 200, 400, 800, then 1000 ms) and narrates the first retries only', () => {
    const { state } = play([{ type: 'createTopic', topic: 'orders', partitions: 1 }, ...CONSUMING, { type: 'crashBroker', broker: 1 }, { type: 'commit', consumer: 'c' }]);
    const later = play([{ type: 'advanceTime', ms: 5_000 }], state);
    expect(eventsOf(later.events, 'commitRetried').map((e) => [e.attempt, e.at, e.retryAt])).toEqual([[2, 100, 300], [3, 300, 700]]);
    expect(later.state.consumers['c']!.pendingCommit).toMatchObject({ attempts: 8, nextRetryAt: 5_500 });
  });

  it('a shorter defaultApiTimeoutMs gives up sooner', () => {
    const { state } = play([{ type: 'createTopic', topic: 'orders', partitions: 1 }, { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'], defaultApiTimeoutMs: 5_000 }, { type: 'poll', consumer: 'c' }, { type: 'crashBroker', broker: 1 }, { type: 'commit', consumer: 'c', offsets: [{ topic: 'orders', partition: 0, offset: 0 }] }]);
    const later = play([{ type: 'advanceTime', ms: 10_000 }], state);
    expect(eventsOf(later.events, 'commitFailed')[0]).toMatchObject({ at: 5_000, error: 'TIMEOUT' });
  });

  it('commitAsync (sync: false) does not retry: COORDINATOR_NOT_AVAILABLE at once; so does every commit under the classic profile', () => {
    const { state } = play([{ type: 'createTopic', topic: 'orders', partitions: 1 }, ...CONSUMING, { type: 'crashBroker', broker: 1 }]);
    expect(applyCommand(state, { type: 'commit', consumer: 'c', sync: false }).error?.code).toBe('COORDINATOR_NOT_AVAILABLE');
    const classic = play([{ type: 'createTopic', topic: 'orders', partitions: 1 }, ...CONSUMING, { type: 'crashBroker', broker: 1 }], createSimulation({ seed: 2, kafkaVersion: 'classic' }));
    expect(applyCommand(classic.state, { type: 'commit', consumer: 'c' }).error?.code).toBe('COORDINATOR_NOT_AVAILABLE');
  });
});

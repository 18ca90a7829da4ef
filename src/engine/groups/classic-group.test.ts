import { applyCommand, createSimulation } from '../apply.ts';
import type { Command } from '../commands.ts';
import type { SimEvent } from '../events.ts';
import type { SimState } from '../types.ts';
import { eventsOf } from '../test-support/run.ts';
import { groupState } from './group-state.ts';

// The classic group protocol's states and join barrier, with the answers Kafka gives:
// group-coordinator ClassicGroup / GroupMetadataManager (classicGroupJoin, completeClassicGroupJoin,
// the DelayedJoin's rebalance timeout) and the client's AbstractCoordinator / ConsumerCoordinator
// (JoinGroup from inside poll, onJoinPrepare revoking an eager member's partitions).

function play(commands: readonly Command[], start: SimState = createSimulation({ seed: 5, kafkaVersion: '4.0' })): { state: SimState; events: SimEvent[] } {
  let state = start;
  const events: SimEvent[] = [];
  for (const command of commands) {
    const result = applyCommand(state, command);
    if (result.error) throw new Error(`${command.type}: ${result.error.message}`);
    state = result.state;
    events.push(...result.events);
  }
  return { state, events };
}

const SETUP: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 2 },
  { type: 'addProducer', producer: 'p' },
  { type: 'addConsumer', consumer: 'a', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' },
  { type: 'poll', consumer: 'a' },
  { type: 'produce', producer: 'p', topic: 'orders', value: 'x', partition: 0, flush: true },
  { type: 'produce', producer: 'p', topic: 'orders', value: 'y', partition: 1, flush: true },
];

const tps = (state: SimState, consumer: string) => state.consumers[consumer]!.assignment.map((tp) => `${tp.topic}-${tp.partition}`).sort();

describe('ClassicGroup join barrier (GroupMetadataManager.classicGroupJoin)', () => {
  it('the first member of an Empty group completes its own join: Empty -> PreparingRebalance -> CompletingRebalance -> Stable, generation 1', () => {
    const { state, events } = play(SETUP.slice(0, 4));
    expect(eventsOf(events, 'groupStateChanged').map((e) => `${e.from}>${e.to}`)).toEqual(['Empty>PreparingRebalance', 'PreparingRebalance>CompletingRebalance', 'CompletingRebalance>Stable']);
    expect(groupState(state, 'g')).toMatchObject({ state: 'Stable', protocol: 'classic', generation: 1, members: [{ id: 'a', consumer: 'a' }] });
    expect(tps(state, 'a')).toEqual(['orders-0', 'orders-1']);
  });

  it('a newcomer waits for a busy member: the group is PreparingRebalance, the newcomer gets no partition and no record, the busy member keeps its partitions', () => {
    const { state, events } = play([...SETUP, { type: 'addConsumer', consumer: 'b', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' }, { type: 'poll', consumer: 'b' }]);
    expect(groupState(state, 'g').state).toBe('PreparingRebalance');
    expect(groupState(state, 'g').generation).toBe(1);
    expect(tps(state, 'b')).toEqual([]);
    expect(tps(state, 'a')).toEqual(['orders-0', 'orders-1']);
    expect(eventsOf(events, 'recordsFetched').at(-1)).toMatchObject({ consumer: 'b', count: 0 });
    expect(eventsOf(events, 'joinGroup').at(-1)).toMatchObject({ consumer: 'b', waitingFor: ['a'] });
  });

  it('the busy member rejoins inside its own poll: an eager member revokes everything first (onJoinPrepare), then SyncGroup gives each its share and the group is Stable', () => {
    const { state, events } = play([...SETUP, { type: 'addConsumer', consumer: 'b', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' }, { type: 'poll', consumer: 'b' }, { type: 'poll', consumer: 'a' }]);
    const order = events.filter((e) => ['partitionsRevoked', 'joinGroup', 'syncGroup'].includes(e.type)).map((e) => `${e.type}:${'consumer' in e ? e.consumer : ''}`);
    expect(order.slice(-5)).toEqual(['joinGroup:b', 'partitionsRevoked:a', 'joinGroup:a', 'syncGroup:a', 'syncGroup:b']);
    expect(groupState(state, 'g')).toMatchObject({ state: 'Stable', generation: 2 });
    expect(tps(state, 'a')).toEqual(['orders-0']);
    expect(tps(state, 'b')).toEqual(['orders-1']);
    // a is the leader (first to join the group) and computed the assignment.
    expect(eventsOf(events, 'syncGroup').filter((e) => e.generation === 2).map((e) => [e.consumer, e.leader])).toEqual([['a', true], ['b', false]]);
  });

  it('the rebalance timeout: a member that never polls again leaves after max.poll.interval.ms and the barrier completes without it (300000 ms of model time)', () => {
    const { state, events } = play([...SETUP, { type: 'addConsumer', consumer: 'b', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' }, { type: 'poll', consumer: 'b' }, { type: 'advanceTime', ms: 299_999 }]);
    expect(groupState(state, 'g').state).toBe('PreparingRebalance');
    const later = play([{ type: 'advanceTime', ms: 1 }, { type: 'poll', consumer: 'b' }], state);
    expect(eventsOf(later.events, 'memberPollTimeout')[0]).toMatchObject({ consumer: 'a', at: 300_000 });
    expect(groupState(later.state, 'g')).toMatchObject({ state: 'Stable', generation: 2, members: [{ consumer: 'b' }] });
    expect(eventsOf(later.events, 'recordsFetched').at(-1)!.count).toBe(2);
    void events;
  });

  it('a crashed member is waited for until its session expires (session.timeout.ms 45000), not dropped at once', () => {
    const { state } = play([...SETUP, { type: 'crashConsumer', consumer: 'a' }, { type: 'addConsumer', consumer: 'b', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' }, { type: 'poll', consumer: 'b' }, { type: 'advanceTime', ms: 44_999 }]);
    expect(groupState(state, 'g').state).toBe('PreparingRebalance');
    const later = play([{ type: 'advanceTime', ms: 1 }], state);
    expect(eventsOf(later.events, 'memberExpired')[0]).toMatchObject({ consumer: 'a', reason: 'session-timeout', at: 45_000 });
    expect(groupState(later.state, 'g').state).toBe('Stable');
    expect(tps(later.state, 'b')).toEqual(['orders-0', 'orders-1']);
  });

  it('the DelayedJoin expires at the largest rebalance timeout: a member still missing then is removed (memberExpired rebalance-timeout)', () => {
    const { state } = play([
      { type: 'createTopic', topic: 'orders', partitions: 2 },
      { type: 'addConsumer', consumer: 'a', group: 'g', topics: ['orders'], sessionTimeoutMs: 1_800_000, maxPollIntervalMs: 60_000 },
      { type: 'poll', consumer: 'a' },
      { type: 'crashConsumer', consumer: 'a' },
      { type: 'addConsumer', consumer: 'b', group: 'g', topics: ['orders'], maxPollIntervalMs: 90_000 },
      { type: 'poll', consumer: 'b' },
    ]);
    const later = play([{ type: 'advanceTime', ms: 100_000 }], state);
    expect(eventsOf(later.events, 'memberExpired')).toEqual([expect.objectContaining({ consumer: 'a', reason: 'rebalance-timeout', at: 90_000 })]);
    expect(groupState(later.state, 'g')).toMatchObject({ state: 'Stable', members: [{ consumer: 'b' }] });
  });

  it('cooperative-sticky members keep reading what they keep while the group rebalances (KIP-429)', () => {
    const coop: Command[] = [
      { type: 'createTopic', topic: 'orders', partitions: 2 },
      { type: 'addProducer', producer: 'p' },
      { type: 'addConsumer', consumer: 'a', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', assignor: 'cooperative-sticky' },
      { type: 'poll', consumer: 'a' },
      { type: 'addConsumer', consumer: 'b', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', assignor: 'cooperative-sticky' },
      { type: 'poll', consumer: 'b' },
      { type: 'produce', producer: 'p', topic: 'orders', value: 'x', partition: 0, flush: true },
      { type: 'produce', producer: 'p', topic: 'orders', value: 'y', partition: 1, flush: true },
    ];
    const { state, events } = play([...coop, { type: 'poll', consumer: 'a' }]);
    // a rejoined, revoked only the partition that moves, and rejoined for the follow-up round, which waits for b.
    expect(eventsOf(events, 'partitionsRevoked').at(-1)).toMatchObject({ consumer: 'a', partitions: [{ topic: 'orders', partition: 1 }] });
    expect(groupState(state, 'g').state).toBe('PreparingRebalance');
    const during = play([{ type: 'produce', producer: 'p', topic: 'orders', value: 'z', partition: 0, flush: true }, { type: 'poll', consumer: 'a' }], state);
    expect(eventsOf(during.events, 'recordsFetched')[0]).toMatchObject({ consumer: 'a', count: 1 });
    const done = play([{ type: 'poll', consumer: 'b' }], during.state);
    expect(groupState(done.state, 'g').state).toBe('Stable');
    expect(tps(done.state, 'b')).toEqual(['orders-1']);
  });

  it('static membership (KIP-345): a static member restarted within session.timeout.ms gets its partitions back without a rebalance', () => {
    const statics: Command[] = [
      { type: 'createTopic', topic: 'orders', partitions: 2 },
      { type: 'addConsumer', consumer: 'a', group: 'g', topics: ['orders'], groupInstanceId: 'host-a' },
      { type: 'addConsumer', consumer: 'b', group: 'g', topics: ['orders'] },
      { type: 'poll', consumer: 'a' },
      { type: 'poll', consumer: 'b' },
      { type: 'poll', consumer: 'a' },
    ];
    const { state } = play(statics);
    expect(groupState(state, 'g').members.map((m) => m.id)).toEqual(['host-a', 'b']);
    const before = tps(state, 'a');
    const generation = groupState(state, 'g').generation;
    const back = play([{ type: 'crashConsumer', consumer: 'a' }, { type: 'advanceTime', ms: 30_000 }, { type: 'restartConsumer', consumer: 'a' }, { type: 'poll', consumer: 'a' }], state);
    expect(eventsOf(back.events, 'rebalanceStarted')).toEqual([]);
    expect(tps(back.state, 'a')).toEqual(before);
    expect(groupState(back.state, 'g')).toMatchObject({ state: 'Stable', generation });
  });

  it('a dynamic member restarted after a crash is a new member: the group rebalances', () => {
    const { state } = play([...SETUP, { type: 'addConsumer', consumer: 'b', group: 'g', topics: ['orders'] }, { type: 'poll', consumer: 'b' }, { type: 'poll', consumer: 'a' }]);
    const back = play([{ type: 'crashConsumer', consumer: 'a' }, { type: 'restartConsumer', consumer: 'a' }, { type: 'poll', consumer: 'a' }], state);
    expect(eventsOf(back.events, 'rebalanceStarted').length).toBe(1);
  });

  it('a member that leaves (LeaveGroup) starts a rebalance the others must rejoin; the last one leaving makes the group Empty', () => {
    const { state } = play([...SETUP, { type: 'addConsumer', consumer: 'b', group: 'g', topics: ['orders'] }, { type: 'poll', consumer: 'b' }, { type: 'poll', consumer: 'a' }, { type: 'removeConsumer', consumer: 'a' }]);
    expect(groupState(state, 'g').state).toBe('PreparingRebalance');
    const b = play([{ type: 'poll', consumer: 'b' }], state);
    expect(tps(b.state, 'b')).toEqual(['orders-0', 'orders-1']);
    const empty = play([{ type: 'removeConsumer', consumer: 'b' }], b.state);
    expect(groupState(empty.state, 'g')).toMatchObject({ state: 'Empty', members: [] });
    expect(groupState(empty.state, 'nope')).toEqual({ state: 'Dead', protocol: 'classic', members: [] });
  });

  it('heartbeat.interval.ms must be below session.timeout.ms (AbstractCoordinator Heartbeat)', () => {
    const result = applyCommand(play(SETUP.slice(0, 1)).state, { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'], heartbeatIntervalMs: 45_000 });
    expect(result.error?.code).toBe('INVALID_HEARTBEAT_INTERVAL');
  });

  it('the classic profile (files from before the barrier) still completes a rebalance within the step', () => {
    const { state } = play([...SETUP, { type: 'addConsumer', consumer: 'b', group: 'g', topics: ['orders'] }, { type: 'poll', consumer: 'b' }], createSimulation({ seed: 5, kafkaVersion: 'classic' }));
    expect(groupState(state, 'g').state).toBe('Stable');
    expect(tps(state, 'b')).toEqual(['orders-1']);
  });

  it('advancing idle time costs no timers: a day with a group waiting at the barrier fires only the timers that change something', () => {
    const { state } = play([...SETUP, { type: 'addConsumer', consumer: 'b', group: 'g', topics: ['orders'] }, { type: 'poll', consumer: 'b' }]);
    const day = play([{ type: 'advanceTime', ms: 86_400_000 }], state);
    // a leaves at its poll timeout (the barrier completes), then b at its own: two rebalances, nothing per tick.
    expect(eventsOf(day.events, 'groupStateChanged').map((e) => e.to)).toEqual(['CompletingRebalance', 'Stable', 'PreparingRebalance', 'Empty']);
    expect(day.events.length).toBeLessThan(700);
  });
});

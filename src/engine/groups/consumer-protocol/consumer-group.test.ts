import { applyCommand, createSimulation } from '../../apply.ts';
import type { Command } from '../../commands.ts';
import { eventsOf, run } from '../../test-support/run.ts';
import { consumerGroupState } from './query.ts';

// ConsumerGroup / ConsumerGroupMember / GroupMetadataManager.consumerGroupHeartbeat and the client's
// ConsumerMembershipManager, end to end in model time (group.consumer.heartbeat.interval.ms = 5 s,
// session 45 s).

const tp = (partition: number, topic = 'orders') => ({ topic, partition });
const consumer = (name: string, extra: Partial<Extract<Command, { type: 'addConsumer' }>> = {}): Command =>
  ({ type: 'addConsumer', consumer: name, group: 'g', topics: ['orders'], groupProtocol: 'consumer', ...extra });
const SCALE_OUT: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 3 },
  consumer('c1'), { type: 'poll', consumer: 'c1' },
  consumer('c2'), { type: 'poll', consumer: 'c2' },
];

describe('ConsumerGroup (KIP-848 consumer protocol)', () => {
  it('a lone member joins in its first poll: group epoch 1, target computed, the member reconciled to it in the same heartbeat', () => {
    const { state, events } = run(SCALE_OUT.slice(0, 3));
    expect(consumerGroupState(state, 'g')).toEqual({
      state: 'Stable', protocol: 'consumer', groupEpoch: 1,
      members: [{ id: 'c1', consumer: 'c1', memberEpoch: 1, assigned: [tp(0), tp(1), tp(2)], target: [tp(0), tp(1), tp(2)] }],
    });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['groupEpochBumped', 'targetAssignmentComputed', 'memberReconciled', 'partitionsAssigned']));
  });

  it('CurrentAssignmentBuilder: the newcomer waits for a partition its owner has not revoked (UNRELEASED_PARTITIONS); the others keep reading', () => {
    const { state, events } = run(SCALE_OUT);
    expect(consumerGroupState(state, 'g')).toEqual({
      state: 'Reconciling', protocol: 'consumer', groupEpoch: 2,
      members: [
        { id: 'c1', consumer: 'c1', memberEpoch: 1, assigned: [tp(0), tp(1), tp(2)], target: [tp(0), tp(1)] },
        { id: 'c2', consumer: 'c2', memberEpoch: 2, assigned: [], target: [tp(2)] },
      ],
    });
    expect(eventsOf(events, 'memberReconciled').at(-1)).toMatchObject({ consumer: 'c2', state: 'UNRELEASED_PARTITIONS', unreleased: [tp(2)] });
    expect(state.consumers['c1']!.assignment).toEqual([tp(0), tp(1), tp(2)]);
  });

  it('at the next heartbeats (5 s) the owner revokes in the background, without a poll, and only then the newcomer gets the partition', () => {
    const { state, events } = run([...SCALE_OUT, { type: 'advanceTime', ms: 5_000 }]);
    const revoked = events.findIndex((e) => e.type === 'partitionsRevoked' && e.consumer === 'c1');
    const assigned = events.findIndex((e) => e.type === 'partitionsAssigned' && e.consumer === 'c2' && e.partitions.length > 0);
    expect(revoked).toBeGreaterThan(-1);
    expect(assigned).toBeGreaterThan(revoked);
    expect(events[assigned]!.at).toBe(5_000);
    expect(consumerGroupState(state, 'g')).toEqual({
      state: 'Stable', protocol: 'consumer', groupEpoch: 2,
      members: [
        { id: 'c1', consumer: 'c1', memberEpoch: 2, assigned: [tp(0), tp(1)], target: [tp(0), tp(1)] },
        { id: 'c2', consumer: 'c2', memberEpoch: 2, assigned: [tp(2)], target: [tp(2)] },
      ],
    });
  });

  it('member epochs advance one member at a time: the revoking member passes through UNREVOKED_PARTITIONS at its old epoch', () => {
    const { events } = run([...SCALE_OUT, { type: 'advanceTime', ms: 5_000 }]);
    const c1 = eventsOf(events, 'memberReconciled').filter((e) => e.consumer === 'c1');
    expect(c1.map((e) => [e.state, e.memberEpoch])).toEqual([['STABLE', 1], ['UNREVOKED_PARTITIONS', 1], ['STABLE', 2]]);
  });

  it('a slow member (crashed, session not expired) delays only its own partitions; its session expiry bumps the epoch (Assigning) and the next heartbeat hands them over', () => {
    const base: Command[] = [...SCALE_OUT, { type: 'advanceTime', ms: 5_000 }, consumer('c3'), { type: 'crashConsumer', consumer: 'c1' }, { type: 'poll', consumer: 'c3' }];
    const slow = run([...base, { type: 'advanceTime', ms: 30_000 }]).state;
    const view = consumerGroupState(slow, 'g');
    expect(view.state).toBe('Reconciling');
    // c2 gave up what the target moved from it and reached the new epoch; c1 still holds its partitions.
    expect(view.members.find((m) => m.id === 'c2')).toMatchObject({ memberEpoch: 3 });
    expect(view.members.find((m) => m.id === 'c1')).toMatchObject({ memberEpoch: 2, assigned: [tp(0), tp(1)] });
    const expired = run([...base, { type: 'advanceTime', ms: 45_000 }]);
    const bump = eventsOf(expired.events, 'groupEpochBumped').find((e) => e.reason === 'member-expired')!;
    // Its last heartbeat was at 5 s, when it crashed: 45 s of session later.
    expect(bump.at).toBe(50_000);
    const after = run([...base, { type: 'advanceTime', ms: 60_000 }]).state;
    const stable = consumerGroupState(after, 'g');
    expect(stable.state).toBe('Stable');
    expect(stable.members.flatMap((m) => m.assigned).map((t) => t.partition).sort()).toEqual([0, 1, 2]);
  });

  it('a member that leaves: epoch bump, Assigning until another member heartbeats', () => {
    const { state } = run([...SCALE_OUT, { type: 'advanceTime', ms: 5_000 }, { type: 'removeConsumer', consumer: 'c2' }]);
    expect(consumerGroupState(state, 'g')).toMatchObject({ state: 'Assigning', groupEpoch: 3 });
    const later = run([...SCALE_OUT, { type: 'advanceTime', ms: 5_000 }, { type: 'removeConsumer', consumer: 'c2' }, { type: 'advanceTime', ms: 5_000 }]).state;
    expect(consumerGroupState(later, 'g')).toMatchObject({ state: 'Stable', groupEpoch: 3, members: [{ id: 'c1', memberEpoch: 3, assigned: [tp(0), tp(1), tp(2)] }] });
  });

  it('added partitions: the coordinator sees them at the next heartbeat and bumps the epoch itself', () => {
    const { state, events } = run([...SCALE_OUT, { type: 'advanceTime', ms: 5_000 }, { type: 'alterPartitions', topic: 'orders', partitions: 4 }, { type: 'advanceTime', ms: 5_000 }]);
    expect(eventsOf(events, 'groupEpochBumped').at(-1)).toMatchObject({ reason: 'partitions-added', groupEpoch: 3, at: 10_000 });
    expect(consumerGroupState(state, 'g').members.flatMap((m) => m.assigned)).toHaveLength(4);
  });

  it('an idle stable group costs nothing per tick: a day of model time, no heartbeat work', () => {
    const { events } = run([...SCALE_OUT, { type: 'advanceTime', ms: 5_000 }, { type: 'poll', consumer: 'c1' }, { type: 'poll', consumer: 'c2' }, { type: 'advanceTime', ms: 290_000 }]);
    const tail = events.slice(events.findLastIndex((e) => e.type === 'recordsFetched' && e.consumer === 'c2') + 1);
    expect(tail.filter((e) => e.type === 'memberReconciled' || e.type === 'targetAssignmentComputed')).toEqual([]);
  });

  it('group.remote.assignor=range: the broker runs the range assignor', () => {
    const { state } = run([{ type: 'createTopic', topic: 'orders', partitions: 4 }, consumer('a', { groupRemoteAssignor: 'range' }), consumer('b', { groupRemoteAssignor: 'range' }),
      { type: 'poll', consumer: 'a' }, { type: 'poll', consumer: 'b' }, { type: 'advanceTime', ms: 10_000 }]);
    expect(state.groups['g']!.consumerProtocol!.assignor).toBe('range');
    expect(consumerGroupState(state, 'g').members.map((m) => m.assigned.map((t) => t.partition))).toEqual([[0, 1], [2, 3]]);
  });
});

describe('mixed groups and versions', () => {
  const start = [{ type: 'createTopic', topic: 'orders', partitions: 2 }] as Command[];

  it('a consumer-protocol member cannot join a classic group with members: GROUP_ID_NOT_FOUND, nothing changes', () => {
    const { state } = run([...start, { type: 'addConsumer', consumer: 'old', group: 'g', topics: ['orders'] }]);
    const result = applyCommand(state, consumer('new'));
    expect(result.error).toMatchObject({ code: 'GROUP_ID_NOT_FOUND', message: 'Group g is not a consumer group.' });
    expect(result.state).toBe(state);
  });

  it('a classic member cannot join a consumer group with members: INCONSISTENT_GROUP_PROTOCOL', () => {
    const { state } = run([...start, consumer('new')]);
    const result = applyCommand(state, { type: 'addConsumer', consumer: 'old', group: 'g', topics: ['orders'] });
    expect(result.error).toMatchObject({ code: 'INCONSISTENT_GROUP_PROTOCOL', params: { protocol: 'classic' } });
  });

  it('ConsumerConfig: partition.assignment.strategy is refused with the consumer protocol, group.remote.assignor with the classic one', () => {
    const { state } = run(start);
    expect(applyCommand(state, consumer('x', { assignor: 'range' })).error?.code).toBe('CONSUMER_PROTOCOL_CONFIG');
    expect(applyCommand(state, { type: 'addConsumer', consumer: 'x', group: 'g', topics: ['orders'], groupRemoteAssignor: 'range' }).error?.code).toBe('CONSUMER_PROTOCOL_CONFIG');
  });

  it.each(['2.3', '2.8', '3.6', '3.9'] as const)('Kafka %s refuses group.protocol=consumer, naming 4.0', (version) => {
    const state = run(start, createSimulation({ seed: 1, kafkaVersion: version })).state;
    const result = applyCommand(state, consumer('x'));
    expect(result.error).toMatchObject({ code: 'GROUP_PROTOCOL_NOT_IN_VERSION', params: { version, since: '4.0' } });
  });

  it.each(['4.0', '4.1'] as const)('Kafka %s accepts it; groupProtocol classic stays the default', (version) => {
    const state = run(start, createSimulation({ seed: 1, kafkaVersion: version })).state;
    expect(applyCommand(state, consumer('x')).error).toBeUndefined();
    expect(applyCommand(state, { type: 'addConsumer', consumer: 'y', group: 'h', topics: ['orders'] }).state.consumers['y']!.groupProtocol).toBeUndefined();
  });
});

describe('heartbeats need a coordinator', () => {
  it('while the coordinator is down the members keep what they own; reconciliation resumes once it is back', () => {
    const down = run([...SCALE_OUT, { type: 'stopBroker', broker: 1 }, { type: 'advanceTime', ms: 20_000 }]).state;
    expect(consumerGroupState(down, 'g').members.map((m) => m.assigned.length)).toEqual([3, 0]);
    const back = run([...SCALE_OUT, { type: 'stopBroker', broker: 1 }, { type: 'advanceTime', ms: 20_000 }, { type: 'startBroker', broker: 1 }, { type: 'advanceTime', ms: 10_000 }]).state;
    expect(consumerGroupState(back, 'g')).toMatchObject({ state: 'Stable' });
  });
});

describe('ConsumerGroupTest.testGroupState: Empty, Assigning, Reconciling, Stable', () => {
  it('walks the states of ConsumerGroup.maybeUpdateGroupState', () => {
    const states: string[] = [];
    const commands: Command[] = [
      { type: 'createTopic', topic: 'orders', partitions: 2 }, consumer('c1'),
      { type: 'poll', consumer: 'c1' },            // Stable: one member, reconciled at once
      consumer('c2'), { type: 'poll', consumer: 'c2' }, // Reconciling: c2 waits for c1's partition
      { type: 'advanceTime', ms: 5_000 },           // Stable
      { type: 'removeConsumer', consumer: 'c1' },   // Assigning: epoch bumped, no target yet
      { type: 'advanceTime', ms: 5_000 },           // Stable again
      { type: 'removeConsumer', consumer: 'c2' },   // Empty
    ];
    let state = createSimulation({ seed: 2, kafkaVersion: '4.1' });
    for (const c of commands) {
      state = applyCommand(state, c).state;
      states.push(consumerGroupState(state, 'g').state);
    }
    expect(states).toEqual(['Dead', 'Empty', 'Stable', 'Stable', 'Reconciling', 'Stable', 'Assigning', 'Stable', 'Empty']);
  });
});

import { applyCommand } from '../apply.ts';
import type { Command } from '../commands.ts';
import { fetchedRecords, type SimEvent } from '../events.ts';
import { assignment, committedOffset, position } from '../queries.ts';
import { eventsOf, run } from '../test-support/run.ts';

// Issue 10's numbered cases, each with the answer Kafka's client gives and the class the rule comes from.

const topic = (partitions: number): Command[] => [
  { type: 'createTopic', topic: 'orders', partitions },
  { type: 'addProducer', producer: 'p' },
];
const produce = (n: number, partition: number): Command[] =>
  Array.from({ length: n }, (_, i) => ({ type: 'produce', producer: 'p', topic: 'orders', value: `m${i}`, partition }));
const polled = (events: readonly SimEvent[]) => eventsOf(events, 'recordsFetched').map((e) => fetchedRecords(e).map((r) => `p${r.partition}:${r.offset}`));

describe('1. auto-commit inside poll (ConsumerCoordinator.poll -> maybeAutoCommitOffsetsAsync)', () => {
  it('4 records polled, 8 s of processing, a crash: nothing was committed and the next owner reads the 4 again', () => {
    const { state, events } = run([
      ...topic(1), ...produce(4, 0),
      { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' },
      { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' },
      { type: 'poll', consumer: 'c1' },
      { type: 'advanceTime', ms: 8_000 },
      { type: 'crashConsumer', consumer: 'c1' },
      { type: 'advanceTime', ms: 45_000 },
      { type: 'poll', consumer: 'c2' },
    ]);
    expect(eventsOf(events, 'offsetsCommitted')).toEqual([]);
    expect(committedOffset(state, 'g', 'orders', 0)).toBeUndefined();
    const last = eventsOf(events, 'recordsFetched').at(-1)!;
    expect(last.consumer).toBe('c2');
    expect(fetchedRecords(last).map((r) => [r.offset, r.redelivered])).toEqual([[0, true], [1, true], [2, true], [3, true]]);
  });

  it('commits the positions as of the previous poll, before this poll fetches (SubscriptionState.allConsumed)', () => {
    const { state, events } = run([
      ...topic(1), ...produce(4, 0),
      { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' },
      { type: 'poll', consumer: 'c1' },
      ...produce(2, 0),
      { type: 'advanceTime', ms: 5_000 },
      { type: 'poll', consumer: 'c1' },
    ]);
    expect(eventsOf(events, 'offsetsCommitted').map((e) => e.offsets[0]!.offset)).toEqual([4]);
    expect(committedOffset(state, 'g', 'orders', 0)).toBe(4);
    expect(position(state, 'c1', 'orders', 0)).toBe(6);
    // The interval starts again at that poll: one 4 s later does not commit.
    const early = applyCommand(run([{ type: 'advanceTime', ms: 4_000 }], state).state, { type: 'poll', consumer: 'c1' });
    expect(eventsOf(early.events, 'offsetsCommitted')).toEqual([]);
  });

  it('still commits before a rebalance (onJoinPrepare) and on close', () => {
    const { state } = run([
      ...topic(2), ...produce(3, 0), ...produce(3, 1),
      { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' },
      { type: 'poll', consumer: 'c1' },
      { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' },
      { type: 'poll', consumer: 'c2' },
    ]);
    expect([committedOffset(state, 'g', 'orders', 0), committedOffset(state, 'g', 'orders', 1)]).toEqual([3, 3]);
  });
});

describe('2. max.poll.interval.ms (AbstractCoordinator.HeartbeatThread, ConsumerCoordinator.sendOffsetCommitRequest)', () => {
  const group: Command[] = [
    ...topic(2), ...produce(2, 0), ...produce(2, 1),
    { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false },
    { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false, maxPollIntervalMs: 600_000 },
    { type: 'poll', consumer: 'c1' },
    { type: 'poll', consumer: 'c2' },
  ];

  it('a member that does not poll within 5 minutes leaves; its partitions are reassigned; its late commit fails', () => {
    const before = run([...group, { type: 'advanceTime', ms: 299_999 }]).state;
    expect(assignment(before, 'c1')).toHaveLength(1);
    const { state, events } = run([{ type: 'advanceTime', ms: 1 }], before);
    expect(eventsOf(events, 'memberPollTimeout').map((e) => [e.consumer, e.at])).toEqual([['c1', 300_000]]);
    expect(eventsOf(events, 'rebalanceStarted')[0]!.reason).toBe('poll-timeout');
    expect(assignment(state, 'c2')).toHaveLength(2);
    expect(state.groups['g']!.members).toEqual(['c2']);
    const late = applyCommand(state, { type: 'commit', consumer: 'c1' });
    expect(late.error?.code).toBe('COMMIT_FAILED');
    expect(late.error?.message).toContain('not part of an active group');
    expect(late.state).toBe(state);
    // Its next poll rejoins the group.
    const back = applyCommand(state, { type: 'poll', consumer: 'c1' });
    expect(eventsOf(back.events, 'consumerJoined').map((e) => e.consumer)).toEqual(['c1']);
    expect(back.state.groups['g']!.members).toEqual(['c2', 'c1']);
    expect(assignment(back.state, 'c1')).toHaveLength(1);
  });

  it('a poll within the interval keeps the member in', () => {
    const { state, events } = run([...group, { type: 'advanceTime', ms: 200_000 }, { type: 'poll', consumer: 'c1' }, { type: 'advanceTime', ms: 299_999 }]);
    expect(eventsOf(events, 'memberPollTimeout')).toEqual([]);
    expect(state.groups['g']!.members).toEqual(['c1', 'c2']);
  });
});

describe('3. fetch order (FetchCollector.collectFetch: the next-in-line fetch is drained first)', () => {
  it('p0 and p1 hold offsets 0-2; three poll(maxRecords=2) return p0:0,1 | p0:2,p1:0 | p1:1,2', () => {
    const { events } = run([
      ...topic(2), ...produce(3, 0), ...produce(3, 1),
      { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false },
      { type: 'poll', consumer: 'c', maxRecords: 2 },
      { type: 'poll', consumer: 'c', maxRecords: 2 },
      { type: 'poll', consumer: 'c', maxRecords: 2 },
    ]);
    expect(polled(events)).toEqual([['p0:0', 'p0:1'], ['p0:2', 'p1:0'], ['p1:1', 'p1:2']]);
  });
});

describe('4. joining happens in the first poll, not in subscribe (ConsumerCoordinator.poll -> ensureActiveGroup)', () => {
  it('with latest, a record produced after subscribe but before the first poll is skipped', () => {
    const { state, events } = run([
      ...topic(1), ...produce(2, 0),
      { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'] },
      ...produce(1, 0),
      { type: 'poll', consumer: 'c' },
    ]);
    expect(eventsOf(events, 'consumerSubscribed').map((e) => e.consumer)).toEqual(['c']);
    expect(eventsOf(events, 'offsetReset').map((e) => [e.policy, e.to])).toEqual([['latest', 3]]);
    expect(polled(events)).toEqual([[]]);
    expect(position(state, 'c', 'orders', 0)).toBe(3);
  });

  it('a subscribed consumer is not a member: no partitions, no rebalance, no position until it polls', () => {
    const { state, events } = run([...topic(2), { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'] }]);
    expect(state.consumers['c']!.membership).toBe('subscribed');
    expect(state.groups['g']!.members).toEqual([]);
    expect(assignment(state, 'c')).toEqual([]);
    expect(eventsOf(events, 'rebalanceStarted')).toEqual([]);
    expect(position(state, 'c', 'orders', 0)).toBeUndefined();
    // commitSync() of nothing returns at once; a commit of chosen offsets needs a member.
    expect(applyCommand(state, { type: 'commit', consumer: 'c' }).state).toBe(state);
    expect(applyCommand(state, { type: 'commit', consumer: 'c', offsets: [{ topic: 'orders', partition: 0, offset: 0 }] }).error?.code).toBe('COMMIT_FAILED');
  });
});

describe('4b. no coordinator, no join', () => {
  it('a poll while the group\'s coordinator is down does not join (ConsumerCoordinator.poll returns before ensureActiveGroup)', () => {
    const { state, events } = run([
      ...topic(1),
      { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'] },
      { type: 'stopBroker', broker: 1 },
      { type: 'poll', consumer: 'c' },
    ]);
    expect(eventsOf(events, 'consumerJoined')).toEqual([]);
    expect(state.consumers['c']!.membership).toBe('subscribed');
  });
});

describe('5. seek and explicit commits (KafkaConsumer.seek/seekToBeginning/seekToEnd/pause/commitSync(Map), SubscriptionState)', () => {
  const base: Command[] = [
    ...topic(2), ...produce(5, 0),
    { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false },
    { type: 'poll', consumer: 'c' },
  ];

  it('committing the record\'s own offset instead of offset + 1 is accepted, and the record comes back after a restart', () => {
    const { state, events } = run([
      ...base,
      { type: 'commit', consumer: 'c', offsets: [{ topic: 'orders', partition: 0, offset: 4 }] },
      { type: 'removeConsumer', consumer: 'c' },
      { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'], enableAutoCommit: false },
      { type: 'poll', consumer: 'c' },
    ]);
    expect(committedOffset(state, 'g', 'orders', 0)).toBe(4);
    // The commit says so: 4 is behind the position 5.
    expect(eventsOf(events, 'offsetsCommitted')[0]!.belowPosition).toEqual([{ topic: 'orders', partition: 0, offset: 4, position: 5 }]);
    expect(fetchedRecords(eventsOf(events, 'recordsFetched').at(-1)!).map((r) => [r.offset, r.redelivered])).toEqual([[4, true]]);
  });

  it('seek moves the position only; the next poll reads from there', () => {
    const { state, events } = run([...base, { type: 'seek', consumer: 'c', topic: 'orders', partition: 0, offset: 2 }, { type: 'poll', consumer: 'c' }]);
    expect(polled(events).at(-1)).toEqual(['p0:2', 'p0:3', 'p0:4']);
    expect(committedOffset(state, 'g', 'orders', 0)).toBeUndefined();
  });

  it('seekToEnd is evaluated at the next poll, so a record written in between is skipped; seekToBeginning rereads', () => {
    const { events } = run([
      ...base,
      { type: 'seekToEnd', consumer: 'c' },
      ...produce(1, 0),
      { type: 'poll', consumer: 'c' },
      { type: 'seekToBeginning', consumer: 'c', partitions: [{ topic: 'orders', partition: 0 }] },
      { type: 'poll', consumer: 'c' },
    ]);
    expect(polled(events).slice(-2)).toEqual([[], ['p0:0', 'p0:1', 'p0:2', 'p0:3', 'p0:4', 'p0:5']]);
  });

  it('a paused partition stays assigned and is not fetched until resumed', () => {
    const { events } = run([
      ...base, ...produce(2, 1),
      { type: 'pause', consumer: 'c', partitions: [{ topic: 'orders', partition: 1 }] },
      { type: 'poll', consumer: 'c' },
      { type: 'resume', consumer: 'c', partitions: [{ topic: 'orders', partition: 1 }] },
      { type: 'poll', consumer: 'c' },
    ]);
    expect(polled(events).slice(-2)).toEqual([[], ['p1:0', 'p1:1']]);
  });

  it('a crashed member restarts under its name and joins afresh in its first poll, from the committed offset', () => {
    const { state, events } = run([
      ...base,
      { type: 'commit', consumer: 'c', offsets: [{ topic: 'orders', partition: 0, offset: 3 }] },
      { type: 'crashConsumer', consumer: 'c' },
      { type: 'restartConsumer', consumer: 'c' },
    ]);
    expect(eventsOf(events, 'consumerRestarted')).toHaveLength(1);
    expect(state.consumers['c']!.membership).toBe('subscribed');
    expect(state.groups['g']!.members).toEqual([]);
    const first = applyCommand(state, { type: 'poll', consumer: 'c' });
    expect(eventsOf(first.events, 'consumerJoined')).toHaveLength(1);
    expect(polled(first.events)).toEqual([['p0:3', 'p0:4']]);
  });
});

describe('6. keyless placement named after Kafka (BuiltInPartitioner, DefaultPartitioner <= 2.3, RoundRobinPartitioner)', () => {
  const send = (partitioner: string, key?: string): Command[] => [
    { type: 'createTopic', topic: 'orders', partitions: 3 },
    ...(partitioner === '' ? [{ type: 'addProducer', producer: 'p' } as Command] : [{ type: 'addProducer', producer: 'p', partitioner } as Command]),
    ...Array.from({ length: 4 }, (): Command => (key === undefined ? { type: 'produce', producer: 'p', topic: 'orders', value: 'v' } : { type: 'produce', producer: 'p', topic: 'orders', key, value: 'v' })),
  ];
  const partitions = (commands: Command[]) => eventsOf(run(commands).events, 'recordProduced').map((e) => e.partition);

  it('a new producer keeps keyless records on one partition for a batch (3.3+ default); the 2.3 DefaultPartitioner rotates them', () => {
    expect(new Set(partitions(send(''))).size).toBe(1);
    expect(partitions(send('legacy-default'))).toEqual([0, 1, 2, 0]);
  });

  it('RoundRobinPartitioner rotates keyed records too; every other partitioner hashes the key', () => {
    expect(partitions(send('round-robin', 'alice'))).toEqual([0, 1, 2, 0]);
    for (const partitioner of ['', 'sticky', 'legacy-default']) expect(new Set(partitions(send(partitioner, 'alice'))).size).toBe(1);
  });
});

describe('bad input as Kafka\'s client treats it: refused with a clear message, state unchanged', () => {
  const { state } = run([
    ...topic(2), ...produce(3, 0),
    { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false },
    { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false },
    { type: 'poll', consumer: 'c1' },
    { type: 'poll', consumer: 'c2' },
  ]);
  const owned = assignment(state, 'c1')[0]!;
  const other = assignment(state, 'c2')[0]!;
  const cases: [string, unknown, string, string][] = [
    ['negative seek (KafkaConsumer.seek)', { type: 'seek', consumer: 'c1', topic: 'orders', partition: owned.partition, offset: -1 }, 'NEGATIVE_OFFSET', 'seek offset must not be a negative number'],
    ['negative commit (OffsetAndMetadata)', { type: 'commit', consumer: 'c1', offsets: [{ topic: 'orders', partition: owned.partition, offset: -1 }] }, 'NEGATIVE_OFFSET', 'Invalid negative offset'],
    ['seek of a partition not assigned', { type: 'seek', consumer: 'c1', topic: 'orders', partition: other.partition, offset: 0 }, 'NO_CURRENT_ASSIGNMENT', `No current assignment for partition orders-${other.partition}`],
    ['pause of a partition not assigned', { type: 'pause', consumer: 'c1', partitions: [{ topic: 'orders', partition: other.partition }] }, 'NO_CURRENT_ASSIGNMENT', `No current assignment for partition orders-${other.partition}`],
    ['seekToEnd of a partition not assigned', { type: 'seekToEnd', consumer: 'c1', partitions: [{ topic: 'orders', partition: other.partition }] }, 'NO_CURRENT_ASSIGNMENT', 'No current assignment for partition'],
    ['an unknown field', { type: 'commit', consumer: 'c1', offset: 3 }, 'UNKNOWN_FIELD', 'commit has no field "offset"'],
    ['an unknown field in an offset', { type: 'commit', consumer: 'c1', offsets: [{ topic: 'orders', partition: 0, offset: 1, metadata: 'x' }] }, 'UNKNOWN_FIELD', 'offsets[0] has no field "metadata"'],
    ['an unknown field on any command', { type: 'createTopic', topic: 't', partitions: 1, replicas: 3 }, 'UNKNOWN_FIELD', 'createTopic has no field "replicas"'],
  ];
  it.each(cases)('%s', (_name, command, code, message) => {
    const result = applyCommand(state, command);
    expect(result.error?.code).toBe(code);
    expect(result.error?.message).toContain(message);
    expect(result.state).toBe(state);
    expect(result.events).toEqual([]);
  });

  it('a seek beyond the log end is accepted; the next poll gets OFFSET_OUT_OF_RANGE and auto.offset.reset applies (Fetcher, SubscriptionState)', () => {
    const sought = applyCommand(state, { type: 'seek', consumer: 'c1', topic: 'orders', partition: 0, offset: 99 });
    const c1Owns0 = owned.partition === 0;
    const consumer = c1Owns0 ? 'c1' : 'c2';
    const s = c1Owns0 ? sought : applyCommand(state, { type: 'seek', consumer, topic: 'orders', partition: 0, offset: 99 });
    expect(s.error).toBeUndefined();
    expect(position(s.state, consumer, 'orders', 0)).toBe(99);
    const next = applyCommand(s.state, { type: 'poll', consumer });
    expect(eventsOf(next.events, 'offsetReset').map((e) => [e.reason, e.from, e.to])).toEqual([['out-of-range', 99, 0]]);
    expect(polled(next.events)).toEqual([['p0:0', 'p0:1', 'p0:2']]);
  });
});

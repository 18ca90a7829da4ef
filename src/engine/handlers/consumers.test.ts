import { applyCommand } from '../apply.ts';
import { fetchedRecords } from '../events.ts';
import type { Command } from '../commands.ts';
import { assignment, committedOffset, lag, position, records } from '../queries.ts';
import { eventsOf, run } from '../test-support/run.ts';

const topic: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 2 },
  { type: 'addProducer', producer: 'p' },
];
function produce(n: number, partition: number): Command[] {
  return Array.from({ length: n }, (_, i) => ({ type: 'produce' as const, producer: 'p', topic: 'orders', value: `m${i}`, partition }));
}

describe('poll and commit', () => {
  it('the committed offset is the next offset to read: after reading 0..9, commit 10', () => {
    const { state, events } = run([
      ...topic, ...produce(10, 0),
      { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false },
      { type: 'poll', consumer: 'c1' },
      { type: 'commit', consumer: 'c1' },
    ]);
    const fetched = fetchedRecords(eventsOf(events, 'recordsFetched')[0]!);
    expect(fetched.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(position(state, 'c1', 'orders', 0)).toBe(10);
    expect(committedOffset(state, 'g', 'orders', 0)).toBe(10);
    expect(lag(state, 'g', 'orders', 0)).toBe(0);
    expect(records(state, 'orders', 0)).toHaveLength(10); // reading deletes nothing
  });

  it('respects maxRecords and keeps going from the position on the next poll', () => {
    const { state, events } = run([
      ...topic, ...produce(5, 0),
      { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false },
      { type: 'poll', consumer: 'c1', maxRecords: 3 },
      { type: 'poll', consumer: 'c1', maxRecords: 3 },
    ]);
    const polls = eventsOf(events, 'recordsFetched').map((e) => fetchedRecords(e).map((r) => r.offset));
    expect(polls).toEqual([[0, 1, 2], [3, 4]]);
    expect(committedOffset(state, 'g', 'orders', 0)).toBeUndefined();
    expect(lag(state, 'g', 'orders', 0)).toBeUndefined();
  });

  it('groups are independent: each has its own committed offsets', () => {
    const { state } = run([
      ...topic, ...produce(6, 0),
      { type: 'addConsumer', consumer: 'a', group: 'billing', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false },
      { type: 'addConsumer', consumer: 'b', group: 'audit', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false },
      { type: 'poll', consumer: 'a', maxRecords: 4 }, { type: 'commit', consumer: 'a' },
      { type: 'poll', consumer: 'b', maxRecords: 1 }, { type: 'commit', consumer: 'b' },
    ]);
    expect(committedOffset(state, 'billing', 'orders', 0)).toBe(4);
    expect(committedOffset(state, 'audit', 'orders', 0)).toBe(1);
    expect(lag(state, 'billing', 'orders', 0)).toBe(2);
    expect(lag(state, 'audit', 'orders', 0)).toBe(5);
  });

  it('auto-commit happens inside poll once auto.commit.interval.ms has passed, never while time alone passes', () => {
    const start = run([
      ...topic, ...produce(4, 0),
      { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' },
      { type: 'poll', consumer: 'c1' },
      { type: 'advanceTime', ms: 60_000 },
    ]).state;
    expect(committedOffset(start, 'g', 'orders', 0)).toBeUndefined();
    const after = applyCommand(start, { type: 'poll', consumer: 'c1' });
    expect(committedOffset(after.state, 'g', 'orders', 0)).toBe(4);
    expect(eventsOf(after.events, 'offsetsCommitted')[0]!.auto).toBe(true);
  });
});

describe('auto.offset.reset', () => {
  const log: Command[] = [...topic, ...produce(3, 0), ...produce(2, 1)];
  it('earliest starts at the log start, latest at the log end (the default)', () => {
    const { state, events } = run([
      ...log,
      { type: 'addConsumer', consumer: 'e', group: 'ge', topics: ['orders'], autoOffsetReset: 'earliest' },
      { type: 'addConsumer', consumer: 'l', group: 'gl', topics: ['orders'] },
      { type: 'poll', consumer: 'e' },
      { type: 'poll', consumer: 'l' },
    ]);
    const resets = eventsOf(events, 'offsetReset').map((e) => [e.consumer, e.partition, e.to]);
    expect(resets).toEqual([['e', 0, 0], ['e', 1, 0], ['l', 0, 3], ['l', 1, 2]]);
    expect(position(state, 'l', 'orders', 0)).toBe(3);
    expect(position(state, 'l', 'orders', 1)).toBe(2);
    expect(state.consumers['l']!.autoOffsetReset).toBe('latest');
  });

  it('none refuses the poll, naming the partition, when the group has no committed offset', () => {
    const { state } = run([...log, { type: 'addConsumer', consumer: 'n', group: 'gn', topics: ['orders'], autoOffsetReset: 'none' }]);
    // The join happens in this poll; its refusal discards the join with everything else.
    const result = applyCommand(state, { type: 'poll', consumer: 'n' });
    expect(result.error?.code).toBe('NO_OFFSET_FOR_PARTITION');
    expect(result.error?.message).toContain('orders-0');
    expect(result.state).toBe(state);
  });

  it('a reset moves the position only; the committed offset changes at the next commit', () => {
    const { state } = run([...log, { type: 'addConsumer', consumer: 'e', group: 'ge', topics: ['orders'], autoOffsetReset: 'latest', enableAutoCommit: false }, { type: 'poll', consumer: 'e' }]);
    expect(position(state, 'e', 'orders', 0)).toBe(3);
    expect(committedOffset(state, 'ge', 'orders', 0)).toBeUndefined();
    const committed = applyCommand(state, { type: 'commit', consumer: 'e' }).state;
    expect(committedOffset(committed, 'ge', 'orders', 0)).toBe(3);
  });

  it('a position that fell below the log start after retention is reset by the policy, or refused with none', () => {
    const commands: Command[] = [
      { type: 'configureBroker', retentionCheckIntervalMs: 1000 },
      { type: 'createTopic', topic: 't', partitions: 1, segmentBytes: 100, retentionMs: 10_000 },
      { type: 'addProducer', producer: 'p' },
      { type: 'produce', producer: 'p', topic: 't', value: 'a' },
    ];
    for (const policy of ['earliest', 'latest', 'none'] as const) {
      const { state } = run([
        ...commands,
        { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['t'], autoOffsetReset: 'earliest', enableAutoCommit: false },
        { type: 'poll', consumer: 'c' },
        { type: 'seek', consumer: 'c', topic: 't', partition: 0, offset: 0 },
        { type: 'commit', consumer: 'c' },
        { type: 'removeConsumer', consumer: 'c' },
        { type: 'produce', producer: 'p', topic: 't', value: 'b' },
        { type: 'produce', producer: 'p', topic: 't', value: 'c' },
        { type: 'advanceTime', ms: 20_000 },
        { type: 'produce', producer: 'p', topic: 't', value: 'd' },
        { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['t'], autoOffsetReset: policy, enableAutoCommit: false },
      ]);
      expect(state.topics['t']!.partitions[0]!.logStartOffset).toBe(3);
      const polled = applyCommand(state, { type: 'poll', consumer: 'c2' });
      if (policy === 'none') {
        expect(polled.error?.code).toBe('OFFSET_OUT_OF_RANGE');
        expect(polled.state).toBe(state);
      } else {
        const reset = eventsOf(polled.events, 'offsetReset')[0]!;
        expect(reset.reason).toBe('out-of-range');
        expect(reset.from).toBe(0);
        expect(reset.to).toBe(policy === 'earliest' ? 3 : 4);
        expect(committedOffset(polled.state, 'g', 't', 0)).toBe(0);
      }
    }
  });
});

describe('membership', () => {
  it('more members than partitions leaves members idle', () => {
    const { state } = run([
      ...topic,
      ...['c1', 'c2', 'c3'].flatMap((consumer) => [{ type: 'addConsumer' as const, consumer, group: 'g', topics: ['orders'] }, { type: 'poll' as const, consumer }]),
    ]);
    const sizes = ['c1', 'c2', 'c3'].map((c) => assignment(state, c).length);
    expect(sizes.sort()).toEqual([0, 1, 1]);
  });

  it('a clean leave commits (auto-commit on) and hands the partitions to the others at once', () => {
    const { state, events } = run([
      ...topic, ...produce(3, 0), ...produce(3, 1),
      { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' },
      { type: 'poll', consumer: 'c1', maxRecords: 1 },
      { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' },
      { type: 'poll', consumer: 'c2' },
      { type: 'removeConsumer', consumer: 'c2' },
    ]);
    expect(assignment(state, 'c1')).toHaveLength(2);
    const c2Owned = eventsOf(events, 'partitionsAssigned').filter((e) => e.consumer === 'c2').at(-1)!.partitions[0]!;
    expect(committedOffset(state, 'g', 'orders', c2Owned.partition)).toBe(3);
    expect(state.consumers['c2']).toBeUndefined();
  });

  it('a crash is noticed after session.timeout.ms; the new owner restarts from the committed offset and re-reads the rest', () => {
    const { state, events } = run([
      ...topic, ...produce(6, 0), ...produce(6, 1),
      { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false },
      { type: 'poll', consumer: 'c1', maxRecords: 1 },
      { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false },
      { type: 'poll', consumer: 'c2', maxRecords: 2 },
      { type: 'commit', consumer: 'c2' },
      { type: 'poll', consumer: 'c2', maxRecords: 3 },
      { type: 'crashConsumer', consumer: 'c2' },
      { type: 'advanceTime', ms: 44_999 },
    ]);
    const owned = assignment(state, 'c2')[0]!;
    expect(state.consumers['c2']!.status).toBe('crashed');
    expect(applyCommand(state, { type: 'poll', consumer: 'c2' }).error?.code).toBe('CONSUMER_CRASHED');
    const expired = applyCommand(state, { type: 'advanceTime', ms: 1 });
    expect(eventsOf(expired.events, 'memberExpired').map((e) => e.consumer)).toEqual(['c2']);
    expect(assignment(expired.state, 'c1')).toHaveLength(2);
    expect(position(expired.state, 'c1', owned.topic, owned.partition)).toBe(2);
    const reread = applyCommand(expired.state, { type: 'poll', consumer: 'c1' });
    const again = fetchedRecords(eventsOf(reread.events, 'recordsFetched')[0]!).filter((r) => r.partition === owned.partition);
    expect(again.map((r) => [r.offset, r.redelivered])).toEqual([[2, true], [3, true], [4, true], [5, false]]);
    expect(eventsOf(events, 'consumerCrashed')[0]!.sessionTimeoutMs).toBe(45_000);
  });

  it('refuses a consumer on an unknown topic, a duplicate id, or a different assignor than its group', () => {
    const { state } = run([...topic, { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'] }, { type: 'poll', consumer: 'c1' }]);
    expect(applyCommand(state, { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['nope'] }).error?.code).toBe('UNKNOWN_TOPIC_OR_PARTITION');
    expect(applyCommand(state, { type: 'addConsumer', consumer: 'c1', group: 'h', topics: ['orders'] }).error?.code).toBe('CONSUMER_EXISTS');
    expect(applyCommand(state, { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['orders'], assignor: 'roundrobin' }).error?.code).toBe('INCONSISTENT_GROUP_PROTOCOL');
    for (const type of ['poll', 'commit', 'removeConsumer', 'crashConsumer'] as const) {
      const result = applyCommand(state, { type, consumer: 'ghost' });
      expect(result.error?.code).toBe('UNKNOWN_CONSUMER');
      expect(result.state).toBe(state);
    }
  });

  it('uses range by default', () => {
    const { state } = run([...topic, { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'] }]);
    expect(state.groups['g']!.assignor).toBe('range');
  });
});

describe('session timeout bounds', () => {
  it('refuses a session timeout outside group.min/max.session.timeout.ms', () => {
    const { state } = run([...topic]);
    for (const sessionTimeoutMs of [5_999, 1_800_001]) {
      const result = applyCommand(state, { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'], sessionTimeoutMs });
      expect(result.error?.code).toBe('INVALID_SESSION_TIMEOUT');
      expect(result.state).toBe(state);
    }
    expect(applyCommand(state, { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'], sessionTimeoutMs: 6_000 }).error).toBeUndefined();
  });
});

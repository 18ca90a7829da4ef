import type { Command } from '../commands.ts';
import { assignment, position } from '../queries.ts';
import { eventsOf, run } from '../test-support/run.ts';

const base = (assignor: 'range' | 'cooperative-sticky'): Command[] => [
  { type: 'createTopic', topic: 'orders', partitions: 3 },
  { type: 'addProducer', producer: 'p' },
  ...[0, 1, 2].flatMap((partition) => [0, 1, 2, 3].map(() => ({ type: 'produce' as const, producer: 'p', topic: 'orders', value: 'v', partition }))),
  { type: 'addConsumer', consumer: 'c1', group: 'g', topics: ['orders'], assignor, autoOffsetReset: 'earliest', enableAutoCommit: false },
  { type: 'poll', consumer: 'c1', maxRecords: 100 },
];
const partitionsOf = (tps: { partition: number }[]) => tps.map((tp) => tp.partition).sort();

describe('rebalance', () => {
  it('eager (range): every member revokes everything, then positions restart from committed offsets', () => {
    const before = run(base('range'));
    expect(position(before.state, 'c1', 'orders', 0)).toBe(4);
    // c2 joins in its first poll (ConsumerCoordinator.poll -> ensureActiveGroup).
    const { state, events } = run([{ type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' }, { type: 'poll', consumer: 'c2', maxRecords: 1 }], before.state);
    const revoked = eventsOf(events, 'partitionsRevoked');
    expect(revoked.map((e) => [e.consumer, partitionsOf(e.partitions)])).toEqual([['c1', [0, 1, 2]]]);
    expect(partitionsOf(assignment(state, 'c1'))).toEqual([0, 1]);
    expect(partitionsOf(assignment(state, 'c2'))).toEqual([2]);
    // c1 never committed: after the eager revoke it starts again from the reset position.
    expect(position(state, 'c1', 'orders', 0)).toBe(0);
    expect(eventsOf(events, 'rebalanceStarted').map((e) => [e.generation, e.reason])).toEqual([[2, 'join']]);
    const order = events.map((e) => e.type).filter((t) => t.startsWith('rebalance') || t.startsWith('partitions'));
    expect(order[0]).toBe('rebalanceStarted');
    expect(order.at(-1)).toBe('rebalanceCompleted');
  });

  it('cooperative-sticky: only the moving partition is revoked, and a follow-up round assigns it', () => {
    const before = run(base('cooperative-sticky'));
    const { state, events } = run([{ type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['orders'], assignor: 'cooperative-sticky', autoOffsetReset: 'earliest' }, { type: 'poll', consumer: 'c2', maxRecords: 1 }], before.state);
    const rounds = eventsOf(events, 'rebalanceStarted');
    expect(rounds.map((r) => r.reason)).toEqual(['join', 'cooperative-follow-up']);
    const revoked = eventsOf(events, 'partitionsRevoked');
    expect(revoked).toHaveLength(1);
    expect(revoked[0]!.consumer).toBe('c1');
    expect(revoked[0]!.partitions).toHaveLength(1);
    const moved = revoked[0]!.partitions[0]!.partition;
    const completed = eventsOf(events, 'rebalanceCompleted');
    // Round one leaves the moved partition unowned; round two gives it to c2.
    expect(completed[0]!.assignment['c2']).toEqual([]);
    expect(partitionsOf(completed[1]!.assignment['c2']!)).toEqual([moved]);
    expect(partitionsOf(assignment(state, 'c1'))).toHaveLength(2);
    // c1 keeps its positions on the partitions it kept: no re-reading.
    for (const tp of assignment(state, 'c1')) expect(position(state, 'c1', 'orders', tp.partition)).toBe(4);
    // c2 starts the moved partition at the reset position and its join poll read one record.
    expect(eventsOf(events, 'offsetReset').map((e) => [e.consumer, e.partition, e.to])).toEqual([['c2', moved, 0]]);
    expect(position(state, 'c2', 'orders', moved)).toBe(1);
  });

  it('adding partitions rebalances the subscribed groups and hands out the new partitions', () => {
    const { state, events } = run([
      ...base('range'),
      { type: 'addConsumer', consumer: 'c2', group: 'g', topics: ['orders'] },
      { type: 'poll', consumer: 'c2' },
      { type: 'alterPartitions', topic: 'orders', partitions: 4 },
    ]);
    expect(eventsOf(events, 'rebalanceStarted').at(-1)!.reason).toBe('partitions-added');
    expect([...assignment(state, 'c1'), ...assignment(state, 'c2')].map((tp) => tp.partition).sort()).toEqual([0, 1, 2, 3]);
    expect(position(state, 'c2', 'orders', 3) ?? position(state, 'c1', 'orders', 3)).toBe(0);
  });

  it('the last member leaving empties the group but keeps its committed offsets', () => {
    const { state } = run([...base('range'), { type: 'commit', consumer: 'c1' }, { type: 'removeConsumer', consumer: 'c1' }]);
    expect(state.groups['g']!.members).toEqual([]);
    expect(state.groups['g']!.committed['orders:0']).toBe(4);
  });
});

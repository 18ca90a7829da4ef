import { applyCommand } from '../apply.ts';
import type { Command } from '../commands.ts';
import { committedOffset } from '../queries.ts';
import { eventsOf, run } from '../test-support/run.ts';
import { coordinator, coordinatorPartition } from './coordinator.ts';

// A group's offsets live on a broker: the leader of its __consumer_offsets partition
// (GroupMetadataManager.partitionFor: Utils.abs(groupId.hashCode) % offsets.topic.num.partitions).

describe('coordinatorPartition', () => {
  it('is Utils.abs(String.hashCode) % 50, with Java\'s hash (values computed independently)', () => {
    expect(coordinatorPartition('group-a')).toBe(47); // "group-a".hashCode() = 293427347
    expect(coordinatorPartition('my-group')).toBe(12); // -1906497762: the absolute value, not the bits
    expect(coordinatorPartition('orders-app')).toBe(5);
  });

  it('maps Integer.MIN_VALUE to 0, as Utils.abs does', () => {
    expect(coordinatorPartition('polygenelubricants')).toBe(0); // hashCode() == Integer.MIN_VALUE
  });
});

describe('coordinator', () => {
  const cluster: Command[] = [
    { type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 },
    { type: 'createTopic', topic: 'orders', partitions: 1, replicationFactor: 3 },
    { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' },
    { type: 'poll', consumer: 'c' },
  ];

  it('is undefined before any consumer needs one, then the leader of the group\'s partition (broker 1 on one broker)', () => {
    expect(coordinator(run([]).state, 'g')).toBeUndefined();
    expect(coordinator(run([{ type: 'createTopic', topic: 'o', partitions: 1 }, { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['o'] }]).state, 'g')).toBe(1);
  });

  it('moves when its broker stops, and the group can still commit', () => {
    const base = run(cluster).state;
    const first = coordinator(base, 'g')!;
    const { state, events } = run([{ type: 'stopBroker', broker: first }], base);
    const moved = coordinator(state, 'g');
    expect(moved).toBeDefined();
    expect(moved).not.toBe(first);
    expect(eventsOf(events, 'coordinatorMoved')).toEqual([expect.objectContaining({ group: 'g', partition: coordinatorPartition('g'), from: first, to: moved })]);
    expect(applyCommand(state, { type: 'commit', consumer: 'c' }).error).toBeUndefined();
  });

  it('is unavailable while its broker has crashed but is not yet fenced: commits are refused and change nothing', () => {
    const base = run(cluster).state;
    const first = coordinator(base, 'g')!;
    const crashed = run([{ type: 'crashBroker', broker: first }], base).state;
    expect(coordinator(crashed, 'g')).toBeUndefined();
    const refused = applyCommand(crashed, { type: 'commit', consumer: 'c' });
    expect(refused.error?.code).toBe('COORDINATOR_NOT_AVAILABLE');
    expect(refused.state).toBe(crashed);
    const fenced = run([{ type: 'advanceTime', ms: 9000 }, { type: 'poll', consumer: 'c' }, { type: 'commit', consumer: 'c' }], crashed).state;
    expect(coordinator(fenced, 'g')).not.toBe(first);
    expect(committedOffset(fenced, 'g', 'orders', 0)).toBe(0);
  });
});

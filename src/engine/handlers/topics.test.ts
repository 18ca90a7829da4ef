import { applyCommand } from '../apply.ts';
import { partitionForKey } from '../placement/murmur2.ts';
import { logEndOffset, records } from '../queries.ts';
import { eventsOf, run } from '../test-support/run.ts';

describe('createTopic', () => {
  it('creates empty partitions with Kafka default configs', () => {
    const { state, events } = run([{ type: 'createTopic', topic: 'orders', partitions: 3 }]);
    expect(state.topics['orders']!.partitions).toHaveLength(3);
    expect(state.topics['orders']!.config).toEqual({ retentionMs: 604_800_000, retentionBytes: -1, segmentBytes: 1_073_741_824, segmentMs: 604_800_000, replicationFactor: 1, minInsyncReplicas: 1, uncleanLeaderElection: false,
      cleanupPolicy: 'delete', minCleanableDirtyRatio: 0.5, minCompactionLagMs: 0, maxCompactionLagMs: Number.MAX_SAFE_INTEGER, deleteRetentionMs: 86_400_000 });
    expect(logEndOffset(state, 'orders', 2)).toBe(0);
    expect(events).toEqual([{ type: 'topicCreated', at: 0, topic: 'orders', partitions: 3 }]);
  });

  it('refuses a duplicate, an illegal name and bad counts, leaving the state as it was', () => {
    const { state } = run([{ type: 'createTopic', topic: 'orders', partitions: 3 }]);
    const cases: [unknown, string][] = [
      [{ type: 'createTopic', topic: 'orders', partitions: 1 }, 'TOPIC_ALREADY_EXISTS'],
      [{ type: 'createTopic', topic: 'bad name', partitions: 1 }, 'INVALID_TOPIC'],
      [{ type: 'createTopic', topic: '', partitions: 1 }, 'EMPTY_NAME'],
      [{ type: 'createTopic', topic: 'x', partitions: 0 }, 'INVALID_COMMAND'],
      [{ type: 'createTopic', topic: 'x', partitions: -2 }, 'INVALID_COMMAND'],
      [{ type: 'createTopic', topic: 'x', partitions: 1.5 }, 'INVALID_COMMAND'],
      [{ type: 'createTopic', topic: 'x', partitions: '3' }, 'INVALID_COMMAND'],
      [{ type: 'createTopic', topic: 'orders', partitions: 1 }, 'TOPIC_ALREADY_EXISTS'],
    ];
    for (const [command, code] of cases) {
      const result = applyCommand(state, command);
      expect(result.error?.code, JSON.stringify(command)).toBe(code);
      expect(result.state).toBe(state);
    }
  });
});

describe('alterPartitions', () => {
  it("refuses a decrease or the same count with Kafka's reasons", () => {
    const { state } = run([{ type: 'createTopic', topic: 'orders', partitions: 6 }]);
    const decrease = applyCommand(state, { type: 'alterPartitions', topic: 'orders', partitions: 4 });
    expect(decrease.error?.message).toBe('The topic orders currently has 6 partition(s); 4 would not be an increase.');
    expect(decrease.error?.code).toBe('INVALID_PARTITIONS');
    expect(decrease.state).toBe(state);
    const same = applyCommand(state, { type: 'alterPartitions', topic: 'orders', partitions: 6 });
    expect(same.error?.message).toBe('Topic already has 6 partition(s).');
    expect(applyCommand(state, { type: 'alterPartitions', topic: 'nope', partitions: 8 }).error?.code).toBe('UNKNOWN_TOPIC_OR_PARTITION');
  });

  it('adds empty partitions, keeps old records where they are, and reports which keys move', () => {
    const keys = Array.from({ length: 20 }, (_, i) => `key-${i}`);
    const { state, events } = run([
      { type: 'createTopic', topic: 'orders', partitions: 2 },
      { type: 'addProducer', producer: 'p' },
      ...keys.map((key) => ({ type: 'produce' as const, producer: 'p', topic: 'orders', key, value: 'v' })),
      { type: 'alterPartitions', topic: 'orders', partitions: 5 },
    ]);
    expect(state.topics['orders']!.partitions).toHaveLength(5);
    expect(logEndOffset(state, 'orders', 4)).toBe(0);
    for (const key of keys) expect(records(state, 'orders', partitionForKey(key, 2)).some((r) => r.key === key)).toBe(true);
    const added = eventsOf(events, 'partitionsAdded')[0]!;
    const expectedMoves = keys.filter((k) => partitionForKey(k, 2) !== partitionForKey(k, 5)).sort();
    expect(added.movedKeys.map((m) => m.key)).toEqual(expectedMoves);
    expect(expectedMoves.length).toBeGreaterThan(0);
    for (const m of added.movedKeys) expect(m.to).toBe(partitionForKey(m.key, 5));
  });
});

describe('topic name collisions', () => {
  it("refuses a name that differs from an existing one only by '.' versus '_'", () => {
    const { state } = run([{ type: 'createTopic', topic: 'a.b', partitions: 1 }]);
    const result = applyCommand(state, { type: 'createTopic', topic: 'a_b', partitions: 1 });
    expect(result.error?.code).toBe('TOPIC_COLLISION');
    expect(result.error?.message).toBe("Topic 'a_b' collides with existing topics: a.b");
  });
});

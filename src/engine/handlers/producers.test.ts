import { applyCommand, createSimulation } from '../apply.ts';
import { partitionForKey } from '../placement/murmur2.ts';
import { recordSizeInBytes } from '../placement/record-size.ts';
import { logEndOffset, logStartOffset, records } from '../queries.ts';
import { eventsOf, run } from '../test-support/run.ts';

const setup = [
  { type: 'createTopic', topic: 'orders', partitions: 3 },
  { type: 'addProducer', producer: 'p1' },
] as const;

const legacy = [
  { type: 'createTopic', topic: 'orders', partitions: 3 },
  { type: 'addProducer', producer: 'p1', partitioner: 'legacy-default' },
] as const;

describe('keyless partitioners named after Kafka\'s', () => {
  it('a new producer gets the built-in uniform sticky partitioner of 3.3+ (KafkaProducer with partitioner.class unset)', () => {
    const { state, events } = run([...setup, ...Array.from({ length: 3 }, () => ({ type: 'produce' as const, producer: 'p1', topic: 'orders', value: 'v' }))]);
    expect(state.producers['p1']!.partitioner).toBe('uniform-sticky');
    // BuiltInPartitioner: keyless records stay on one partition until batch.size bytes were sent.
    expect(new Set(eventsOf(events, 'recordProduced').map((e) => e.partition)).size).toBe(1);
  });

  it('RoundRobinPartitioner rotates every record and ignores keys: the same key lands on 0, 1, 2', () => {
    const { events } = run([
      { type: 'createTopic', topic: 'orders', partitions: 3 },
      { type: 'addProducer', producer: 'p1', partitioner: 'round-robin' },
      ...Array.from({ length: 3 }, () => ({ type: 'produce' as const, producer: 'p1', topic: 'orders', key: 'alice', value: 'v' })),
    ]);
    expect(eventsOf(events, 'recordProduced').map((e) => [e.partition, e.placement.kind])).toEqual([[0, 'round-robin'], [1, 'round-robin'], [2, 'round-robin']]);
  });

  it('the DefaultPartitioner of 2.3 and earlier hashes keys and rotates keyless records', () => {
    const { events } = run([...legacy,
      { type: 'produce', producer: 'p1', topic: 'orders', key: 'alice', value: 'v' },
      { type: 'produce', producer: 'p1', topic: 'orders', value: 'v' },
      { type: 'produce', producer: 'p1', topic: 'orders', key: 'alice', value: 'v' },
      { type: 'produce', producer: 'p1', topic: 'orders', value: 'v' },
    ]);
    expect(eventsOf(events, 'recordProduced').map((e) => e.partition)).toEqual([partitionForKey('alice', 3), 0, partitionForKey('alice', 3), 1]);
  });
});

describe('produce', () => {
  it('places a keyed record by murmur2 and appends it at the log end', () => {
    const keys = ['alice', 'bob', '주문-1', '🙂', ''];
    const { state, events } = run([...setup, ...keys.map((key) => ({ type: 'produce' as const, producer: 'p1', topic: 'orders', key, value: `v-${key}` }))]);
    const produced = eventsOf(events, 'recordProduced');
    keys.forEach((key, i) => {
      const expected = partitionForKey(key, 3);
      expect(produced[i]!.partition).toBe(expected);
      expect(records(state, 'orders', expected).some((r) => r.key === key && r.value === `v-${key}`)).toBe(true);
    });
    const total = [0, 1, 2].reduce((sum, p) => sum + (logEndOffset(state, 'orders', p) ?? 0), 0);
    expect(total).toBe(keys.length);
  });

  it('gives offsets 0,1,2… per partition, and records carry offset, key, value, timestamp, producer', () => {
    const { state } = run([...setup, ...Array.from({ length: 4 }, (_, i) => ({ type: 'produce' as const, producer: 'p1', topic: 'orders', key: 'same', value: `v${i}` }))]);
    const p = partitionForKey('same', 3);
    expect(records(state, 'orders', p)).toEqual([0, 1, 2, 3].map((offset) => ({ offset, key: 'same', value: `v${offset}`, timestamp: 0, producer: 'p1' })));
    expect(logStartOffset(state, 'orders', p)).toBe(0);
    expect(logEndOffset(state, 'orders', p)).toBe(4);
  });

  it('without a key, the DefaultPartitioner of Kafka 2.3 and earlier visits every partition in turn', () => {
    const { events } = run([...legacy, ...Array.from({ length: 7 }, (_, i) => ({ type: 'produce' as const, producer: 'p1', topic: 'orders', value: `v${i}` }))]);
    const partitions = eventsOf(events, 'recordProduced').map((e) => e.partition);
    for (let i = 1; i < partitions.length; i++) expect(partitions[i]).toBe((partitions[i - 1]! + 1) % 3);
    const keyless = eventsOf(events, 'recordProduced')[0]!;
    expect(keyless.key).toBeUndefined();
    expect(keyless.placement.kind).toBe('round-robin');
  });

  it('the legacy sticky partitioner stays until a batch is full, then moves to another partition', () => {
    const size = recordSizeInBytes(undefined, 'xx');
    const { events } = run([
      { type: 'createTopic', topic: 'orders', partitions: 4 },
      { type: 'addProducer', producer: 'p1', partitioner: 'sticky', batchBytes: size * 3 },
      ...Array.from({ length: 9 }, () => ({ type: 'produce' as const, producer: 'p1', topic: 'orders', value: 'xx' })),
    ]);
    const partitions = eventsOf(events, 'recordProduced').map((e) => e.partition);
    const runs = [partitions.slice(0, 3), partitions.slice(3, 6), partitions.slice(6, 9)];
    for (const r of runs) expect(new Set(r).size).toBe(1);
    expect(runs[0]![0]).not.toBe(runs[1]![0]);
    expect(runs[1]![0]).not.toBe(runs[2]![0]);
  });

  it('records with a key or a partition fill the legacy sticky batch too, and move the sticky partition', () => {
    const size = recordSizeInBytes(undefined, 'xx');
    const start = run([
      { type: 'createTopic', topic: 'orders', partitions: 4 },
      { type: 'addProducer', producer: 'p1', partitioner: 'sticky', batchBytes: size * 2 },
      { type: 'produce', producer: 'p1', topic: 'orders', value: 'xx' },
    ]);
    const sticky = eventsOf(start.events, 'recordProduced')[0]!.partition;
    const { events } = run([
      { type: 'produce', producer: 'p1', topic: 'orders', value: 'xx', partition: sticky },
      { type: 'produce', producer: 'p1', topic: 'orders', value: 'xx', partition: sticky },
      { type: 'produce', producer: 'p1', topic: 'orders', value: 'xx' },
    ], start.state);
    // The second explicit record did not fit the sticky batch: the next keyless record goes elsewhere.
    expect(eventsOf(events, 'recordProduced')[2]!.partition).not.toBe(sticky);
  });

  it('the uniform sticky partitioner switches once batch.size bytes went to a partition', () => {
    const size = recordSizeInBytes(undefined, 'xx');
    const { events } = run([
      { type: 'createTopic', topic: 'orders', partitions: 32 },
      { type: 'addProducer', producer: 'p1', partitioner: 'uniform-sticky', batchBytes: size * 2 },
      ...Array.from({ length: 8 }, () => ({ type: 'produce' as const, producer: 'p1', topic: 'orders', value: 'xx' })),
    ]);
    const produced = eventsOf(events, 'recordProduced');
    for (let i = 0; i < 8; i += 2) expect(produced[i]!.partition).toBe(produced[i + 1]!.partition);
    const distinct = new Set(produced.map((e) => e.partition));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('a key always hashes, whatever the keyless partitioner', () => {
    for (const partitioner of ['legacy-default', 'sticky', 'uniform-sticky'] as const) {
      const { events } = run([
        { type: 'createTopic', topic: 'orders', partitions: 5 },
        { type: 'addProducer', producer: 'p1', partitioner },
        { type: 'produce', producer: 'p1', topic: 'orders', key: 'k-42', value: 'v' },
      ]);
      expect(eventsOf(events, 'recordProduced')[0]!.partition).toBe(partitionForKey('k-42', 5));
    }
  });

  it('honours an explicit partition and refuses one that does not exist', () => {
    const { state } = run([...setup, { type: 'produce', producer: 'p1', topic: 'orders', key: 'x', value: 'v', partition: 2 }]);
    expect(records(state, 'orders', 2)).toHaveLength(1);
    const refused = applyCommand(state, { type: 'produce', producer: 'p1', topic: 'orders', value: 'v', partition: 3 });
    expect(refused.error?.code).toBe('UNKNOWN_TOPIC_OR_PARTITION');
    expect(refused.state).toBe(state);
  });

  it('refuses an unknown producer or topic and a record over max.request.size, changing nothing', () => {
    const { state } = run([...setup]);
    const cases = [
      [{ type: 'produce', producer: 'nope', topic: 'orders', value: 'v' }, 'UNKNOWN_PRODUCER'],
      [{ type: 'produce', producer: 'p1', topic: 'missing', value: 'v' }, 'UNKNOWN_TOPIC_OR_PARTITION'],
      [{ type: 'produce', producer: 'p1', topic: 'orders', value: 'x'.repeat(1_048_576) }, 'RECORD_TOO_LARGE'],
    ] as const;
    for (const [command, code] of cases) {
      const result = applyCommand(state, command);
      expect(result.error?.code).toBe(code);
      expect(result.state).toBe(state);
      expect(result.events).toEqual([]);
    }
  });

  it('same seed and commands give the same placements; round-robin starts at partition 0 whatever the seed', () => {
    const commands = [...legacy, ...Array.from({ length: 5 }, () => ({ type: 'produce' as const, producer: 'p1', topic: 'orders', value: 'v' }))];
    const a = run(commands, createSimulation({ seed: 3, kafkaVersion: 'classic' }));
    const b = run(commands, createSimulation({ seed: 3, kafkaVersion: 'classic' }));
    expect(eventsOf(a.events, 'recordProduced').map((e) => e.partition)).toEqual(eventsOf(b.events, 'recordProduced').map((e) => e.partition));
    for (const seed of [1, 2, 3, 4]) {
      expect(eventsOf(run(commands, createSimulation({ seed, kafkaVersion: 'classic' })).events, 'recordProduced').map((e) => e.partition)).toEqual([0, 1, 2, 0, 1]);
    }
  });

  it('the sticky partitioners draw from the seed: different seeds may choose differently', () => {
    const commands = [
      { type: 'createTopic' as const, topic: 'orders', partitions: 8 },
      { type: 'addProducer' as const, producer: 'p1', partitioner: 'uniform-sticky' as const },
      { type: 'produce' as const, producer: 'p1', topic: 'orders', value: 'v' },
    ];
    const starts = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => eventsOf(run(commands, createSimulation({ seed, kafkaVersion: 'classic' })).events, 'recordProduced')[0]!.partition));
    expect(starts.size).toBeGreaterThan(1);
  });

  it('adds and removes producers', () => {
    const { state } = run([...setup, { type: 'removeProducer', producer: 'p1' }]);
    expect(state.producers['p1']).toBeUndefined();
    expect(applyCommand(state, { type: 'removeProducer', producer: 'p1' }).error?.code).toBe('UNKNOWN_PRODUCER');
    const dup = run([...setup]).state;
    expect(applyCommand(dup, { type: 'addProducer', producer: 'p1' }).error?.code).toBe('PRODUCER_EXISTS');
  });
});

import fc from 'fast-check';
import { AppendVec } from '../append-vec.ts';
import type { Command } from '../commands.ts';

// Random command sequences of every command type, faults and transactions included, on a small
// replicated cluster, and a plain picture of a state to compare: what the property tests that hold
// the engine's fast paths to its straightforward ones share.

/** A plain deep picture of a value: an AppendVec becomes the items its view holds (not its shared buffer). */
export function plain(value: unknown): unknown {
  if (value instanceof AppendVec) return value.toArray().map(plain);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

const TOPICS = ['t', 's'];
const PRODUCERS = ['p1', 'p2'];
const CONSUMERS = ['c1', 'c2', 'c3'];
const broker = fc.constantFrom(1, 2, 3);
const partitions = fc.array(fc.record({ topic: fc.constantFrom(...TOPICS), partition: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 2 });

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 20, arbitrary: fc.record({ producer: fc.constantFrom(...PRODUCERS), topic: fc.constantFrom(...TOPICS), key: fc.option(fc.constantFrom('k1', 'k2', '키', ''), { nil: undefined }), value: fc.constantFrom('v', 'hello', 'a longer value') })
    .map(({ key, ...rest }): Command => (key === undefined ? { type: 'produce', ...rest } : { type: 'produce', ...rest, key })) },
  { weight: 2, arbitrary: fc.record({ producer: fc.constantFrom(...PRODUCERS), topic: fc.constantFrom(...TOPICS), partition: fc.integer({ min: 0, max: 2 }) }).map((c): Command => ({ type: 'produce', ...c, value: 'x' })) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 40_000 }).map((ms): Command => ({ type: 'advanceTime', ms })) },
  { weight: 4, arbitrary: fc.record({ consumer: fc.constantFrom(...CONSUMERS), maxRecords: fc.integer({ min: 1, max: 6 }) }).map((c): Command => ({ type: 'poll', ...c })) },
  { weight: 2, arbitrary: fc.constantFrom(...CONSUMERS).map((consumer): Command => ({ type: 'commit', consumer })) },
  { weight: 1, arbitrary: fc.record({ consumer: fc.constantFrom(...CONSUMERS), topic: fc.constantFrom(...TOPICS), partition: fc.integer({ min: 0, max: 2 }), offset: fc.integer({ min: 0, max: 8 }) })
    .map(({ consumer, topic, partition, offset }): Command => ({ type: 'commit', consumer, offsets: [{ topic, partition, offset }] })) },
  { weight: 2, arbitrary: fc.record({ consumer: fc.constantFrom(...CONSUMERS), group: fc.constantFrom('g1', 'g2'), topics: fc.subarray(TOPICS, { minLength: 1 }), assignor: fc.constantFrom('range' as const, 'roundrobin' as const, 'sticky' as const, 'cooperative-sticky' as const) })
    .map((c): Command => ({ type: 'addConsumer', ...c, autoOffsetReset: 'earliest' })) },
  { weight: 1, arbitrary: fc.constantFrom(...CONSUMERS).map((consumer): Command => ({ type: 'removeConsumer', consumer })) },
  { weight: 1, arbitrary: fc.constantFrom(...CONSUMERS).map((consumer): Command => ({ type: 'crashConsumer', consumer })) },
  { weight: 1, arbitrary: fc.constantFrom(...CONSUMERS).map((consumer): Command => ({ type: 'restartConsumer', consumer })) },
  { weight: 1, arbitrary: fc.record({ consumer: fc.constantFrom(...CONSUMERS), topic: fc.constantFrom(...TOPICS), partition: fc.integer({ min: 0, max: 2 }), offset: fc.integer({ min: 0, max: 8 }) }).map((c): Command => ({ type: 'seek', ...c })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('seekToBeginning' as const, 'seekToEnd' as const), fc.constantFrom(...CONSUMERS)).map(([type, consumer]): Command => ({ type, consumer })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('pause' as const, 'resume' as const), fc.constantFrom(...CONSUMERS), partitions).map(([type, consumer, p]): Command => ({ type, consumer, partitions: p })) },
  { weight: 1, arbitrary: fc.record({ group: fc.constantFrom('g1', 'g2'), topic: fc.constantFrom(...TOPICS), partition: fc.integer({ min: 0, max: 2 }), offset: fc.integer({ min: 0, max: 8 }) })
    .map(({ group, ...o }): Command => ({ type: 'resetOffsets', group, offsets: [o] })) },
  { weight: 1, arbitrary: fc.record({ topic: fc.constantFrom(...TOPICS), partitions: fc.integer({ min: 1, max: 4 }) }).map((c): Command => ({ type: 'alterPartitions', ...c })) },
  { weight: 1, arbitrary: fc.record({ topic: fc.constantFrom(...TOPICS), retentionBytes: fc.constantFrom(-1, 300, 900), minInsyncReplicas: fc.integer({ min: 1, max: 3 }) }).map((c): Command => ({ type: 'alterTopicConfig', ...c })) },
  { weight: 1, arbitrary: fc.integer({ min: 500, max: 5_000 }).map((ms): Command => ({ type: 'configureBroker', retentionCheckIntervalMs: ms })) },
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom('stopBroker' as const, 'crashBroker' as const, 'startBroker' as const, 'isolateBroker' as const, 'reconnectBroker' as const), broker).map(([type, b]): Command => ({ type, broker: b })) },
  { weight: 2, arbitrary: fc.constantFrom(...PRODUCERS).map((producer): Command => ({ type: 'loseNextAck', producer })) },
  // Transactions (a transactional producer 'tx'), KIP-890's late write and an admin's abort.
  { weight: 3, arbitrary: fc.constantFrom('initTransactions' as const, 'beginTransaction' as const, 'commitTransaction' as const, 'abortTransaction' as const).map((type): Command => ({ type, producer: 'tx' })) },
  { weight: 3, arbitrary: fc.record({ topic: fc.constantFrom(...TOPICS), key: fc.constantFrom('k1', 'k2') }).map((c): Command => ({ type: 'produce', producer: 'tx', ...c, value: 't' })) },
  { weight: 1, arbitrary: fc.record({ group: fc.constantFrom('g1', 'g2'), topic: fc.constantFrom(...TOPICS), partition: fc.integer({ min: 0, max: 2 }), offset: fc.integer({ min: 0, max: 8 }) })
    .map(({ group, ...o }): Command => ({ type: 'sendOffsetsToTransaction', producer: 'tx', group, offsets: [o] })) },
  { weight: 1, arbitrary: fc.record({ topic: fc.constantFrom(...TOPICS), partition: fc.integer({ min: 0, max: 2 }) }).map((c): Command => ({ type: 'lateProduce', producer: 'tx', ...c, value: 'late' })) },
  { weight: 1, arbitrary: fc.record({ topic: fc.constantFrom(...TOPICS), partition: fc.integer({ min: 0, max: 2 }), startOffset: fc.integer({ min: 0, max: 6 }) }).map((c): Command => ({ type: 'adminAbortTransaction', ...c })) },
  // linger.ms (4.0+): open batches sent by a flush, or by a produce that asks for one.
  { weight: 1, arbitrary: fc.constantFrom(...PRODUCERS).map((producer): Command => ({ type: 'flush', producer })) },
  { weight: 1, arbitrary: fc.record({ producer: fc.constantFrom(...PRODUCERS), topic: fc.constantFrom(...TOPICS), key: fc.constantFrom('k1', 'k3') }).map((c): Command => ({ type: 'produce', ...c, value: 'f', flush: true })) },
  { weight: 1, arbitrary: fc.constantFrom(...PRODUCERS).map((producer): Command => ({ type: 'removeProducer', producer })) },
  { weight: 1, arbitrary: fc.record({ producer: fc.constantFrom(...PRODUCERS), acks: fc.constantFrom(0 as const, 1 as const, 'all' as const), partitioner: fc.constantFrom('uniform-sticky' as const, 'sticky' as const, 'legacy-default' as const, 'round-robin' as const) })
    .map((c): Command => ({ type: 'addProducer', ...c, batchBytes: 200 })) },
);

const setupArb = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom(0 as const, 1 as const, 'all' as const)).map(([rf, partitionsOfS, acks]): Command[] => [
  { type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 },
  { type: 'createTopic', topic: 't', partitions: 3, replicationFactor: rf, segmentBytes: 300, retentionMs: 60_000 },
  { type: 'createTopic', topic: 's', partitions: partitionsOfS, replicationFactor: 3, minInsyncReplicas: 2, segmentBytes: 250, retentionBytes: 900 },
  { type: 'addProducer', producer: 'p1' },
  { type: 'addProducer', producer: 'p2', acks, partitioner: 'sticky', batchBytes: 200 },
  { type: 'addProducer', producer: 'tx', transactionalId: 'tid' },
  { type: 'initTransactions', producer: 'tx' },
  { type: 'addConsumer', consumer: 'c1', group: 'g1', topics: ['t', 's'], autoOffsetReset: 'earliest' },
]);

// The newest profile batches with linger.ms and runs transaction version 2; 3.9 and 'classic' send
// each record at once; 2.8 appends a late transactional write without verification.
/** One transaction of 'tx' as an application runs it: begin, sends, maybe offsets, commit or abort, maybe a late write. */
const transactionArb: fc.Arbitrary<Command[]> = fc.tuple(
  fc.array(fc.record({ topic: fc.constantFrom(...TOPICS), key: fc.constantFrom('k1', 'k2', 'k3') }), { minLength: 1, maxLength: 4 }),
  fc.boolean(), fc.constantFrom('commitTransaction' as const, 'abortTransaction' as const), fc.option(fc.record({ topic: fc.constantFrom(...TOPICS), partition: fc.integer({ min: 0, max: 2 }) }), { nil: undefined }),
).map(([sends, offsets, end, late]): Command[] => [
  { type: 'beginTransaction', producer: 'tx' },
  ...sends.map((c): Command => ({ type: 'produce', producer: 'tx', ...c, value: 't' })),
  ...(offsets ? [{ type: 'sendOffsetsToTransaction', producer: 'tx', group: 'g1', offsets: [{ topic: 't', partition: 0, offset: 1 }] } satisfies Command] : []),
  { type: end, producer: 'tx' },
  ...(late ? [{ type: 'lateProduce', producer: 'tx', ...late, value: 'late' } satisfies Command] : []),
]);

const stepsArb = fc.array(fc.oneof({ weight: 6, arbitrary: commandArb.map((c) => [c]) }, { weight: 1, arbitrary: transactionArb }), { minLength: 10, maxLength: 80 })
  .map((chunks) => chunks.flat());

export const scenarios = fc.tuple(setupArb, stepsArb, fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom('4.1' as const, '4.1' as const, '3.9' as const, '2.8' as const, 'classic' as const))
  .map(([setup, steps, seed, kafkaVersion]) => ({ commands: [...setup, ...steps], seed, kafkaVersion }));


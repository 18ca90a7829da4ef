import type { Command } from '../commands.ts';

/** The names the transaction scenario makes (producers, consumer, group), for tests that check event targets. */
export const TRANSACTION_SCENARIO_NAMES = ['tp', 'tin', 'tz', 'tz2', 'tt', 'tc', 'tg'] as const;

/**
 * A run (one broker) that raises every transaction event and narration variant: a commit and an
 * abort with markers, both again with only group offsets (no marker to write), a commit waiting
 * for an unanswered record, a zombie fenced by initTransactions, and a timeout abort.
 */
export const TRANSACTION_SCENARIO: Command[] = [
  { type: 'createTopic', topic: 'tx', partitions: 2 },
  { type: 'createTopic', topic: 'in', partitions: 1 },
  { type: 'addProducer', producer: 'tin' },
  { type: 'produce', producer: 'tin', topic: 'in', value: 'i0' },
  { type: 'addConsumer', consumer: 'tc', group: 'tg', topics: ['in'], autoOffsetReset: 'earliest', enableAutoCommit: false, isolationLevel: 'read_committed' },
  { type: 'poll', consumer: 'tc' },
  { type: 'addProducer', producer: 'tp', transactionalId: 'tx-a' },
  { type: 'initTransactions', producer: 'tp' },
  // Consume-transform-produce: two partitions and the group's offsets, committed together.
  { type: 'beginTransaction', producer: 'tp' },
  { type: 'produce', producer: 'tp', topic: 'tx', value: 'a', partition: 0 },
  { type: 'produce', producer: 'tp', topic: 'tx', value: 'b', partition: 1 },
  { type: 'sendOffsetsToTransaction', producer: 'tp', group: 'tg', offsets: [{ topic: 'in', partition: 0, offset: 1 }] },
  { type: 'commitTransaction', producer: 'tp' },
  { type: 'advanceTime', ms: 1000 },
  { type: 'beginTransaction', producer: 'tp' },
  { type: 'produce', producer: 'tp', topic: 'tx', value: 'c', partition: 0 },
  { type: 'abortTransaction', producer: 'tp' },
  { type: 'advanceTime', ms: 1000 },
  // Only offsets: the transaction holds __consumer_offsets alone, so no marker lands in a topic.
  { type: 'beginTransaction', producer: 'tp' },
  { type: 'sendOffsetsToTransaction', producer: 'tp', group: 'tg', offsets: [{ topic: 'in', partition: 0, offset: 1 }] },
  { type: 'commitTransaction', producer: 'tp' },
  { type: 'advanceTime', ms: 1000 },
  { type: 'beginTransaction', producer: 'tp' },
  { type: 'sendOffsetsToTransaction', producer: 'tp', group: 'tg', offsets: [{ topic: 'in', partition: 0, offset: 1 }] },
  { type: 'abortTransaction', producer: 'tp' },
  { type: 'advanceTime', ms: 1000 },
  // A lost acknowledgement: the commit waits for the retry's answer before EndTxn.
  { type: 'beginTransaction', producer: 'tp' },
  { type: 'loseNextAck', producer: 'tp' },
  { type: 'produce', producer: 'tp', topic: 'tx', value: 'd', partition: 0 },
  { type: 'abortTransaction', producer: 'tp' },
  { type: 'advanceTime', ms: 35_000 },
  { type: 'beginTransaction', producer: 'tp' },
  { type: 'loseNextAck', producer: 'tp' },
  { type: 'produce', producer: 'tp', topic: 'tx', value: 'e', partition: 0 },
  { type: 'commitTransaction', producer: 'tp' },
  { type: 'advanceTime', ms: 35_000 },
  // A zombie: a second producer with the same transactional.id fences the first.
  { type: 'addProducer', producer: 'tz', transactionalId: 'tx-z' },
  { type: 'initTransactions', producer: 'tz' },
  { type: 'beginTransaction', producer: 'tz' },
  { type: 'produce', producer: 'tz', topic: 'tx', value: 'z1', partition: 1 },
  { type: 'addProducer', producer: 'tz2', transactionalId: 'tx-z' },
  { type: 'initTransactions', producer: 'tz2' },
  { type: 'produce', producer: 'tz', topic: 'tx', value: 'z2', partition: 1 },
  { type: 'commitTransaction', producer: 'tz' },
  // transaction.timeout.ms: the coordinator aborts a stalled transaction.
  { type: 'addProducer', producer: 'tt', transactionalId: 'tx-t', transactionTimeoutMs: 1000 },
  { type: 'initTransactions', producer: 'tt' },
  { type: 'beginTransaction', producer: 'tt' },
  { type: 'produce', producer: 'tt', topic: 'tx', value: 't1', partition: 0 },
  { type: 'advanceTime', ms: 20_000 },
];

const lateSetup: Command[] = [
  { type: 'createTopic', topic: 'tx', partitions: 2 },
  { type: 'addProducer', producer: 'tp', transactionalId: 'tx-a' },
  { type: 'initTransactions', producer: 'tp' },
  { type: 'beginTransaction', producer: 'tp' },
  { type: 'produce', producer: 'tp', topic: 'tx', value: 'a', partition: 0 },
];
const late = (partition: number): Command => ({ type: 'lateProduce', producer: 'tp', topic: 'tx', partition, value: 'late' });

/**
 * KIP-890 by version, raising each of its events and narration variants: under 4.1 the epoch bumps
 * at an abort and a commit and a late write is fenced; under 3.9 verification refuses one during the
 * commit and one between transactions, and one joins the next transaction; under 2.8 one hangs and an
 * admin aborts it.
 */
export const KIP890_SCENARIOS: readonly { kafkaVersion: '4.1' | '3.9' | '2.8'; commands: Command[] }[] = [
  { kafkaVersion: '4.1', commands: [...lateSetup, { type: 'abortTransaction', producer: 'tp' }, { type: 'advanceTime', ms: 1000 },
    { type: 'beginTransaction', producer: 'tp' }, { type: 'produce', producer: 'tp', topic: 'tx', value: 'b', partition: 0 }, { type: 'commitTransaction', producer: 'tp' },
    late(0), { type: 'advanceTime', ms: 1000 }] },
  { kafkaVersion: '3.9', commands: [...lateSetup, { type: 'commitTransaction', producer: 'tp' }, late(0), { type: 'advanceTime', ms: 1000 }, late(1),
    { type: 'beginTransaction', producer: 'tp' }, { type: 'produce', producer: 'tp', topic: 'tx', value: 'b', partition: 0 }, late(0),
    { type: 'commitTransaction', producer: 'tp' }, { type: 'advanceTime', ms: 1000 }] },
  { kafkaVersion: '2.8', commands: [...lateSetup, { type: 'commitTransaction', producer: 'tp' }, { type: 'advanceTime', ms: 1000 }, late(0),
    { type: 'adminAbortTransaction', topic: 'tx', partition: 0, startOffset: 2 }] },
];

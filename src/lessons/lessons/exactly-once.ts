import type { Command } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

// Exactly once, and where (KIP-98, KIP-447). First the producer alone: a retry without idempotence
// writes a copy, idempotence drops it (the producer-retries lesson tells it at length). Then a
// consume-transform-produce loop: billing reads orders and writes invoices plus its input offsets in
// one transaction (sendOffsetsToTransaction). It crashes before the commit (the next instance's
// initTransactions aborts the open transaction: an abort marker), redoes the work and commits (a
// commit marker), crashes after the commit (nothing to redo), and a frozen instance wakes up as a
// zombie and is fenced (INVALID_PRODUCER_EPOCH). A read_uncommitted and a read_committed reader of
// invoices show what each sees; read_committed stops at the last stable offset while it is open.

const REQUEST_TIMEOUT_MS = 30_000;
const TX_ID = 'billing-tx';
const ORDERS = ['o1', 'o2', 'o3'];

function pay(producer: string, n: number): Command {
  return { type: 'produce', producer, topic: 'payments', key: `p${n}`, value: `payment-${n}` };
}

/** One turn of the loop's writing half: begin, an invoice per order, the input offsets, in one transaction. */
function invoices(producer: string): Command[] {
  return [
    { type: 'beginTransaction', producer },
    ...ORDERS.map((o): Command => ({ type: 'produce', producer, topic: 'invoices', key: o, value: `invoice-${o}` })),
    { type: 'sendOffsetsToTransaction', producer, group: 'billing', offsets: [{ topic: 'orders', partition: 0, offset: ORDERS.length }] },
  ];
}

const readersPoll: Command[] = [{ type: 'poll', consumer: 'audit-ru' }, { type: 'poll', consumer: 'audit-rc' }];

export const lesson: Lesson = {
  id: 'exactly-once',
  title: 'lesson.exactly-once.title',
  summary: 'lesson.exactly-once.summary',
  seed: 27,
  teaches: 'current',
  steps: [
    {
      commands: [
        { type: 'createTopic', topic: 'payments', partitions: 1 },
        { type: 'addProducer', producer: 'pay-v1', acks: 'all', enableIdempotence: false },
        { type: 'loseNextAck', producer: 'pay-v1' },
        pay('pay-v1', 1),
      ],
      narration: 'lesson.exactly-once.step1',
    },
    {
      commands: [{ type: 'advanceTime', ms: REQUEST_TIMEOUT_MS + 1_000 }],
      narration: 'lesson.exactly-once.step2',
      predict: { kind: 'offsetsOfKey', topic: 'payments', partition: 0, key: 'p1', question: 'lesson.exactly-once.step2.question' },
    },
    {
      commands: [
        { type: 'addProducer', producer: 'pay-v2' },
        { type: 'loseNextAck', producer: 'pay-v2' },
        pay('pay-v2', 2),
        { type: 'advanceTime', ms: REQUEST_TIMEOUT_MS + 1_000 },
      ],
      narration: 'lesson.exactly-once.step3',
    },
    {
      commands: [
        { type: 'createTopic', topic: 'orders', partitions: 1 },
        { type: 'createTopic', topic: 'invoices', partitions: 1 },
        { type: 'addProducer', producer: 'shop' },
        ...ORDERS.map((o): Command => ({ type: 'produce', producer: 'shop', topic: 'orders', key: o, value: `order-${o}` })),
        { type: 'addConsumer', consumer: 'billing', group: 'billing', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false, isolationLevel: 'read_committed' },
        { type: 'addProducer', producer: 'billing-1', transactionalId: TX_ID },
        { type: 'initTransactions', producer: 'billing-1' },
      ],
      narration: 'lesson.exactly-once.step4',
    },
    {
      commands: [
        { type: 'poll', consumer: 'billing' },
        ...invoices('billing-1'),
        { type: 'addConsumer', consumer: 'audit-ru', group: 'audit-ru', topics: ['invoices'], autoOffsetReset: 'earliest' },
        { type: 'addConsumer', consumer: 'audit-rc', group: 'audit-rc', topics: ['invoices'], autoOffsetReset: 'earliest', isolationLevel: 'read_committed' },
        ...readersPoll,
      ],
      narration: 'lesson.exactly-once.step5',
      predict: { kind: 'positionAfter', consumer: 'audit-rc', topic: 'invoices', partition: 0, question: 'lesson.exactly-once.step5.question' },
      console: 'kafka-transactions.sh --bootstrap-server localhost:9092 describe --transactional-id billing-tx',
    },
    {
      // The process dies before commitTransaction; its replacement starts with the same transactional.id.
      commands: [
        { type: 'crashConsumer', consumer: 'billing' },
        { type: 'addProducer', producer: 'billing-2', transactionalId: TX_ID },
        { type: 'initTransactions', producer: 'billing-2' },
      ],
      narration: 'lesson.exactly-once.step6',
    },
    {
      commands: readersPoll,
      narration: 'lesson.exactly-once.step7',
      predict: { kind: 'positionAfter', consumer: 'audit-rc', topic: 'invoices', partition: 0, question: 'lesson.exactly-once.step7.question' },
    },
    {
      commands: [
        { type: 'restartConsumer', consumer: 'billing' },
        { type: 'poll', consumer: 'billing' },
        ...invoices('billing-2'),
        { type: 'commitTransaction', producer: 'billing-2' },
        // The coordinator writes the markers within a second of model time.
        { type: 'advanceTime', ms: 1_000 },
      ],
      // No question here: offsetsOfKey's wrong answers stand for retry misconceptions (lessons/misconceptions.ts).
      narration: 'lesson.exactly-once.step8',
    },
    {
      commands: readersPoll,
      narration: 'lesson.exactly-once.step9',
      predict: { kind: 'firstOffsetRead', consumer: 'audit-rc', topic: 'invoices', partition: 0, question: 'lesson.exactly-once.step9.question' },
    },
    {
      // Now it dies after the commit; billing-2's process is frozen, not dead, and billing-3 takes over.
      commands: [
        { type: 'crashConsumer', consumer: 'billing' },
        { type: 'addProducer', producer: 'billing-3', transactionalId: TX_ID },
        { type: 'initTransactions', producer: 'billing-3' },
        { type: 'restartConsumer', consumer: 'billing' },
        { type: 'poll', consumer: 'billing' },
      ],
      narration: 'lesson.exactly-once.step10',
      predict: { kind: 'positionAfter', consumer: 'billing', topic: 'orders', partition: 0, question: 'lesson.exactly-once.step10.question' },
    },
    {
      commands: [
        { type: 'beginTransaction', producer: 'billing-2' },
        { type: 'produce', producer: 'billing-2', topic: 'invoices', key: 'o1', value: 'invoice-o1' },
      ],
      narration: 'lesson.exactly-once.step11',
      predict: { kind: 'sendOutcome', producer: 'billing-2', topic: 'invoices', value: 'invoice-o1', question: 'lesson.exactly-once.step11.question' },
    },
    {
      commands: [],
      narration: 'lesson.exactly-once.step12',
      console: 'kafka-transactions.sh --bootstrap-server localhost:9092 list',
    },
  ],
};

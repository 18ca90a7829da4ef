import type { Command } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

// Lesson 9: brokers and replicas. Three brokers; topic orders has one partition with three replicas.
// Seed 9 places them on brokers [2, 3, 1]: broker 2 leads, 3 and 1 follow. Followers fetch on a
// 500 ms grid, never in the step that produced, and the leader learns how far they got at their
// next fetch, so the high watermark trails the copies by one round. Broker 1 is then cut off: it
// stays in the ISR (it was caught up) and holds the high watermark back until
// replica.lag.time.max.ms (30 s) drops it; reconnected, it catches up and rejoins.
// The producer uses acks=1 so no send waits on the cut-off follower (acks is lesson 11).

const order = (n: number): Command => ({ type: 'produce', producer: 'shop', topic: 'orders', value: `order-${n}` });

export const lesson: Lesson = {
  id: 'brokers',
  title: 'lesson.brokers.title',
  summary: 'lesson.brokers.summary',
  seed: 9,
  teaches: 'current',
  clusterView: 'brokers',
  steps: [
    {
      commands: [
        { type: 'addBroker', broker: 2 },
        { type: 'addBroker', broker: 3 },
        { type: 'createTopic', topic: 'orders', partitions: 1, replicationFactor: 3 },
        { type: 'addProducer', producer: 'shop', acks: 1 },
        { type: 'addConsumer', consumer: 'reader', group: 'billing', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false },
      ],
      narration: 'lesson.brokers.step1',
    },
    {
      commands: [order(1), order(2), order(3)],
      narration: 'lesson.brokers.step2',
      predict: { kind: 'highWatermarkAfter', topic: 'orders', partition: 0, question: 'lesson.brokers.step2.question' },
      yourTurn: true,
    },
    {
      commands: [{ type: 'poll', consumer: 'reader' }],
      narration: 'lesson.brokers.step3',
    },
    {
      commands: [{ type: 'advanceTime', ms: 500 }],
      narration: 'lesson.brokers.step4',
    },
    {
      commands: [{ type: 'advanceTime', ms: 500 }, { type: 'poll', consumer: 'reader' }],
      narration: 'lesson.brokers.step5',
    },
    {
      commands: [{ type: 'isolateBroker', broker: 1 }, order(4), order(5), { type: 'advanceTime', ms: 1000 }],
      narration: 'lesson.brokers.step6',
      predict: { kind: 'isrAfter', topic: 'orders', partition: 0, question: 'lesson.brokers.step6.question' },
      yourTurn: true,
    },
    {
      commands: [{ type: 'advanceTime', ms: 30_000 }],
      narration: 'lesson.brokers.step7',
      predict: { kind: 'highWatermarkAfter', topic: 'orders', partition: 0, question: 'lesson.brokers.step7.question' },
    },
    {
      commands: [{ type: 'poll', consumer: 'reader' }],
      narration: 'lesson.brokers.step8',
    },
    {
      commands: [{ type: 'reconnectBroker', broker: 1 }, { type: 'advanceTime', ms: 1000 }],
      narration: 'lesson.brokers.step9',
    },
    { commands: [], narration: 'lesson.brokers.step10' },
  ],
};

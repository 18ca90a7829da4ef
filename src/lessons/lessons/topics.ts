import type { Lesson } from '../types.ts';

// Lesson 2: producers publish to a named topic, consumers subscribe to it, and separate topics
// keep messages of different purposes apart. One partition per topic: partitions come next.
export const lesson: Lesson = {
  id: 'topics',
  title: 'lesson.topics.title',
  summary: 'lesson.topics.summary',
  seed: 2,
  teaches: 'post',
  steps: [
    {
      commands: [
        { type: 'createTopic', topic: 'orders', partitions: 1 },
        { type: 'addProducer', producer: 'order-service', partitioner: 'legacy-default' },
      ],
      narration: 'lesson.topics.step1',
    },
    {
      commands: [
        { type: 'produce', producer: 'order-service', topic: 'orders', value: 'order-1001' },
        { type: 'produce', producer: 'order-service', topic: 'orders', value: 'order-1002' },
        { type: 'produce', producer: 'order-service', topic: 'orders', value: 'order-1003' },
      ],
      narration: 'lesson.topics.step2',
    },
    {
      commands: [
        { type: 'addConsumer', consumer: 'shipping', group: 'shipping', topics: ['orders'], autoOffsetReset: 'earliest' },
        { type: 'poll', consumer: 'shipping' },
      ],
      narration: 'lesson.topics.step3',
    },
    {
      commands: [
        { type: 'createTopic', topic: 'payments', partitions: 1 },
        { type: 'addProducer', producer: 'payment-service', partitioner: 'legacy-default' },
        { type: 'produce', producer: 'payment-service', topic: 'payments', value: 'paid-1001' },
        { type: 'produce', producer: 'payment-service', topic: 'payments', value: 'paid-1002' },
      ],
      narration: 'lesson.topics.step4',
    },
    {
      commands: [
        { type: 'addConsumer', consumer: 'billing', group: 'billing', topics: ['payments'], autoOffsetReset: 'earliest' },
        { type: 'poll', consumer: 'billing' },
      ],
      narration: 'lesson.topics.step5',
    },
    {
      commands: [
        { type: 'produce', producer: 'order-service', topic: 'orders', value: 'order-1004' },
        { type: 'produce', producer: 'payment-service', topic: 'payments', value: 'paid-1003' },
        { type: 'poll', consumer: 'shipping' },
        { type: 'poll', consumer: 'billing' },
      ],
      narration: 'lesson.topics.step6',
    },
    {
      commands: [
        { type: 'addConsumer', consumer: 'analytics', group: 'analytics', topics: ['orders', 'payments'], autoOffsetReset: 'earliest' },
        { type: 'poll', consumer: 'analytics' },
      ],
      narration: 'lesson.topics.step7',
    },
    { commands: [], narration: 'lesson.topics.step8' },
  ],
};

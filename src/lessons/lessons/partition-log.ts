import type { Lesson } from '../types.ts';

// Lesson 3: a partition is an append-only log. Offsets count up from 0, a consumer reads oldest
// first, reading deletes nothing, and a second group reads the same records again.
export const lesson: Lesson = {
  id: 'partition-log',
  title: 'lesson.partition-log.title',
  summary: 'lesson.partition-log.summary',
  seed: 3,
  teaches: 'post',
  steps: [
    {
      commands: [
        { type: 'createTopic', topic: 'events', partitions: 1 },
        { type: 'addProducer', producer: 'app', partitioner: 'legacy-default' },
      ],
      narration: 'lesson.partition-log.step1',
    },
    {
      commands: [{ type: 'produce', producer: 'app', topic: 'events', value: 'signup' }],
      narration: 'lesson.partition-log.step2',
    },
    {
      commands: [
        { type: 'produce', producer: 'app', topic: 'events', value: 'login' },
        { type: 'produce', producer: 'app', topic: 'events', value: 'add-to-cart' },
        { type: 'produce', producer: 'app', topic: 'events', value: 'checkout' },
      ],
      narration: 'lesson.partition-log.step3',
    },
    {
      commands: [
        { type: 'addConsumer', consumer: 'reader-a1', group: 'reader-a', topics: ['events'], autoOffsetReset: 'earliest' },
        { type: 'poll', consumer: 'reader-a1', maxRecords: 2 },
      ],
      narration: 'lesson.partition-log.step4',
      predict: { kind: 'positionAfter', consumer: 'reader-a1', topic: 'events', partition: 0, question: 'lesson.partition-log.step4.question' },
    },
    {
      commands: [{ type: 'poll', consumer: 'reader-a1' }],
      narration: 'lesson.partition-log.step5',
    },
    {
      commands: [
        { type: 'produce', producer: 'app', topic: 'events', value: 'logout' },
        { type: 'poll', consumer: 'reader-a1' },
      ],
      narration: 'lesson.partition-log.step6',
    },
    {
      commands: [
        { type: 'addConsumer', consumer: 'reader-b1', group: 'reader-b', topics: ['events'], autoOffsetReset: 'earliest' },
        { type: 'poll', consumer: 'reader-b1' },
      ],
      narration: 'lesson.partition-log.step7',
      predict: { kind: 'positionAfter', consumer: 'reader-b1', topic: 'events', partition: 0, question: 'lesson.partition-log.step7.question' },
    },
    { commands: [], narration: 'lesson.partition-log.step8' },
  ],
};

import type { Command } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

// Lesson 7: partitions are the unit of parallelism. Members join a range-assigned group one by one
// on a 4-partition topic; a 5th member sits idle; growing the topic to 6 partitions rebalances the
// group and moves some keys (lee 0->2, kim 1->5, park 3->5; jung stays on 2) while their old
// records stay where they were written. Kafka refuses to shrink a topic.

function order(key: string, value: string): Command {
  return { type: 'produce', producer: 'shop', topic: 'orders', key, value };
}

/** A member subscribes and polls: it joins the group in that first poll. */
function member(consumer: string): Command[] {
  return [{ type: 'addConsumer', consumer, group: 'order-app', topics: ['orders'], autoOffsetReset: 'earliest' }, { type: 'poll', consumer }];
}

export const lesson: Lesson = {
  id: 'scaling',
  title: 'lesson.scaling.title',
  summary: 'lesson.scaling.summary',
  seed: 7,
  teaches: 'post',
  steps: [
    {
      commands: [
        { type: 'createTopic', topic: 'orders', partitions: 4 },
        { type: 'addProducer', producer: 'shop', partitioner: 'legacy-default' },
        order('lee', 'order-1'), order('kim', 'order-2'), order('jung', 'order-3'), order('park', 'order-4'),
        order('kim', 'order-5'), order('lee', 'order-6'),
        ...member('c1'),
      ],
      narration: 'lesson.scaling.step1',
    },
    {
      commands: member('c2'),
      narration: 'lesson.scaling.step2',
      predict: { kind: 'ownerAfter', group: 'order-app', topic: 'orders', partition: 3, question: 'lesson.scaling.step2.question' },
    },
    {
      commands: member('c3'),
      narration: 'lesson.scaling.step3',
      predict: { kind: 'ownerAfter', group: 'order-app', topic: 'orders', partition: 1, question: 'lesson.scaling.step3.question' },
      yourTurn: true,
    },
    {
      commands: member('c4'),
      narration: 'lesson.scaling.step4',
    },
    {
      commands: member('c5'),
      narration: 'lesson.scaling.step5',
      predict: { kind: 'ownerAfter', group: 'order-app', topic: 'orders', partition: 3, question: 'lesson.scaling.step5.question' },
    },
    {
      commands: [{ type: 'alterPartitions', topic: 'orders', partitions: 6 }],
      narration: 'lesson.scaling.step6',
      predict: { kind: 'ownerAfter', group: 'order-app', topic: 'orders', partition: 5, question: 'lesson.scaling.step6.question' },
    },
    {
      commands: [order('kim', 'order-7')],
      narration: 'lesson.scaling.step7',
      predict: { kind: 'nextRecordPartition', topic: 'orders', question: 'lesson.scaling.step7.question' },
      yourTurn: true,
    },
    {
      commands: [order('jung', 'order-8'), order('lee', 'order-9')],
      narration: 'lesson.scaling.step8',
    },
    { commands: [], narration: 'lesson.scaling.step9' },
  ],
};

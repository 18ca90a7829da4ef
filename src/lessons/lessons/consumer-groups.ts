import type { Command } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

// Lesson 5: groups read the same partition independently, each with its own committed offset.
// auto.offset.reset only decides where a group with no committed offset starts: earliest at the
// log start, latest (Kafka's default) at the log end.

function click(n: number): Command {
  return { type: 'produce', producer: 'web', topic: 'clicks', value: `click-${n}` };
}

export const lesson: Lesson = {
  id: 'consumer-groups',
  title: 'lesson.consumer-groups.title',
  summary: 'lesson.consumer-groups.summary',
  seed: 5,
  teaches: 'post',
  steps: [
    {
      commands: [
        { type: 'createTopic', topic: 'clicks', partitions: 1 },
        { type: 'addProducer', producer: 'web', partitioner: 'legacy-default' },
        click(1), click(2), click(3), click(4),
      ],
      narration: 'lesson.consumer-groups.step1',
    },
    {
      commands: [
        { type: 'addConsumer', consumer: 'stats-1', group: 'stats', topics: ['clicks'], autoOffsetReset: 'earliest' },
        { type: 'poll', consumer: 'stats-1' },
        { type: 'commit', consumer: 'stats-1' },
      ],
      narration: 'lesson.consumer-groups.step2',
    },
    {
      commands: [
        { type: 'addConsumer', consumer: 'audit-1', group: 'audit', topics: ['clicks'], autoOffsetReset: 'earliest' },
        { type: 'poll', consumer: 'audit-1', maxRecords: 2 },
        { type: 'commit', consumer: 'audit-1' },
      ],
      narration: 'lesson.consumer-groups.step3',
    },
    {
      commands: [
        click(5), click(6),
        { type: 'poll', consumer: 'stats-1' },
        { type: 'commit', consumer: 'stats-1' },
      ],
      narration: 'lesson.consumer-groups.step4',
      console: 'kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group audit',
    },
    {
      commands: [{ type: 'addConsumer', consumer: 'alerts-1', group: 'alerts', topics: ['clicks'], autoOffsetReset: 'latest' }, { type: 'poll', consumer: 'alerts-1' }],
      narration: 'lesson.consumer-groups.step5',
      predict: { kind: 'firstOffsetRead', consumer: 'alerts-1', topic: 'clicks', partition: 0, question: 'lesson.consumer-groups.step5.question' },
      yourTurn: true,
    },
    {
      commands: [{ type: 'addConsumer', consumer: 'replay-1', group: 'replay', topics: ['clicks'], autoOffsetReset: 'earliest' }, { type: 'poll', consumer: 'replay-1' }],
      narration: 'lesson.consumer-groups.step6',
      predict: { kind: 'firstOffsetRead', consumer: 'replay-1', topic: 'clicks', partition: 0, question: 'lesson.consumer-groups.step6.question' },
    },
    {
      commands: [
        click(7),
        { type: 'poll', consumer: 'alerts-1' },
        { type: 'poll', consumer: 'replay-1' },
      ],
      narration: 'lesson.consumer-groups.step7',
    },
    { commands: [], narration: 'lesson.consumer-groups.step8' },
    {
      commands: [
        { type: 'removeConsumer', consumer: 'audit-1' },
        { type: 'addConsumer', consumer: 'audit-2', group: 'audit', topics: ['clicks'], autoOffsetReset: 'latest' },
        { type: 'poll', consumer: 'audit-2' },
      ],
      narration: 'lesson.consumer-groups.step9',
      predict: { kind: 'firstOffsetRead', consumer: 'audit-2', topic: 'clicks', partition: 0, question: 'lesson.consumer-groups.step9.question' },
    },
    { commands: [], narration: 'lesson.consumer-groups.step10' },
  ],
};

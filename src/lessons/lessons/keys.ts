import type { Command } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

// Lesson 6: a key decides the partition: (murmur2(utf8(key)) & 0x7fffffff) % partitions, so the
// same key always lands on the same partition. On 3 partitions alice -> 0, dave -> 1, carol -> 2,
// and bob -> 0 as well. Keyless records follow the producer's partitioner: the DefaultPartitioner of
// Kafka 2.3 and earlier first (keyless records rotate, as the post describes),
// then the uniform sticky partitioner of Kafka 3.3+ with a small batch.size.

function send(producer: string, value: string, key?: string): Command {
  return key === undefined
    ? { type: 'produce', producer, topic: 'orders', value }
    : { type: 'produce', producer, topic: 'orders', key, value };
}

export const lesson: Lesson = {
  id: 'keys',
  title: 'lesson.keys.title',
  summary: 'lesson.keys.summary',
  seed: 6,
  teaches: 'post',
  steps: [
    {
      commands: [
        { type: 'createTopic', topic: 'orders', partitions: 3 },
        { type: 'addProducer', producer: 'shop', partitioner: 'legacy-default' },
      ],
      narration: 'lesson.keys.step1',
    },
    {
      commands: [send('shop', 'cart', 'alice')],
      narration: 'lesson.keys.step2',
    },
    {
      commands: [send('shop', 'cart', 'dave'), send('shop', 'cart', 'carol')],
      narration: 'lesson.keys.step3',
    },
    {
      commands: [send('shop', 'pay', 'alice')],
      narration: 'lesson.keys.step4',
      predict: { kind: 'nextRecordPartition', topic: 'orders', question: 'lesson.keys.step4.question' },
      yourTurn: true,
    },
    {
      commands: [send('shop', 'cart', 'bob'), send('shop', 'ship', 'alice')],
      narration: 'lesson.keys.step5',
    },
    {
      commands: [send('shop', 'visit'), send('shop', 'visit')],
      narration: 'lesson.keys.step6',
    },
    {
      commands: [send('shop', 'visit')],
      narration: 'lesson.keys.step7',
      predict: { kind: 'nextRecordPartition', topic: 'orders', question: 'lesson.keys.step7.question' },
    },
    {
      commands: [
        { type: 'addProducer', producer: 'tracker', partitioner: 'uniform-sticky', batchBytes: 200 },
        ...Array.from({ length: 6 }, () => send('tracker', 'click')),
      ],
      narration: 'lesson.keys.step8',
    },
    { commands: [], narration: 'lesson.keys.step9' },
    {
      commands: [send('tracker', 'refund', 'alice')],
      narration: 'lesson.keys.step10',
      predict: { kind: 'nextRecordPartition', topic: 'orders', question: 'lesson.keys.step10.question' },
    },
  ],
};

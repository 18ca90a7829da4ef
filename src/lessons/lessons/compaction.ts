import { recordSizeInBytes, type Command } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

// Log compaction (Kafka's LogCleaner, src/engine/log/cleaner.ts): the cleaner keeps the latest
// record of each key, offsets never change, the active segment is never cleaned, a log is cleaned
// only when its dirty ratio is above min.cleanable.dirty.ratio (0.5), and a tombstone stays for
// delete.retention.ms (1 day) after the cleaning that first kept it. Every key has 3 characters and
// every value 5, so all records have one size and segment.bytes = 3 records (scaled down from
// Kafka's 1 MiB minimum) makes each segment hold three. The cleaner looks every 15 s of model time.

const RECORD_BYTES = recordSizeInBytes('kim', 'seoul');
const SEGMENT_BYTES = 3 * RECORD_BYTES;
/** log.cleaner.backoff.ms: one cleaner pass. */
const CLEANER_PASS_MS = 15_000;
/** delete.retention.ms (1 day, the default). */
const DELETE_RETENTION_MS = 86_400_000;

function put(key: string, value: string | null): Command {
  return { type: 'produce', producer: 'app', topic: 'profiles', key, value };
}

const pass: Command = { type: 'advanceTime', ms: CLEANER_PASS_MS };

export const lesson: Lesson = {
  id: 'compaction',
  title: 'lesson.compaction.title',
  summary: 'lesson.compaction.summary',
  seed: 15,
  teaches: 'current',
  steps: [
    {
      commands: [
        { type: 'createTopic', topic: 'profiles', partitions: 1, cleanupPolicy: 'compact', segmentBytes: SEGMENT_BYTES },
        { type: 'addProducer', producer: 'app' },
        { type: 'addConsumer', consumer: 'cache', group: 'cache', topics: ['profiles'], autoOffsetReset: 'earliest', enableAutoCommit: false },
      ],
      narration: 'lesson.compaction.step1',
    },
    {
      commands: [put('kim', 'seoul'), put('lee', 'busan'), put('kim', 'daegu'), put('cho', 'ulsan'), put('kim', 'suwon'), put('lee', 'seoul'), put('yoo', 'daegu')],
      narration: 'lesson.compaction.step2',
    },
    {
      commands: [pass],
      narration: 'lesson.compaction.step3',
      predict: { kind: 'keptOffsetsOfKey', topic: 'profiles', partition: 0, key: 'kim', question: 'lesson.compaction.step3.question' },
    },
    {
      commands: [{ type: 'poll', consumer: 'cache' }, { type: 'commit', consumer: 'cache' }],
      narration: 'lesson.compaction.step4',
    },
    {
      commands: [put('kim', 'busan'), put('lee', 'yeosu'), pass],
      narration: 'lesson.compaction.step5',
    },
    {
      commands: [put('yoo', 'mokpo'), pass],
      narration: 'lesson.compaction.step6',
      predict: { kind: 'keptOffsetsOfKey', topic: 'profiles', partition: 0, key: 'kim', question: 'lesson.compaction.step6.question' },
    },
    {
      commands: [put('cho', null), put('kim', 'jinju'), put('lee', 'mokpo')],
      narration: 'lesson.compaction.step7',
    },
    {
      commands: [pass],
      narration: 'lesson.compaction.step8',
      predict: { kind: 'keptOffsetsOfKey', topic: 'profiles', partition: 0, key: 'cho', question: 'lesson.compaction.step8.question' },
    },
    {
      commands: [{ type: 'advanceTime', ms: DELETE_RETENTION_MS }],
      narration: 'lesson.compaction.step9',
    },
    {
      commands: [put('kim', 'seoul'), put('lee', 'busan'), put('yoo', 'ulsan'), put('kim', 'yeosu'), put('lee', 'daegu'), put('yoo', 'suwon'), pass],
      narration: 'lesson.compaction.step10',
      predict: { kind: 'keptOffsetsOfKey', topic: 'profiles', partition: 0, key: 'cho', question: 'lesson.compaction.step10.question' },
    },
    {
      commands: [{ type: 'poll', consumer: 'cache' }],
      narration: 'lesson.compaction.step11',
      predict: { kind: 'firstOffsetRead', consumer: 'cache', topic: 'profiles', partition: 0, question: 'lesson.compaction.step11.question' },
    },
    { commands: [], narration: 'lesson.compaction.step12' },
  ],
};

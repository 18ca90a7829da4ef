import { recordSizeInBytes, type Command } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

// Lesson 8: retention deletes whole segments, never single records. Every record here is keyless
// with a 6-character value, so all have the same size and segment.bytes = 3 records makes each
// segment hold exactly three. Timeline (retention checks every 10 s):
//   t=0 s offsets 0-2, t=30 s offsets 3-5, t=60 s offsets 6-8; retention.ms = 60 s, so the first
//   segment goes at the 70 s check. A consumer stalled at offset 2 is then out of range and
//   auto.offset.reset=earliest moves it to the new log start. Then retention.bytes on a second topic.

const RECORD_BYTES = recordSizeInBytes(undefined, 'log-01');
const SEGMENT_BYTES = 3 * RECORD_BYTES;
const CHECK_INTERVAL_MS = 10_000;

function line(topic: string, from: number, count: number): Command[] {
  return Array.from({ length: count }, (_, i) => ({
    type: 'produce' as const, producer: 'app', topic, value: `log-${String(from + i).padStart(2, '0')}`,
  }));
}

export const lesson: Lesson = {
  id: 'retention',
  title: 'lesson.retention.title',
  summary: 'lesson.retention.summary',
  seed: 8,
  teaches: 'post',
  steps: [
    {
      commands: [
        { type: 'configureBroker', retentionCheckIntervalMs: CHECK_INTERVAL_MS },
        { type: 'createTopic', topic: 'logs', partitions: 1, segmentBytes: SEGMENT_BYTES, retentionMs: 60_000 },
        { type: 'addProducer', producer: 'app', partitioner: 'legacy-default' },
      ],
      narration: 'lesson.retention.step1',
    },
    {
      commands: line('logs', 0, 3),
      narration: 'lesson.retention.step2',
    },
    {
      commands: [{ type: 'advanceTime', ms: 30_000 }, ...line('logs', 3, 3)],
      narration: 'lesson.retention.step3',
    },
    {
      commands: [
        { type: 'addConsumer', consumer: 'reporter', group: 'report', topics: ['logs'], autoOffsetReset: 'earliest', enableAutoCommit: false },
        { type: 'poll', consumer: 'reporter', maxRecords: 2 },
      ],
      narration: 'lesson.retention.step4',
    },
    {
      commands: [{ type: 'advanceTime', ms: 30_000 }, ...line('logs', 6, 3)],
      narration: 'lesson.retention.step5',
    },
    {
      commands: [{ type: 'advanceTime', ms: 20_000 }],
      narration: 'lesson.retention.step6',
    },
    {
      commands: line('logs', 9, 1),
      narration: 'lesson.retention.step7',
    },
    {
      commands: [{ type: 'poll', consumer: 'reporter', maxRecords: 1 }],
      narration: 'lesson.retention.step8',
      predict: { kind: 'positionAfter', consumer: 'reporter', topic: 'logs', partition: 0, question: 'lesson.retention.step8.question' },
      yourTurn: true,
    },
    {
      commands: [
        { type: 'createTopic', topic: 'metrics', partitions: 1, segmentBytes: SEGMENT_BYTES, retentionMs: -1, retentionBytes: 2 * SEGMENT_BYTES },
        ...line('metrics', 0, 9),
      ],
      narration: 'lesson.retention.step9',
    },
    {
      commands: [{ type: 'advanceTime', ms: CHECK_INTERVAL_MS }],
      narration: 'lesson.retention.step10',
      // Your turn (issue 21): which segments the size limit deletes. Not step 6, which the demo article's widget opens on.
      predict: { kind: 'logStartAfter', topic: 'metrics', partition: 0, question: 'lesson.retention.step10.question' },
      yourTurn: true,
    },
    { commands: [], narration: 'lesson.retention.step11' },
  ],
};

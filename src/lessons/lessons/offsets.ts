import type { Command } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

// Lesson 4: the committed offset is the next offset the group reads. worker-1 reads, commits,
// reads more without committing, then crashes; after session.timeout.ms worker-2 takes over from
// the committed offset and gets the processed-but-uncommitted records again (at-least-once).
// Auto-commit is off so every commit is a step the class sees.

const SESSION_TIMEOUT_MS = 10_000;

const orders: Command[] = [1, 2, 3, 4, 5, 6].map((n) => ({ type: 'produce', producer: 'shop', topic: 'orders', value: `order-${n}` }));

function worker(consumer: string): Command {
  return { type: 'addConsumer', consumer, group: 'billing', topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false, sessionTimeoutMs: SESSION_TIMEOUT_MS };
}

export const lesson: Lesson = {
  id: 'offsets',
  title: 'lesson.offsets.title',
  summary: 'lesson.offsets.summary',
  seed: 4,
  teaches: 'post',
  steps: [
    {
      commands: [
        { type: 'createTopic', topic: 'orders', partitions: 1 },
        { type: 'addProducer', producer: 'shop', partitioner: 'legacy-default' },
        // Both workers join (in their first poll) before the orders arrive, so joining reads nothing
        // and worker-2's join does not reset a position worker-1 has not committed.
        worker('worker-1'), { type: 'poll', consumer: 'worker-1' },
        worker('worker-2'), { type: 'poll', consumer: 'worker-2' },
        ...orders,
      ],
      narration: 'lesson.offsets.step1',
    },
    {
      commands: [],
      narration: 'lesson.offsets.step2',
    },
    {
      commands: [{ type: 'poll', consumer: 'worker-1', maxRecords: 3 }],
      narration: 'lesson.offsets.step3',
    },
    {
      commands: [{ type: 'commit', consumer: 'worker-1' }],
      narration: 'lesson.offsets.step4',
    },
    {
      commands: [{ type: 'poll', consumer: 'worker-1', maxRecords: 2 }],
      narration: 'lesson.offsets.step5',
      console: 'kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group billing',
    },
    {
      commands: [{ type: 'crashConsumer', consumer: 'worker-1' }],
      narration: 'lesson.offsets.step6',
      predict: { kind: 'ownerAfter', group: 'billing', topic: 'orders', partition: 0, question: 'lesson.offsets.step6.question' },
    },
    {
      commands: [{ type: 'advanceTime', ms: SESSION_TIMEOUT_MS + 5_000 }],
      narration: 'lesson.offsets.step7',
      predict: { kind: 'positionAfter', consumer: 'worker-2', topic: 'orders', partition: 0, question: 'lesson.offsets.step7.question' },
      yourTurn: true,
    },
    {
      commands: [{ type: 'poll', consumer: 'worker-2' }],
      narration: 'lesson.offsets.step8',
    },
    {
      commands: [{ type: 'commit', consumer: 'worker-2' }],
      narration: 'lesson.offsets.step9',
    },
    { commands: [], narration: 'lesson.offsets.step10' },
  ],
};

import type { Command } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

// The producer learns whether a send succeeded, and retries when it cannot tell. One partition,
// one broker: a lost acknowledgement makes pay-v1 (enable.idempotence=false, acks=all) retry after
// request.timeout.ms (30 s) and write p2 a second time, after p3; pay-v2 (the defaults since Kafka
// 3.0: acks=all, idempotence on) retries the same way and the leader drops the copy by its
// sequence number, so p5 stays once and in order.

const REQUEST_TIMEOUT_MS = 30_000;

function pay(producer: string, n: number): Command {
  return { type: 'produce', producer, topic: 'payments', key: `p${n}`, value: `payment-${n}` };
}

export const lesson: Lesson = {
  id: 'producer-retries',
  title: 'lesson.producer-retries.title',
  summary: 'lesson.producer-retries.summary',
  seed: 9,
  teaches: 'current',
  steps: [
    {
      commands: [
        { type: 'createTopic', topic: 'payments', partitions: 1 },
        { type: 'addProducer', producer: 'pay-v1', acks: 'all', enableIdempotence: false },
        pay('pay-v1', 1),
      ],
      narration: 'lesson.producer-retries.step1',
    },
    {
      commands: [{ type: 'loseNextAck', producer: 'pay-v1' }, pay('pay-v1', 2)],
      narration: 'lesson.producer-retries.step2',
    },
    {
      commands: [pay('pay-v1', 3)],
      narration: 'lesson.producer-retries.step3',
    },
    {
      commands: [{ type: 'advanceTime', ms: REQUEST_TIMEOUT_MS + 1_000 }],
      narration: 'lesson.producer-retries.step4',
      predict: { kind: 'offsetsOfKey', topic: 'payments', partition: 0, key: 'p2', question: 'lesson.producer-retries.step4.question' },
    },
    { commands: [], narration: 'lesson.producer-retries.step5' },
    {
      commands: [{ type: 'addProducer', producer: 'pay-v2' }, pay('pay-v2', 4)],
      narration: 'lesson.producer-retries.step6',
    },
    {
      commands: [{ type: 'loseNextAck', producer: 'pay-v2' }, pay('pay-v2', 5), pay('pay-v2', 6)],
      narration: 'lesson.producer-retries.step7',
    },
    {
      commands: [{ type: 'advanceTime', ms: REQUEST_TIMEOUT_MS + 1_000 }],
      narration: 'lesson.producer-retries.step8',
      predict: { kind: 'offsetsOfKey', topic: 'payments', partition: 0, key: 'p5', question: 'lesson.producer-retries.step8.question' },
    },
    { commands: [], narration: 'lesson.producer-retries.step9' },
  ],
};

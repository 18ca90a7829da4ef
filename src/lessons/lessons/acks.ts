import type { Command } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

// Lesson 11: acks and min.insync.replicas. Seed 9 places orders on brokers [2, 3, 1]. Three
// producers: fire (acks=0), fast (acks=1), safe (acks=all, Kafka's default). The same crash, a
// leader going down right after an append and before any follower fetched, loses fast's
// acknowledged order-4 and not safe's order-5 (unanswered, retried to the new leader). With broker 1
// down too the ISR is broker 2 alone: min.insync.replicas=2 refuses safe's order-6 with
// NOT_ENOUGH_REPLICAS; lowered to 1, the retry is acknowledged with a single copy, and an unclean
// election (turned on for this topic in step 1) loses it when broker 2 crashes.

const send = (producer: string, value: string): Command => ({ type: 'produce', producer, topic: 'orders', value });

export const lesson: Lesson = {
  id: 'acks',
  title: 'lesson.acks.title',
  summary: 'lesson.acks.summary',
  seed: 9,
  teaches: 'current',
  clusterView: 'brokers',
  steps: [
    {
      commands: [
        { type: 'addBroker', broker: 2 },
        { type: 'addBroker', broker: 3 },
        { type: 'createTopic', topic: 'orders', partitions: 1, replicationFactor: 3, minInsyncReplicas: 2, uncleanLeaderElection: true },
        { type: 'addProducer', producer: 'fire', acks: 0 },
        { type: 'addProducer', producer: 'fast', acks: 1 },
        { type: 'addProducer', producer: 'safe', acks: 'all' },
      ],
      narration: 'lesson.acks.step1',
    },
    {
      commands: [send('fire', 'order-1'), send('fast', 'order-2'), send('safe', 'order-3')],
      narration: 'lesson.acks.step2',
      predict: { kind: 'sendOutcome', producer: 'safe', topic: 'orders', value: 'order-3', question: 'lesson.acks.step2.question' },
    },
    {
      commands: [{ type: 'advanceTime', ms: 1000 }],
      narration: 'lesson.acks.step3',
    },
    {
      commands: [send('fast', 'order-4'), { type: 'crashBroker', broker: 2 }, { type: 'advanceTime', ms: 10_000 }],
      narration: 'lesson.acks.step4',
      predict: { kind: 'sendOutcome', producer: 'fast', topic: 'orders', value: 'order-4', question: 'lesson.acks.step4.question' },
    },
    {
      commands: [{ type: 'startBroker', broker: 2 }, { type: 'advanceTime', ms: 2000 }],
      narration: 'lesson.acks.step5',
    },
    {
      commands: [send('safe', 'order-5'), { type: 'crashBroker', broker: 3 }, { type: 'advanceTime', ms: 35_000 }],
      narration: 'lesson.acks.step6',
      predict: { kind: 'sendOutcome', producer: 'safe', topic: 'orders', value: 'order-5', question: 'lesson.acks.step6.question' },
    },
    {
      commands: [{ type: 'crashBroker', broker: 1 }, { type: 'advanceTime', ms: 10_000 }],
      narration: 'lesson.acks.step7',
    },
    {
      commands: [send('safe', 'order-6'), { type: 'advanceTime', ms: 1000 }],
      narration: 'lesson.acks.step8',
      predict: { kind: 'sendOutcome', producer: 'safe', topic: 'orders', value: 'order-6', question: 'lesson.acks.step8.question' },
    },
    {
      commands: [{ type: 'alterTopicConfig', topic: 'orders', minInsyncReplicas: 1 }, { type: 'advanceTime', ms: 1000 }],
      narration: 'lesson.acks.step9',
    },
    {
      // Broker 1 starts behind (offset 4) and broker 2 crashes before it could fetch anything.
      commands: [{ type: 'startBroker', broker: 1 }, { type: 'crashBroker', broker: 2 }, { type: 'advanceTime', ms: 10_000 }],
      narration: 'lesson.acks.step10',
      predict: { kind: 'leaderAfter', topic: 'orders', partition: 0, question: 'lesson.acks.step10.question' },
      yourTurn: true,
    },
    { commands: [], narration: 'lesson.acks.step11' },
  ],
};

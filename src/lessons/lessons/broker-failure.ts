import type { Command } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

// Lesson 10: a broker fails. Two topics with the same three replicas (seed 9 places both on
// [2, 3, 1]): payments keeps unclean.leader.election.enable=false (Kafka's default), clicks turns it
// on, so one failure shows both answers side by side. Broker 2 (the leader) crashes: after
// broker.session.timeout.ms (9 s) it is fenced and broker 3 is elected from the ISR. Broker 1 is cut
// off while two more records arrive and leaves the ISR after 30 s; then broker 3 crashes too:
// payments goes offline, clicks elects broker 1 uncleanly and loses offsets 3-4. A new click takes
// offset 3 again; broker 3 returns, leads payments again, and truncates its clicks log to 3.
// The producer uses acks=1 so no send waits on a cut-off follower (acks is lesson 11).

function both(n: number): Command[] {
  return [
    { type: 'produce', producer: 'app', topic: 'payments', value: `payment-${n}` },
    { type: 'produce', producer: 'app', topic: 'clicks', value: `click-${n}` },
  ];
}

export const lesson: Lesson = {
  id: 'broker-failure',
  title: 'lesson.broker-failure.title',
  summary: 'lesson.broker-failure.summary',
  seed: 9,
  clusterView: 'brokers',
  steps: [
    {
      commands: [
        { type: 'addBroker', broker: 2 },
        { type: 'addBroker', broker: 3 },
        { type: 'createTopic', topic: 'payments', partitions: 1, replicationFactor: 3 },
        { type: 'createTopic', topic: 'clicks', partitions: 1, replicationFactor: 3, uncleanLeaderElection: true },
        { type: 'addProducer', producer: 'app', acks: 1 },
        ...both(1), ...both(2), ...both(3),
        { type: 'advanceTime', ms: 1000 },
      ],
      narration: 'lesson.broker-failure.step1',
    },
    {
      commands: [{ type: 'crashBroker', broker: 2 }, { type: 'advanceTime', ms: 10_000 }],
      narration: 'lesson.broker-failure.step2',
      predict: { kind: 'leaderAfter', topic: 'payments', partition: 0, question: 'lesson.broker-failure.step2.question' },
    },
    {
      commands: [{ type: 'isolateBroker', broker: 1 }, ...both(4), ...both(5), { type: 'advanceTime', ms: 31_000 }],
      narration: 'lesson.broker-failure.step3',
    },
    {
      // Broker 1 is reconnected after broker 3 went down, so it has no leader to copy from.
      commands: [{ type: 'crashBroker', broker: 3 }, { type: 'reconnectBroker', broker: 1 }, { type: 'advanceTime', ms: 10_000 }],
      narration: 'lesson.broker-failure.step4',
      predict: { kind: 'leaderAfter', topic: 'payments', partition: 0, question: 'lesson.broker-failure.step4.question' },
    },
    {
      commands: [{ type: 'produce', producer: 'app', topic: 'clicks', value: 'click-6' }, { type: 'advanceTime', ms: 1000 }],
      narration: 'lesson.broker-failure.step5',
      predict: { kind: 'producedOffset', topic: 'clicks', partition: 0, question: 'lesson.broker-failure.step5.question' },
    },
    {
      commands: [{ type: 'startBroker', broker: 3 }, { type: 'advanceTime', ms: 2000 }],
      narration: 'lesson.broker-failure.step6',
      predict: { kind: 'leaderAfter', topic: 'payments', partition: 0, question: 'lesson.broker-failure.step6.question' },
    },
    {
      commands: [{ type: 'startBroker', broker: 2 }, { type: 'advanceTime', ms: 2000 }],
      narration: 'lesson.broker-failure.step7',
    },
    { commands: [], narration: 'lesson.broker-failure.step8' },
  ],
};

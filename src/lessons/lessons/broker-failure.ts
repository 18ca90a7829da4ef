import type { Command } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

// Lesson 10: a broker fails. Two topics with the same three replicas (seed 9 places both on
// [2, 3, 1]): payments keeps unclean.leader.election.enable=false (Kafka's default), clicks turns it
// on, so one failure shows both answers side by side. Broker 2 (the leader) crashes: after
// broker.session.timeout.ms (9 s) it is fenced and broker 3 is elected from the ISR. Broker 1 is cut
// off while two more records arrive and leaves the ISR after 30 s; then broker 3 crashes too:
// payments goes offline, clicks elects broker 1 uncleanly and loses offsets 3-4. A new click takes
// offset 3 again; broker 3 returns and leads payments again, truncates its clicks log to 3, and the
// followers rejoin the ISR; broker 2 returns, and 5 minutes later leads both again (preferred leader).
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
  teaches: 'current',
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
      yourTurn: true,
    },
    {
      commands: [{ type: 'isolateBroker', broker: 1 }, ...both(4), ...both(5), { type: 'advanceTime', ms: 31_000 }],
      narration: 'lesson.broker-failure.step3',
    },
    {
      // One idea per step from here on (each answer in two sentences). Broker 1 is reconnected in
      // the same instant broker 3 goes down, so it has no leader to copy from; broker.session.timeout.ms
      // later the controller fences broker 3 and payments has no live ISR replica.
      commands: [{ type: 'crashBroker', broker: 3 }, { type: 'reconnectBroker', broker: 1 }, { type: 'advanceTime', ms: 10_000 }],
      narration: 'lesson.broker-failure.step4',
      predict: { kind: 'leaderAfter', topic: 'payments', partition: 0, question: 'lesson.broker-failure.step4.question' },
    },
    {
      // The same fencing elected broker 1 for clicks (unclean.leader.election.enable=true): this step reads it.
      commands: [],
      narration: 'lesson.broker-failure.step5',
    },
    {
      commands: [{ type: 'produce', producer: 'app', topic: 'clicks', value: 'click-6' }, { type: 'advanceTime', ms: 1000 }],
      narration: 'lesson.broker-failure.step6',
      predict: { kind: 'producedOffset', topic: 'clicks', partition: 0, question: 'lesson.broker-failure.step6.question' },
    },
    {
      // No time passes: the restart's election alone (the controller elects leaderless partitions at once).
      commands: [{ type: 'startBroker', broker: 3 }],
      narration: 'lesson.broker-failure.step7',
      predict: { kind: 'leaderAfter', topic: 'payments', partition: 0, question: 'lesson.broker-failure.step7.question' },
    },
    {
      // One fetch round (replica.fetch.wait.max.ms): broker 3 checks its clicks log against leader epoch 2 and truncates.
      commands: [{ type: 'advanceTime', ms: 500 }],
      narration: 'lesson.broker-failure.step8',
    },
    {
      commands: [{ type: 'advanceTime', ms: 1500 }],
      narration: 'lesson.broker-failure.step9',
      predict: { kind: 'isrAfter', topic: 'payments', partition: 0, question: 'lesson.broker-failure.step9.question' },
      yourTurn: true,
    },
    {
      commands: [{ type: 'startBroker', broker: 2 }, { type: 'advanceTime', ms: 2000 }],
      narration: 'lesson.broker-failure.step10',
    },
    {
      // leader.imbalance.check.interval.seconds (300): the controller moves leadership back to the preferred replica.
      commands: [{ type: 'advanceTime', ms: 300_000 }],
      narration: 'lesson.broker-failure.step11',
      predict: { kind: 'leaderAfter', topic: 'payments', partition: 0, question: 'lesson.broker-failure.step11.question' },
    },
    { commands: [], narration: 'lesson.broker-failure.step12' },
  ],
};

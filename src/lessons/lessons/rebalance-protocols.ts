import type { Command } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

// Issue 19: the same scale-out (a third consumer joins two that read orders' 6 partitions) under
// the three ways Kafka 4.1 rebalances, one group each on the same topic, one after the other.
// - eager (classic protocol, RangeAssignor): the join barrier waits for every member's poll; each
//   member revokes everything as it rejoins (ConsumerCoordinator.onJoinPrepare), so all six stop.
// - cooperative (CooperativeStickyAssignor, KIP-429): members keep what they keep while waiting;
//   round 1 revokes only what moves, round 2 hands it to the newcomer.
// - consumer protocol (KIP-848, group.remote.assignor=uniform): no barrier; the coordinator bumps the
//   group epoch and computes a target, and each member moves to it at its own heartbeats
//   (group.consumer.heartbeat.interval.ms, 5 s).

const HEARTBEAT_INTERVAL_MS = 5_000;

/** A consumer of group `group` on orders, and its first poll, which joins it. */
function join(consumer: string, group: string, config: Partial<Extract<Command, { type: 'addConsumer' }>>): Command[] {
  return [{ type: 'addConsumer', consumer, group, topics: ['orders'], ...config }, { type: 'poll', consumer }];
}

const poll = (consumer: string): Command => ({ type: 'poll', consumer });

/** Each part closes the previous part's consumers, so the figure draws one group's reads at a time. */
const close = (...consumers: string[]): Command[] => consumers.map((consumer) => ({ type: 'removeConsumer', consumer }));

// Auto-commit off: no records flow, and committed-offset marks of three groups would crowd the figure.
const EAGER = { assignor: 'range', enableAutoCommit: false } as const;
const COOPERATIVE = { assignor: 'cooperative-sticky', enableAutoCommit: false } as const;
const CONSUMER = { groupProtocol: 'consumer', groupRemoteAssignor: 'uniform', enableAutoCommit: false } as const;

export const lesson: Lesson = {
  id: 'rebalance-protocols',
  title: 'lesson.rebalance-protocols.title',
  summary: 'lesson.rebalance-protocols.summary',
  seed: 19,
  kafkaVersion: '4.1',
  teaches: '4.x',
  steps: [
    {
      // e2's join makes a rebalance that waits for e1's next poll.
      commands: [{ type: 'createTopic', topic: 'orders', partitions: 6 }, ...join('e1', 'eager', EAGER), ...join('e2', 'eager', EAGER), poll('e1')],
      narration: 'lesson.rebalance-protocols.step1',
    },
    {
      commands: join('e3', 'eager', EAGER),
      narration: 'lesson.rebalance-protocols.step2',
    },
    {
      commands: [poll('e1')],
      narration: 'lesson.rebalance-protocols.step3',
      predict: { kind: 'ownerAfter', group: 'eager', topic: 'orders', partition: 0, question: 'lesson.rebalance-protocols.step3.question' },
    },
    {
      commands: [poll('e2')],
      narration: 'lesson.rebalance-protocols.step4',
    },
    {
      // c1's and c2's polls finish both rounds of c2's own join, then c3 joins.
      commands: [...close('e1', 'e2', 'e3'), ...join('c1', 'coop', COOPERATIVE), ...join('c2', 'coop', COOPERATIVE), poll('c1'), poll('c2'), ...join('c3', 'coop', COOPERATIVE)],
      narration: 'lesson.rebalance-protocols.step5',
    },
    {
      commands: [poll('c1')],
      narration: 'lesson.rebalance-protocols.step6',
      predict: { kind: 'ownerAfter', group: 'coop', topic: 'orders', partition: 0, question: 'lesson.rebalance-protocols.step6.question' },
    },
    {
      commands: [poll('c2')],
      narration: 'lesson.rebalance-protocols.step7',
      predict: { kind: 'ownerAfter', group: 'coop', topic: 'orders', partition: 2, question: 'lesson.rebalance-protocols.step7.question' },
    },
    {
      commands: [poll('c3')],
      narration: 'lesson.rebalance-protocols.step8',
    },
    {
      // k2 gets its share at the heartbeat after it joined, once k1 released it.
      commands: [...close('c1', 'c2', 'c3'), ...join('k1', 'kip848', CONSUMER), ...join('k2', 'kip848', CONSUMER), { type: 'advanceTime', ms: HEARTBEAT_INTERVAL_MS }, ...join('k3', 'kip848', CONSUMER)],
      narration: 'lesson.rebalance-protocols.step9',
      predict: { kind: 'ownerAfter', group: 'kip848', topic: 'orders', partition: 2, question: 'lesson.rebalance-protocols.step9.question' },
    },
    {
      commands: [{ type: 'advanceTime', ms: HEARTBEAT_INTERVAL_MS }, poll('k3')],
      narration: 'lesson.rebalance-protocols.step10',
      predict: { kind: 'ownerAfter', group: 'kip848', topic: 'orders', partition: 2, question: 'lesson.rebalance-protocols.step10.question' },
    },
    { commands: [], narration: 'lesson.rebalance-protocols.step11' },
  ],
};

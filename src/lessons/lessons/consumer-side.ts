import type { Command } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

// The consumer side as the post tells it: committed offsets live in __consumer_offsets, kept by the
// group's coordinator (the broker leading partition abs(hash(group id)) % 50 of that topic, not
// a leader of the topic read); one member per partition keeps order; a member beyond the partition
// count waits and takes over when another leaves; a second group reads the same records with its
// own offsets and its own coordinator. Seed 15 puts shipping's coordinator on broker 3 (orders'
// leaders are brokers 1 and 2) and analytics' on broker 1.

function order(key: string, n: number): Command {
  return { type: 'produce', producer: 'shop', topic: 'orders', key, value: `order-${n}` };
}

function member(consumer: string, group: string): Command[] {
  return [{ type: 'addConsumer', consumer, group, topics: ['orders'], autoOffsetReset: 'earliest', enableAutoCommit: false }, { type: 'poll', consumer }];
}

export const lesson: Lesson = {
  id: 'consumer-side',
  title: 'lesson.consumer-side.title',
  summary: 'lesson.consumer-side.summary',
  seed: 15,
  teaches: 'post',
  clusterView: 'brokers',
  steps: [
    {
      commands: [
        { type: 'addBroker', broker: 2 },
        { type: 'addBroker', broker: 3 },
        { type: 'createTopic', topic: 'orders', partitions: 2, replicationFactor: 3 },
        { type: 'addProducer', producer: 'shop', partitioner: 'legacy-default' },
        order('kim', 1), order('lee', 2), order('kim', 3), order('lee', 4),
        // acks=all: the followers copy the orders within a fetch round, so consumers can read them.
        { type: 'advanceTime', ms: 1_000 },
      ],
      narration: 'lesson.consumer-side.step1',
    },
    {
      commands: [...member('ship-1', 'shipping'), { type: 'commit', consumer: 'ship-1' }],
      narration: 'lesson.consumer-side.step2',
      predict: { kind: 'coordinatorAfter', group: 'shipping', question: 'lesson.consumer-side.step2.question' },
      console: 'kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group shipping --state',
    },
    {
      commands: member('ship-2', 'shipping'),
      narration: 'lesson.consumer-side.step3',
    },
    {
      commands: member('ship-3', 'shipping'),
      narration: 'lesson.consumer-side.step4',
      predict: { kind: 'idleMemberAfter', group: 'shipping', question: 'lesson.consumer-side.step4.question' },
    },
    {
      commands: [
        order('kim', 5), order('lee', 6),
        { type: 'advanceTime', ms: 1_000 },
        { type: 'poll', consumer: 'ship-1' }, { type: 'commit', consumer: 'ship-1' },
        { type: 'poll', consumer: 'ship-2' }, { type: 'commit', consumer: 'ship-2' },
      ],
      narration: 'lesson.consumer-side.step5',
    },
    {
      commands: [
        { type: 'removeConsumer', consumer: 'ship-2' },
        order('kim', 7), order('lee', 8),
        { type: 'advanceTime', ms: 1_000 },
        { type: 'poll', consumer: 'ship-1' },
        { type: 'poll', consumer: 'ship-3' },
      ],
      narration: 'lesson.consumer-side.step6',
      predict: { kind: 'ownerAfter', group: 'shipping', topic: 'orders', partition: 1, question: 'lesson.consumer-side.step6.question' },
      yourTurn: true,
    },
    {
      commands: [...member('stats-1', 'analytics'), { type: 'commit', consumer: 'stats-1' }],
      narration: 'lesson.consumer-side.step7',
      predict: { kind: 'coordinatorAfter', group: 'analytics', question: 'lesson.consumer-side.step7.question' },
      console: 'kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --all-groups --state',
    },
    {
      commands: [],
      narration: 'lesson.consumer-side.step8',
      console: 'kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --all-groups',
    },
  ],
};

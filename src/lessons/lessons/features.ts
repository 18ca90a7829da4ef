import { recordSizeInBytes, type Command } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

// Kafka's features, from what the engine models: batching (the uniform sticky partitioner fills
// one partition's batch.size before moving on; each record still travels in its own request here),
// partitions as the unit of parallelism (3 members on 2 partitions: one waits; on 9 none does) and
// of recovery cost (broker 1 leads 3 of the 9 partitions: its crash needs 3 leader elections).
// Retention, page cache and zero copy are told, not modelled (the last step says which is which).

const RECORD_BYTES = recordSizeInBytes(undefined, 'click-1');
/** batch.size of three records, so a batch is visible. */
export const FEATURES_BATCH_BYTES = 3 * RECORD_BYTES;

function click(n: number): Command {
  return { type: 'produce', producer: 'web', topic: 'clicks', value: `click-${n}` };
}

function member(consumer: string): Command[] {
  return [{ type: 'addConsumer', consumer, group: 'stats', topics: ['clicks'], autoOffsetReset: 'earliest' }, { type: 'poll', consumer }];
}

export const lesson: Lesson = {
  id: 'features',
  title: 'lesson.features.title',
  summary: 'lesson.features.summary',
  seed: 11,
  teaches: 'current',
  clusterView: 'brokers',
  steps: [
    {
      commands: [
        { type: 'addBroker', broker: 2 },
        { type: 'addBroker', broker: 3 },
        { type: 'createTopic', topic: 'clicks', partitions: 2, replicationFactor: 2 },
        { type: 'addProducer', producer: 'web', partitioner: 'uniform-sticky', batchBytes: FEATURES_BATCH_BYTES },
      ],
      narration: 'lesson.features.step1',
    },
    {
      commands: [click(1), click(2), click(3), click(4), click(5), click(6), { type: 'advanceTime', ms: 1_000 }],
      narration: 'lesson.features.step2',
    },
    { commands: [], narration: 'lesson.features.step3' },
    {
      commands: [...member('c1'), ...member('c2'), ...member('c3')],
      narration: 'lesson.features.step4',
    },
    {
      commands: [{ type: 'alterPartitions', topic: 'clicks', partitions: 9 }],
      narration: 'lesson.features.step5',
      predict: { kind: 'idleMemberAfter', group: 'stats', question: 'lesson.features.step5.question' },
      yourTurn: true,
    },
    {
      // broker.session.timeout.ms is 9 s: the controller fences broker 1 and then elects.
      commands: [{ type: 'crashBroker', broker: 1 }, { type: 'advanceTime', ms: 10_000 }],
      narration: 'lesson.features.step6',
      predict: { kind: 'leaderElectionsAfter', broker: 1, question: 'lesson.features.step6.question' },
    },
    { commands: [], narration: 'lesson.features.step7' },
    { commands: [], narration: 'lesson.features.step8' },
  ],
};

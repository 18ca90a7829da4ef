import { lesson as acks } from './lessons/acks.ts';
import { lesson as brokerFailure } from './lessons/broker-failure.ts';
import { lesson as brokers } from './lessons/brokers.ts';
import { lesson as compaction } from './lessons/compaction.ts';
import { lesson as consumerGroups } from './lessons/consumer-groups.ts';
import { lesson as consumerSide } from './lessons/consumer-side.ts';
import { lesson as exactlyOnce } from './lessons/exactly-once.ts';
import { lesson as features } from './lessons/features.ts';
import { lesson as keys } from './lessons/keys.ts';
import { lesson as offsets } from './lessons/offsets.ts';
import { lesson as partitionLog } from './lessons/partition-log.ts';
import { lesson as producerRetries } from './lessons/producer-retries.ts';
import { lesson as rebalanceProtocols } from './lessons/rebalance-protocols.ts';
import { lesson as retention } from './lessons/retention.ts';
import { lesson as scaling } from './lessons/scaling.ts';
import { lesson as topics } from './lessons/topics.ts';
import { lesson as whyKafka } from './lessons/why-kafka.ts';
import { LESSON_IDS, type Lesson, type LessonId } from './types.ts';

// The guided lessons, in the order of the introduction they follow (see LESSON_IDS).
export const LESSONS: Record<LessonId, Lesson> = {
  'why-kafka': whyKafka,
  topics,
  'partition-log': partitionLog,
  offsets,
  'consumer-groups': consumerGroups,
  keys,
  scaling,
  retention,
  brokers,
  'broker-failure': brokerFailure,
  acks,
  'producer-retries': producerRetries,
  'consumer-side': consumerSide,
  features,
  compaction,
  'exactly-once': exactlyOnce,
  'rebalance-protocols': rebalanceProtocols,
};

/** The lesson with this id, or undefined for anything else (ids come from URLs). */
export function lessonById(id: string): Lesson | undefined {
  return (LESSON_IDS as readonly string[]).includes(id) ? LESSONS[id as LessonId] : undefined;
}

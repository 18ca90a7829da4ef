import { KAFKA_DEFAULTS } from '../defaults.ts';
import type { TopicConfig } from '../types.ts';

/** The log cleaner's topic configs at Kafka's defaults, for tests that build a TopicConfig by hand. */
export const COMPACTION_DEFAULTS: Pick<TopicConfig, 'cleanupPolicy' | 'minCleanableDirtyRatio' | 'minCompactionLagMs' | 'maxCompactionLagMs' | 'deleteRetentionMs'> = {
  cleanupPolicy: KAFKA_DEFAULTS.cleanupPolicy,
  minCleanableDirtyRatio: KAFKA_DEFAULTS.minCleanableDirtyRatio,
  minCompactionLagMs: KAFKA_DEFAULTS.minCompactionLagMs,
  maxCompactionLagMs: KAFKA_DEFAULTS.maxCompactionLagMs,
  deleteRetentionMs: KAFKA_DEFAULTS.deleteRetentionMs,
};

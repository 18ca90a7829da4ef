import { KAFKA_DEFAULTS, type TopicConfig, type TopicState } from '../engine/index.ts';
import { javaStringHash } from '../engine/groups/assignors/java-hash.ts';

// Topic configs under Kafka's names, shared by kafka-topics and kafka-configs.

export const TOPIC_CONFIGS = {
  'segment.bytes': 'segmentBytes',
  'segment.ms': 'segmentMs',
  'retention.bytes': 'retentionBytes',
  'retention.ms': 'retentionMs',
  'min.insync.replicas': 'minInsyncReplicas',
} as const satisfies Record<string, keyof TopicConfig>;
export type TopicConfigName = keyof typeof TOPIC_CONFIGS;
export const TOPIC_CONFIG_NAMES = Object.keys(TOPIC_CONFIGS) as TopicConfigName[];

const DEFAULTS: Record<TopicConfigName, number> = {
  'segment.bytes': KAFKA_DEFAULTS.segmentBytes,
  'segment.ms': KAFKA_DEFAULTS.segmentMs,
  'retention.bytes': KAFKA_DEFAULTS.retentionBytes,
  'retention.ms': KAFKA_DEFAULTS.retentionMs,
  'min.insync.replicas': KAFKA_DEFAULTS.minInsyncReplicas,
};

/**
 * The configs set on the topic, in the order the broker lists them. A config set to a value equal to
 * its default is still set (a DYNAMIC_TOPIC_CONFIG entry in ZK/KRaft, listed by DescribeConfigs) until
 * --delete-config removes it; `setConfigs` names them (a topic from before it was tracked: the
 * values that differ from the defaults). DescribeConfigs walks a
 * DescribeConfigs walks a java.util.HashMap of LogConfig's ~40 names (a 64-bucket table), so the
 * order is the keys' bucket order, then LogConfig's definition order within a bucket.
 */
export function overriddenConfigs(config: TopicConfig, extra: Readonly<Record<string, string>> = {}, setConfigs: TopicState['setConfigs'] = []): [string, string][] {
  const entries: [string, string][] = [];
  for (const name of TOPIC_CONFIG_NAMES) {
    const field = TOPIC_CONFIGS[name];
    const value = config[field];
    if (value !== DEFAULTS[name] || (setConfigs as readonly string[]).includes(field)) entries.push([name, String(value)]);
  }
  for (const [k, v] of Object.entries(extra)) entries.push([k, v]);
  const bucket = (name: string) => { const h = javaStringHash(name); return (h ^ (h >>> 16)) & 63; };
  return entries.map((e, i) => ({ e, i, b: bucket(e[0]) })).sort((x, y) => x.b - y.b || x.i - y.i).map((x) => x.e);
}

/** __consumer_offsets' own configs (GroupCoordinator's offsetsTopicConfigs), as --describe lists them. */
export const OFFSETS_TOPIC_CONFIGS = { 'cleanup.policy': 'compact', 'compression.type': 'producer', 'segment.bytes': '104857600' };

/** Topic configs Kafka has (LogConfig) that the simulator does not model: refused as not modelled, not as unknown. */
export const UNMODELLED_TOPIC_CONFIGS = [
  'cleanup.policy', 'compression.type', 'compression.gzip.level', 'compression.lz4.level', 'compression.zstd.level', 'delete.retention.ms',
  'file.delete.delay.ms', 'flush.messages', 'flush.ms', 'follower.replication.throttled.replicas', 'index.interval.bytes',
  'leader.replication.throttled.replicas', 'local.retention.bytes', 'local.retention.ms', 'max.compaction.lag.ms', 'max.message.bytes',
  'message.downconversion.enable', 'message.timestamp.after.max.ms', 'message.timestamp.before.max.ms', 'message.timestamp.type',
  'min.cleanable.dirty.ratio', 'min.compaction.lag.ms', 'preallocate', 'remote.storage.enable', 'remote.log.copy.disable',
  'remote.log.delete.on.disable', 'segment.index.bytes', 'segment.jitter.ms', 'unclean.leader.election.enable',
];

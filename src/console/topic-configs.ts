import { KAFKA_DEFAULTS, type CleanupPolicy, type TopicConfig, type TopicState } from '../engine/index.ts';
import { javaStringHash } from '../engine/groups/assignors/java-hash.ts';

// Topic configs under Kafka's names, shared by kafka-topics and kafka-configs.

export const TOPIC_CONFIGS = {
  'segment.bytes': 'segmentBytes',
  'segment.ms': 'segmentMs',
  'retention.bytes': 'retentionBytes',
  'retention.ms': 'retentionMs',
  'min.insync.replicas': 'minInsyncReplicas',
  'cleanup.policy': 'cleanupPolicy',
  'min.cleanable.dirty.ratio': 'minCleanableDirtyRatio',
  'min.compaction.lag.ms': 'minCompactionLagMs',
  'max.compaction.lag.ms': 'maxCompactionLagMs',
  'delete.retention.ms': 'deleteRetentionMs',
} as const satisfies Record<string, keyof TopicConfig>;
export type TopicConfigName = keyof typeof TOPIC_CONFIGS;
export const TOPIC_CONFIG_NAMES = Object.keys(TOPIC_CONFIGS) as TopicConfigName[];

export const TOPIC_CONFIG_DEFAULTS: Record<TopicConfigName, number | CleanupPolicy> = {
  'segment.bytes': KAFKA_DEFAULTS.segmentBytes,
  'segment.ms': KAFKA_DEFAULTS.segmentMs,
  'retention.bytes': KAFKA_DEFAULTS.retentionBytes,
  'retention.ms': KAFKA_DEFAULTS.retentionMs,
  'min.insync.replicas': KAFKA_DEFAULTS.minInsyncReplicas,
  'cleanup.policy': KAFKA_DEFAULTS.cleanupPolicy,
  'min.cleanable.dirty.ratio': KAFKA_DEFAULTS.minCleanableDirtyRatio,
  'min.compaction.lag.ms': KAFKA_DEFAULTS.minCompactionLagMs,
  'max.compaction.lag.ms': KAFKA_DEFAULTS.maxCompactionLagMs,
  'delete.retention.ms': KAFKA_DEFAULTS.deleteRetentionMs,
};
const DEFAULTS = TOPIC_CONFIG_DEFAULTS;

const INT_CONFIGS: readonly TopicConfigName[] = ['segment.bytes', 'min.insync.replicas'];
/**
 * LogConfig's Range.atLeast validators (storage LogConfig.java:265-299), refused in ConfigDef.Range's
 * words; segment.bytes' minimum differs by version and is left to the engine's profile.
 */
const AT_LEAST: Partial<Record<TopicConfigName, number>> = {
  'segment.ms': 1, 'retention.ms': -1, 'min.insync.replicas': 1, 'delete.retention.ms': 0, 'min.compaction.lag.ms': 0, 'max.compaction.lag.ms': 1,
};
/** ConfigException(name, value, message) (clients ConfigException.java:37) with Range.ensureValid's message (ConfigDef.java:989-991). */
const outOfRange = (name: string, value: string, bound: string) => ({ error: `Invalid value ${value} for configuration ${name}: Value must be ${bound}` });
/** Java's Double.toString for the values a ratio takes ("2.0", "1.5"). */
const javaDouble = (v: number) => (Number.isInteger(v) && Math.abs(v) < 1e7 ? `${v}.0` : String(v));

/**
 * A config value as the broker's ConfigDef parses it (LogConfig's types: INT, LONG, DOUBLE, and
 * cleanup.policy a LIST of compact/delete), or the text of its ConfigException.
 */
export function parseTopicConfigValue(name: TopicConfigName, text: string): { value: number | CleanupPolicy } | { error: string } {
  if (name === 'cleanup.policy') {
    // kafka-configs takes a list in brackets ([compact,delete]), since commas separate its configs.
    const items = text.replace(/^\[(.*)\]$/, '$1').split(',').map((v) => v.trim()).filter((v) => v !== '');
    const bad = items.find((v) => v !== 'compact' && v !== 'delete');
    if (bad !== undefined || items.length === 0) return { error: `Invalid value ${text} for configuration cleanup.policy: String must be one of: compact, delete` };
    const compact = items.includes('compact');
    const del = items.includes('delete');
    return { value: compact && del ? 'compact,delete' : compact ? 'compact' : 'delete' };
  }
  if (name === 'min.cleanable.dirty.ratio') {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) return { error: `Invalid value ${text} for configuration ${name}: Not a number of type DOUBLE` };
    // Range.between(0, 1)
    if (value < 0) return outOfRange(name, javaDouble(value), 'at least 0');
    if (value > 1) return outOfRange(name, javaDouble(value), 'no more than 1');
    return { value };
  }
  // ConfigDef.parseType: Integer.parseInt / Long.parseLong of the trimmed text; a NumberFormatException
  // (not digits, or out of the type's range) is "Not a number of type INT|LONG". LogConfig defines
  // segment.bytes and min.insync.replicas as INT (storage LogConfig.java:265, 299), the rest as LONG.
  const type = INT_CONFIGS.includes(name) ? 'INT' : 'LONG';
  const trimmed = text.trim();
  const n = /^[+-]?\d+$/.test(trimmed) ? BigInt(trimmed) : undefined;
  const bits = type === 'INT' ? 31n : 63n;
  if (n === undefined || n < -(2n ** bits) || n >= 2n ** bits) return { error: `Invalid value ${text} for configuration ${name}: Not a number of type ${type}` };
  const min = AT_LEAST[name];
  if (min !== undefined && n < BigInt(min)) return outOfRange(name, n.toString(), `at least ${min}`);
  // Long.MAX_VALUE (max.compaction.lag.ms's default) is kept as the engine's largest exact integer.
  return { value: Math.max(Math.min(Number(n), Number.MAX_SAFE_INTEGER), Number.MIN_SAFE_INTEGER) };
}

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
    if (value !== DEFAULTS[name] || (setConfigs as readonly string[]).includes(field)) entries.push([name, name === 'max.compaction.lag.ms' && value === Number.MAX_SAFE_INTEGER ? '9223372036854775807' : String(value)]);
  }
  for (const [k, v] of Object.entries(extra)) entries.push([k, v]);
  const bucket = (name: string) => { const h = javaStringHash(name); return (h ^ (h >>> 16)) & 63; };
  return entries.map((e, i) => ({ e, i, b: bucket(e[0]) })).sort((x, y) => x.b - y.b || x.i - y.i).map((x) => x.e);
}

/** __consumer_offsets' own configs (GroupCoordinator's offsetsTopicConfigs), as --describe lists them. */
export const OFFSETS_TOPIC_CONFIGS = { 'cleanup.policy': 'compact', 'compression.type': 'producer', 'segment.bytes': '104857600' };

/** Topic configs Kafka has (LogConfig) that the simulator does not model: refused as not modelled, not as unknown. */
export const UNMODELLED_TOPIC_CONFIGS = [
  'compression.type', 'compression.gzip.level', 'compression.lz4.level', 'compression.zstd.level',
  'file.delete.delay.ms', 'flush.messages', 'flush.ms', 'follower.replication.throttled.replicas', 'index.interval.bytes',
  'leader.replication.throttled.replicas', 'local.retention.bytes', 'local.retention.ms', 'max.message.bytes',
  'message.downconversion.enable', 'message.timestamp.after.max.ms', 'message.timestamp.before.max.ms', 'message.timestamp.type',
  'preallocate', 'remote.storage.enable', 'remote.log.copy.disable',
  'remote.log.delete.on.disable', 'segment.index.bytes', 'segment.jitter.ms', 'unclean.leader.election.enable',
];

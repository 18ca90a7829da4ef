import { KAFKA_DEFAULTS, type AlterTopicConfigCommand, type SimState } from '../engine/index.ts';
import { javaStringHash } from '../engine/groups/assignors/java-hash.ts';
import { cannotBeUsedWith, Opts, parseOptions, type OptionSpecs } from './options.ts';
import { applyAll, javaHashOrder, notModelled, output, usage, type ToolResult } from './result.ts';
import { BROKER_SYNONYM, overriddenConfigs, TOPIC_CONFIG_NAMES, TOPIC_CONFIGS, type TopicConfigName, UNMODELLED_TOPIC_CONFIGS } from './topic-configs.ts';
import { topicNames } from './topics.ts';

// kafka-configs.sh for topics: kafka.admin.ConfigCommand (ConfigCommandOptions.checkArgs,
// alterConfig, describeResourceConfig, parseConfigsToBeAdded).

export const CONFIG_OPTIONS: OptionSpecs = {
  'bootstrap-server': 'value', 'bootstrap-controller': 'value', 'command-config': 'value', alter: 'flag', describe: 'flag', all: 'flag',
  'entity-type': 'value', 'entity-name': 'value', 'entity-default': 'flag', 'add-config': 'value', 'add-config-file': 'value',
  'delete-config': 'value', topic: 'value', client: 'value', user: 'value', broker: 'value', 'broker-defaults': 'flag', 'broker-logger': 'value',
  'client-metrics': 'value', group: 'value', ip: 'value', 'ip-defaults': 'flag', 'client-defaults': 'flag', 'user-defaults': 'flag',
  force: 'flag', help: 'flag', version: 'flag',
};

const ENTITY_TYPES = ['topics', 'clients', 'users', 'brokers', 'ips', 'broker-loggers', 'client-metrics', 'groups'];
const DEFAULTS: Record<TopicConfigName, number> = {
  'segment.bytes': KAFKA_DEFAULTS.segmentBytes, 'segment.ms': KAFKA_DEFAULTS.segmentMs, 'retention.bytes': KAFKA_DEFAULTS.retentionBytes,
  'retention.ms': KAFKA_DEFAULTS.retentionMs, 'min.insync.replicas': KAFKA_DEFAULTS.minInsyncReplicas,
};

/** Runs `kafka-configs.sh args…` (topics only) against the state. */
export function kafkaConfigs(state: SimState, args: readonly string[]): ToolResult {
  const parsed = parseOptions(args, CONFIG_OPTIONS);
  if ('error' in parsed) return usage(parsed.error);
  const opts = new Opts(parsed);
  if (opts.has('help') || args.length === 0) return usage('This tool helps to manipulate and describe entity config for a topic, client, user, broker, ip, client-metrics or group');
  if (['alter', 'describe'].filter((a) => opts.has(a)).length !== 1) return usage('Command must include exactly one action: --describe, --alter');
  for (const o of ['add-config', 'delete-config']) if (opts.has('describe') && opts.has(o)) return usage(cannotBeUsedWith('describe', o));
  // ConfigCommand's IllegalArgumentExceptions: the message alone on stderr.
  const types = opts.has('topic') ? ['topics'] : opts.valuesOf('entity-type');
  const bad = types.find((t) => !ENTITY_TYPES.includes(t));
  if (bad !== undefined) return usage(`Invalid entity type ${bad}, the entity type must be one of ${ENTITY_TYPES.join(', ')} with a --bootstrap-server or --bootstrap-controller argument`);
  if (types.length === 0) return usage('At least one entity type must be specified');
  if (opts.has('topic') && (opts.has('entity-type') || opts.has('entity-name'))) return usage('--entity-{type,name,default} should not be used in conjunction with specific entity flags');
  if (!opts.has('bootstrap-server') && !opts.has('bootstrap-controller')) return usage('One of the required --bootstrap-server, --boostrap-controller, or --zookeeper arguments must be specified');
  if (types[0] !== 'topics' || types.length > 1) return notModelled(`--entity-type ${types.join(',')}`);
  const name = opts.value('topic') ?? opts.value('entity-name');
  if (opts.has('alter')) {
    if (name === undefined) return usage('--entity-name or --entity-default must be specified with each --entity-type for --alter');
    return alter(state, opts, name, args);
  }
  if (opts.has('all')) return notModelled('kafka-configs.sh --describe --all');
  return describe(state, name);
}

// The admin call failed: ConfigCommand prints which command failed, then the exception's stack trace (its first line here).
function failed(args: readonly string[], exception: string): ToolResult {
  return output('', `Error while executing config command with args '${args.join(' ')}'\njava.util.concurrent.ExecutionException: ${exception}\n`);
}

function alter(state: SimState, opts: Opts, topic: string, args: readonly string[]): ToolResult {
  const command: AlterTopicConfigCommand = { type: 'alterTopicConfig', topic };
  const added = opts.value('add-config');
  if (added !== undefined) {
    for (const entry of added.split(',')) {
      const pair = entry.split(/\s*=\s*/);
      if (pair.length !== 2) return usage('requirement failed: Invalid entity config: all configs to be added must be in the format "key=val".');
      const key = pair[0]!.trim();
      const value = pair[1]!.trim();
      if (UNMODELLED_TOPIC_CONFIGS.includes(key)) return notModelled(key);
      if (!(TOPIC_CONFIG_NAMES as string[]).includes(key)) return failed(args, `org.apache.kafka.common.errors.InvalidConfigurationException: Unknown topic config name: ${key}`);
      if (!/^[+-]?\d+$/.test(value)) return failed(args, `org.apache.kafka.common.errors.InvalidConfigurationException: Invalid value ${value} for configuration ${key}: Not a number of type ${key === 'min.insync.replicas' ? 'INT' : 'LONG'}`);
      command[TOPIC_CONFIGS[key as TopicConfigName]] = Number(value);
    }
  }
  for (const entry of opts.valuesOf('delete-config').flatMap((v) => v.split(','))) {
    const key = entry.trim();
    if (UNMODELLED_TOPIC_CONFIGS.includes(key)) return notModelled(key);
    if (!(TOPIC_CONFIG_NAMES as string[]).includes(key)) return failed(args, `org.apache.kafka.common.errors.InvalidConfigurationException: Unknown topic config name: ${key}`);
    command[TOPIC_CONFIGS[key as TopicConfigName]] = DEFAULTS[key as TopicConfigName];
  }
  if (!state.topics[topic]) return failed(args, `org.apache.kafka.common.errors.UnknownTopicOrPartitionException: The topic '${topic}' does not exist.`);
  if (Object.keys(command).length === 2) return output(`Completed updating config for topic ${topic}.\n`);
  const r = applyAll(state, [command]);
  if (r.error) return failed(args, `org.apache.kafka.common.errors.InvalidConfigurationException: ${r.error.message}`);
  return output(`Completed updating config for topic ${topic}.\n`, '', [command]);
}

function describe(state: SimState, name: string | undefined): ToolResult {
  // Without a name, every topic from listTopics (a HashSet of names) in its iteration order.
  const names = name !== undefined ? [name] : javaHashOrder(topicNames(state), javaStringHash);
  let out = '';
  for (const topic of names) {
    const t = state.topics[topic];
    if (!t && topic !== '__consumer_offsets') return output('', `Error while executing config command with args '--describe'\njava.util.concurrent.ExecutionException: org.apache.kafka.common.errors.UnknownTopicOrPartitionException: The topic '${topic}' does not exist.\n`);
    out += `Dynamic configs for topic ${topic} are:\n`;
    if (!t) continue;
    for (const [key, value] of overriddenConfigs(t.config)) {
      out += `  ${key}=${value} sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:${key}=${value}, DEFAULT_CONFIG:${BROKER_SYNONYM[key as TopicConfigName]}}\n`;
    }
  }
  return output(out);
}

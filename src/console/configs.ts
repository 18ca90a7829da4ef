import { TOPIC_CONFIG_FIELDS, type AlterTopicConfigCommand, type SimState, type TopicConfigField } from '../engine/index.ts';
import { javaStringHash } from '../engine/groups/assignors/java-hash.ts';
import { cannotBeUsedWith, multipleArguments, Opts, parseOptions, type OptionSpecs } from './options.ts';
import { applyAll, javaHashOrder, notModelled, output, printVersion, simulatorLimit, usage, type ToolResult } from './result.ts';
import { OFFSETS_TOPIC_CONFIGS, overriddenConfigs, parseTopicConfigValue, TOPIC_CONFIG_DEFAULTS, TOPIC_CONFIG_NAMES, TOPIC_CONFIGS, type TopicConfigName, UNMODELLED_TOPIC_CONFIGS } from './topic-configs.ts';
import { topicNames } from './topics.ts';

// kafka-configs.sh for topics as Kafka 4.0 prints it: core/src/main/scala/kafka/admin/ConfigCommand.scala
// (main, ConfigCommandOptions.checkArgs, alterConfig/alterResourceConfig, describeResourceConfig,
// getResourceConfig, parseConfigsToBeAdded). The topic's "set" configs are the ones that differ from
// the default: the engine keeps values, not which were set (a value set equal to its default is missed).

export const CONFIG_OPTIONS: OptionSpecs = {
  'bootstrap-server': 'value', 'bootstrap-controller': 'value', 'command-config': 'value', alter: 'flag', describe: 'flag', all: 'flag',
  'entity-type': 'value', 'entity-name': 'value', 'entity-default': 'flag', 'add-config': 'value', 'add-config-file': 'value',
  'delete-config': 'value', topic: 'value', client: 'value', user: 'value', broker: 'value', 'broker-defaults': 'flag', 'broker-logger': 'value',
  'client-metrics': 'value', group: 'value', ip: 'value', 'ip-defaults': 'flag', 'client-defaults': 'flag', 'user-defaults': 'flag',
  force: 'flag', help: 'flag', version: 'flag',
};

const ENTITY_TYPES = ['topics', 'clients', 'users', 'brokers', 'ips', 'broker-loggers', 'client-metrics', 'groups'];
const DEFAULTS = TOPIC_CONFIG_DEFAULTS;

/** Runs `kafka-configs.sh args…` (topics only) against the state. */
export function kafkaConfigs(state: SimState, args: readonly string[]): ToolResult {
  const parsed = parseOptions(args, CONFIG_OPTIONS);
  if ('error' in parsed) return usage(parsed.error);
  const opts = new Opts(parsed);
  // main: CommandLineUtils.maybePrintHelpOrVersion (isPrintHelpNeeded: no arguments or --help).
  if (args.length === 0 || opts.has('help')) return usage('This tool helps to manipulate and describe entity config for a topic, client, user, broker, ip, client-metrics or group');
  if (opts.has('version')) return printVersion(state);
  // checkArgs, in its order. Its IllegalArgumentExceptions print their message alone on stderr.
  if (['alter', 'describe'].filter((a) => opts.has(a)).length !== 1) return usage('Command must include exactly one action: --describe, --alter');
  for (const o of ['add-config', 'delete-config']) if (opts.has('describe') && opts.has(o)) return usage(cannotBeUsedWith('describe', o));
  const types = opts.has('topic') ? ['topics'] : opts.valuesOf('entity-type');
  const duplicates = types.filter((t, i) => types.indexOf(t) !== i);
  if (duplicates.length > 0) return usage(`Duplicate entity type(s) specified: ${[...new Set(duplicates)].join(',')}`);
  if (!opts.has('bootstrap-server') && !opts.has('bootstrap-controller')) return usage('Either --bootstrap-server or --bootstrap-controller must be specified.');
  const bad = types.find((t) => !ENTITY_TYPES.includes(t));
  if (bad !== undefined) return usage(`Invalid entity type ${bad}, the entity type must be one of ${ENTITY_TYPES.join(', ')} with a --bootstrap-server or --bootstrap-controller argument`);
  if (types.length === 0) return usage('At least one entity type must be specified');
  if (types.length > 1 && !(types.length === 2 && types.includes('users') && types.includes('clients'))) return usage("Only 'users' and 'clients' entity types may be specified together");
  if (opts.has('topic') && (opts.has('entity-type') || opts.has('entity-name'))) return usage('--entity-{type,name,default} should not be used in conjunction with specific entity flags');
  if (opts.has('bootstrap-server') && opts.has('bootstrap-controller')) return usage('Only one of --bootstrap-server or --bootstrap-controller can be specified');
  const name = opts.value('topic') ?? opts.value('entity-name');
  if (opts.has('alter')) {
    if (name === undefined) return usage(`An entity name must be specified with --alter of ${types.join(',')}`);
    if (opts.has('add-config') && opts.has('add-config-file')) return usage('Only one of --add-config or --add-config-file must be specified');
    if (!opts.has('add-config') && !opts.has('add-config-file') && !opts.has('delete-config')) return usage('At least one of --add-config, --add-config-file, or --delete-config must be specified with --alter');
  }
  // processCommand reads --command-config and --bootstrap-server with OptionSet.valueOf; main prints a
  // repeated one's OptionException message alone on stderr, as its IllegalArgumentExceptions.
  const repeated = multipleArguments(opts, ['command-config', 'bootstrap-server']);
  if (repeated !== undefined) return usage(repeated);
  if (types[0] !== 'topics' || types.length > 1) return notModelled(`--entity-type ${types.join(',')}`);
  if (opts.has('alter')) {
    if (opts.has('add-config-file')) return notModelled('--add-config-file');
    return alter(state, opts, name!, args);
  }
  if (opts.has('all')) return notModelled('kafka-configs.sh --describe --all');
  // Kafka 4.0 fails on a topic that does not exist (below); 4.1 prints "The topic 'T' doesn't exist and doesn't have dynamic config." (KAFKA-18904).
  return describe(state, name, args);
}

// main's catch of any other Throwable: which command failed, then the exception's stack trace (its first line here).
function failed(args: readonly string[], exception: string): ToolResult {
  return output('', `Error while executing config command with args '${args.join(' ')}'\njava.util.concurrent.ExecutionException: ${exception}\n`);
}

const unknownTopic = (args: readonly string[], topic: string) => failed(args, `org.apache.kafka.common.errors.UnknownTopicOrPartitionException: The topic '${topic}' does not exist.`);

/** The topic's dynamic (topic-level) configs, as DescribeConfigs lists them with source DYNAMIC_TOPIC_CONFIG. */
function dynamicConfigs(state: SimState, topic: string): [string, string][] {
  if (topic === '__consumer_offsets') return Object.entries(OFFSETS_TOPIC_CONFIGS);
  const t = state.topics[topic];
  return t ? overriddenConfigs(t.config, {}, t.setConfigs) : [];
}

function alter(state: SimState, opts: Opts, topic: string, args: readonly string[]): ToolResult {
  const command: AlterTopicConfigCommand = { type: 'alterTopicConfig', topic };
  const added = new Map<string, string>();
  const addText = opts.value('add-config');
  if (addText !== undefined) {
    // parseConfigsToBeAdded splits on commas outside brackets, so a list value is written [a,b].
    for (const entry of addText.split(/,(?![^[]*\])/)) {
      const pair = entry.split(/\s*=\s*/);
      // parseConfigsToBeAdded's require(): an IllegalArgumentException with Scala's prefix.
      if (pair.length !== 2) return usage('requirement failed: Invalid entity config: all configs to be added must be in the format "key=val".');
      added.set(pair[0]!.trim(), pair[1]!.trim());
    }
  }
  const deleted = opts.valuesOf('delete-config').flatMap((v) => v.split(',')).map((k) => k.trim());
  // alterResourceConfig: getResourceConfig first (DescribeConfigs fails for a topic that does not exist) ...
  if (!state.topics[topic] && topic !== '__consumer_offsets') return unknownTopic(args, topic);
  // ... then every config to delete must be set on the topic (an InvalidConfigurationException, message alone) ...
  const set = new Set(dynamicConfigs(state, topic).map(([k]) => k));
  const invalid = deleted.filter((k) => !set.has(k));
  if (invalid.length > 0) return usage(`Invalid config(s): ${invalid.join(',')}`);
  if (topic === '__consumer_offsets') return notModelled('kafka-configs.sh --alter of __consumer_offsets');
  // ... then IncrementalAlterConfigs, where the controller validates names and values.
  for (const [key, value] of added) {
    if (UNMODELLED_TOPIC_CONFIGS.includes(key)) return notModelled(key);
    if (!(TOPIC_CONFIG_NAMES as string[]).includes(key)) return failed(args, `org.apache.kafka.common.errors.InvalidConfigurationException: Unknown topic config name: ${key}`);
    const parsed = parseTopicConfigValue(key as TopicConfigName, value);
    if ('error' in parsed) return failed(args, `org.apache.kafka.common.errors.InvalidConfigurationException: ${parsed.error}`);
    Object.assign(command, { [TOPIC_CONFIGS[key as TopicConfigName]]: parsed.value });
  }
  // --delete-config: back to the default and no longer set (listed no more); cleanup.policy (text) goes back to its default value.
  const deletedFields = deleted.map((key) => TOPIC_CONFIGS[key as TopicConfigName]);
  const numeric = deletedFields.filter((f): f is TopicConfigField => (TOPIC_CONFIG_FIELDS as readonly string[]).includes(f));
  if (numeric.length > 0) command.deleteConfigs = numeric;
  for (const key of deleted) if (!(TOPIC_CONFIG_FIELDS as readonly string[]).includes(TOPIC_CONFIGS[key as TopicConfigName])) Object.assign(command, { [TOPIC_CONFIGS[key as TopicConfigName]]: DEFAULTS[key as TopicConfigName] });
  if (Object.keys(command).length === 2) return output(`Completed updating config for topic ${topic}.\n`);
  const r = applyAll(state, [command]);
  if (r.error) return simulatorLimit(r.error) ?? failed(args, `org.apache.kafka.common.errors.InvalidConfigurationException: ${r.error.message}`);
  return output(`Completed updating config for topic ${topic}.\n`, '', [command]);
}

/**
 * describeResourceConfig: without a name every topic from listTopics(listInternal) (a HashSet of
 * names, in its iteration order). getResourceConfig keeps the DYNAMIC_TOPIC_CONFIG entries, sorted by
 * name; each lists its synonyms, here the topic-level one only.
 */
function describe(state: SimState, name: string | undefined, args: readonly string[]): ToolResult {
  const names = name !== undefined ? [name] : javaHashOrder(topicNames(state), javaStringHash);
  let out = '';
  for (const topic of names) {
    if (!state.topics[topic] && !(topic === '__consumer_offsets' && state.offsetsTopic)) return unknownTopic(args, topic);
    out += `Dynamic configs for topic ${topic} are:\n`;
    const entries = [...dynamicConfigs(state, topic)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [key, value] of entries) out += `  ${key}=${value} sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:${key}=${value}}\n`;
  }
  return output(out);
}

import { brokers, partitionCount, partitionState, topicNames as engineTopicNames, type CleanupPolicy, type Command, type CreateTopicCommand, type SimError, type SimState } from '../engine/index.ts';
import { javaStringHash } from '../engine/groups/assignors/java-hash.ts';
import { topicId } from './ids.ts';
import { cannotBeUsedWith, missingRequired, multipleArguments, Opts, parseOptions, type OptionSpecs } from './options.ts';
import { compileRegex } from './regex.ts';
import { applyAll, javaHashOrder, notModelled, output, printVersion, simNote, simulatorLimit, usage, type ToolResult } from './result.ts';
import { OFFSETS_TOPIC_CONFIGS, overriddenConfigs, parseTopicConfigValue, TOPIC_CONFIG_NAMES, TOPIC_CONFIGS, type TopicConfigName, UNMODELLED_TOPIC_CONFIGS } from './topic-configs.ts';

// kafka-topics.sh: org.apache.kafka.tools.TopicCommand (TopicCommandOptions, TopicService,
// TopicDescription/PartitionDescription.printDescription).

export const TOPIC_OPTIONS: OptionSpecs = {
  'bootstrap-server': 'value', 'command-config': 'value', list: 'flag', create: 'flag', delete: 'flag', alter: 'flag', describe: 'flag',
  topic: 'value', 'topic-id': 'value', config: 'value', 'delete-config': 'value', partitions: 'int', 'replication-factor': 'int',
  'replica-assignment': 'value', 'under-replicated-partitions': 'flag', 'unavailable-partitions': 'flag', 'under-min-isr-partitions': 'flag',
  'at-min-isr-partitions': 'flag', 'topics-with-overrides': 'flag', 'if-exists': 'flag', 'if-not-exists': 'flag', 'exclude-internal': 'flag',
  'partition-size-limit-per-response': 'int', help: 'flag', version: 'flag',
};

const OFFSETS_TOPIC = '__consumer_offsets';
/** Topic.INTERNAL_TOPICS: created by the brokers themselves (the group and transaction coordinators). */
const INTERNAL_TOPICS = [OFFSETS_TOPIC, '__transaction_state'];
const ACTIONS = ['create', 'list', 'alter', 'describe', 'delete'];

// TopicCommand.printException: every failure of an admin call goes to stdout with this prefix.
const failed = (message: string) => output(`Error while executing topic command : ${message}\n`);

/** Runs `kafka-topics.sh args…` against the state. */
export function kafkaTopics(state: SimState, args: readonly string[]): ToolResult {
  // TopicCommand.mainNoExit prints the parser's exception message (and a stack trace, left out here).
  const parsed = parseOptions(args, TOPIC_OPTIONS);
  if ('error' in parsed) return usage(parsed.error);
  const opts = new Opts(parsed);
  if (args.length === 0) return usage('Create, delete, describe, or change a topic.');
  if (opts.has('help')) return usage('This tool helps to create, delete, describe, or change a topic.');
  if (opts.has('version')) return printVersion(state);
  if (ACTIONS.filter((a) => opts.has(a)).length !== 1) return usage('Command must include exactly one action: --list, --describe, --create, --alter or --delete');
  if (!opts.has('bootstrap-server')) return usage('--bootstrap-server must be specified');
  if (!opts.has('list') && !opts.has('describe') && !opts.has('topic')) return usage(missingRequired('topic'));
  if (opts.has('alter')) {
    if (opts.has('config')) return usage('Option combination "[[bootstrap-server], [config]]" can\'t be used with option "[alter]" (To alter topic configurations, the kafka-configs tool can be used.)');
    if (!opts.has('partitions')) return usage(missingRequired('partitions'));
  }
  for (const [used, allowed] of [['config', ['alter', 'create']], ['partitions', ['alter', 'create']], ['replication-factor', ['create']]] as const) {
    if (!opts.has(used)) continue;
    const other = ACTIONS.find((a) => opts.has(a) && !(allowed as readonly string[]).includes(a));
    if (other !== undefined) return usage(cannotBeUsedWith(used, other));
  }
  if (opts.has('delete')) return notModelled('kafka-topics.sh --delete');
  // TopicCommand.execute reads --command-config and --bootstrap-server (new TopicService) before its
  // try: the exception reaches mainNoExit, which prints its message on stderr (stack trace left out).
  const early = multipleArguments(opts, ['command-config', 'bootstrap-server']);
  if (early !== undefined) return output('', `${early}\n`);
  // Inside the try, printException prints it on stdout: --create and --alter read the topic, then
  // partitions, replication-factor and replica-assignment (CommandTopicPartition's constructor);
  // --list and --describe read --topic (describe reads --topic-id first).
  const reads = opts.has('create') || opts.has('alter') ? ['topic', 'partitions', 'replication-factor', 'replica-assignment'] : opts.has('describe') ? ['topic-id', 'topic'] : ['topic'];
  const repeated = multipleArguments(opts, reads);
  if (repeated !== undefined) return failed(repeated);
  if (opts.has('replica-assignment') || opts.has('topic-id')) return notModelled(opts.has('topic-id') ? '--topic-id' : '--replica-assignment');
  if (opts.has('create')) return create(state, opts);
  if (opts.has('alter')) return alter(state, opts);
  const topics = matching(state, opts.value('topic'), opts.has('exclude-internal'));
  if (!Array.isArray(topics)) return topics;
  if (opts.has('list')) return output(`${topics.join('\n')}\n`);
  return describe(state, opts, topics);
}

/** Every topic name, sorted, __consumer_offsets included once it exists (listInternal = true). */
export function topicNames(state: SimState, excludeInternal = false): string[] {
  const names = [...engineTopicNames(state)];
  if (state.offsetsTopic && !excludeInternal) names.push(OFFSETS_TOPIC);
  return names.sort();
}

/**
 * TopicFilter.IncludeList (server-common): --topic is a regular expression, trimmed, commas read as
 * '|', blanks and surrounding quotes dropped, matched against the whole name (String.matches). It
 * runs on a linear-time matcher (regex.ts): Java's backtracking engine would hang on `(a+)+b`.
 */
function matching(state: SimState, pattern: string | undefined, excludeInternal: boolean): string[] | ToolResult {
  const names = topicNames(state, excludeInternal);
  if (pattern === undefined) return names;
  const regex = pattern.trim().replace(/,/g, '|').replace(/ /g, '').replace(/^["']+/, '').replace(/["']+$/, '');
  const compiled = compileRegex(regex);
  // TopicFilter's constructor: a PatternSyntaxException becomes this RuntimeException, printed by TopicCommand.
  if (!compiled.ok && compiled.kind === 'syntax') return failed(`${regex} is an invalid regex.`);
  if (!compiled.ok) return simNote('console.regexRefused', { feature: compiled.feature });
  return names.filter((n) => compiled.matches(n));
}

// String.format("Topic '%s' does not exist as expected", requestedTopic) formats the Optional itself.
const notFound = (topic: string) => failed(`Topic 'Optional[${topic}]' does not exist as expected`);

function parseConfigs(values: readonly string[]): Partial<Record<TopicConfigName, number | CleanupPolicy>> | ToolResult {
  const configs: Partial<Record<TopicConfigName, number | CleanupPolicy>> = {};
  for (const entry of values) {
    const pair = entry.split(/\s*=\s*/);
    if (pair.length !== 2) return failed('requirement failed: Invalid topic config: all configs to be added must be in the format "key=val".');
    const name = pair[0]!.trim();
    const value = pair[1]!.trim();
    // The broker's own refusals (ConfigDef / LogConfig.validate), which the tool prints.
    if (UNMODELLED_TOPIC_CONFIGS.includes(name)) return notModelled(name);
    if (!(TOPIC_CONFIG_NAMES as string[]).includes(name)) return failed(`Unknown topic config name: ${name}`);
    const parsed = parseTopicConfigValue(name as TopicConfigName, value);
    if ('error' in parsed) return failed(parsed.error);
    configs[name as TopicConfigName] = parsed.value;
  }
  return configs;
}

function create(state: SimState, opts: Opts): ToolResult {
  const topic = opts.value('topic')!;
  const partitions = opts.int('partitions') ?? 1; // num.partitions
  const rf = opts.int('replication-factor');
  if (rf !== undefined && (rf > 32767 || rf < 1)) return failed('The replication factor must be between 1 and 32767 inclusive');
  if (partitions < 1) return failed('The partitions must be greater than 0');
  // The brokers create their internal topics themselves. Kafka's answer exists for one that exists;
  // making one by hand before the coordinator does is not modelled.
  if (INTERNAL_TOPICS.includes(topic)) {
    if (topic === OFFSETS_TOPIC && state.offsetsTopic) {
      return opts.has('if-not-exists') ? output('') : failed(`Topic '${topic}' already exists.`);
    }
    return simNote('console.internalTopic', { topic });
  }
  // ReplicationControlManager: StripedReplicaPlacer refuses a factor above the registered (unfenced) brokers.
  const live = brokers(state).filter((b) => b.status === 'online' || b.status === 'isolated').length;
  if (rf !== undefined && rf > live) return failed(replicationMessage(rf, live));
  const configs = parseConfigs(opts.valuesOf('config'));
  if ('chunks' in configs) return configs as ToolResult;
  const command: CreateTopicCommand = { type: 'createTopic', topic, partitions };
  if (rf !== undefined) command.replicationFactor = rf;
  Object.assign(command, Object.fromEntries(Object.entries(configs).map(([name, value]) => [TOPIC_CONFIGS[name as TopicConfigName], value])));
  const warning = /[._]/.test(topic)
    ? "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both.\n"
    : '';
  const r = applyAll(state, [command]);
  if (r.error) {
    // A bound Kafka does not have (partitions per topic, topics in all): the simulator's note, not Kafka's output.
    const limit = simulatorLimit(r.error);
    if (limit) return limit;
    if (r.error.code === 'TOPIC_ALREADY_EXISTS' && opts.has('if-not-exists')) return output(warning);
    return output(`${warning}Error while executing topic command : ${controllerMessage(r.error)}\n`);
  }
  return output(`${warning}Created topic ${topic}.\n`, '', [command]);
}

/**
 * The KRaft controller's wording where it differs from the engine's (ReplicationControlManager
 * wraps StripedReplicaPlacer's InvalidReplicationFactorException).
 */
function controllerMessage(error: SimError): string {
  const p = error.params ?? {};
  if (error.code === 'INVALID_REPLICATION_FACTOR' && p['replicationFactor'] !== undefined && p['brokers'] !== undefined) {
    return replicationMessage(p['replicationFactor'], p['brokers']);
  }
  // ReplicationControlManager.validateNewTopicNames (4.0): "collides with existing topic: " and the one it found.
  if (error.code === 'TOPIC_COLLISION' && p['topic'] !== undefined && p['existing'] !== undefined) {
    return `Topic '${p['topic']}' collides with existing topic: ${String(p['existing']).split(', ')[0]}`;
  }
  return error.message;
}

const replicationMessage = (rf: string | number, brokers: string | number) =>
  `Unable to replicate the partition ${rf} time(s): The target replication factor of ${rf} cannot be reached because only ${brokers} broker(s) are registered.`;

function alter(state: SimState, opts: Opts): ToolResult {
  const topic = opts.value('topic')!;
  const found = matching(state, topic, false);
  if (!Array.isArray(found)) return found;
  const topics = found.filter((n) => n !== OFFSETS_TOPIC);
  if (topics.length === 0) return opts.has('if-exists') ? output('') : notFound(topic);
  const commands: Command[] = topics.map((t) => ({ type: 'alterPartitions', topic: t, partitions: opts.int('partitions')! }));
  const r = applyAll(state, commands);
  if (r.error) return simulatorLimit(r.error) ?? failed(controllerMessage(r.error));
  // TopicService.alterTopic prints nothing on success.
  return output('', '', commands);
}

function describe(state: SimState, opts: Opts, topics: string[]): ToolResult {
  const requested = opts.value('topic');
  if (requested !== undefined && topics.length === 0 && !opts.has('if-exists')) return notFound(requested);
  // DescribeTopicsResult.allTopicNames collects into new HashMap<>(n): the tool prints in its order.
  const ordered = javaHashOrder(topics, javaStringHash, topics.length);
  let out = '';
  const underReplicated = opts.has('under-replicated-partitions');
  const unavailable = opts.has('unavailable-partitions');
  const partitionsOnly = underReplicated || unavailable || opts.has('under-min-isr-partitions') || opts.has('at-min-isr-partitions');
  for (const name of ordered) {
    const rows = partitionRows(state, name);
    const configs = name === OFFSETS_TOPIC
      ? Object.entries(OFFSETS_TOPIC_CONFIGS)
      : overriddenConfigs(state.topics[name]!.config, {}, state.topics[name]!.setConfigs);
    if (!partitionsOnly && (!opts.has('topics-with-overrides') || configs.length > 0)) {
      const rf = rows[0]?.replicas.length ?? 0;
      const configText = orderConfigs(configs).map(([k, v]) => `${k}=${v}`).join(',');
      out += `Topic: ${name}\tTopicId: ${topicId(state.seed, name)}\tPartitionCount: ${rows.length}\tReplicationFactor: ${rf}\tConfigs: ${configText}\n`;
    }
    if (opts.has('topics-with-overrides')) continue;
    const minIsr = name === OFFSETS_TOPIC ? 1 : state.topics[name]!.config.minInsyncReplicas;
    for (const row of rows) {
      if (underReplicated && !(row.replicas.length - row.isr.length > 0)) continue;
      if (unavailable && row.leader !== undefined) continue;
      if (opts.has('under-min-isr-partitions') && !(row.leader === undefined || row.isr.length < minIsr)) continue;
      if (opts.has('at-min-isr-partitions') && row.isr.length !== minIsr) continue;
      // TopicCommand.PartitionDescription.printDescription (TopicCommand.java:374-388): Elr and
      // LastKnownElr after Isr, ids joined by ','. A KRaft broker answers DescribeTopicPartitions with
      // empty lists when ELR is off (every profile but 4.1), so both print empty there.
      out += `\tTopic: ${name}\tPartition: ${row.partition}\tLeader: ${row.leader ?? 'none'}\tReplicas: ${row.replicas.join(',')}\tIsr: ${row.isr.join(',')}\tElr: ${row.elr.join(',')}\tLastKnownElr: ${row.lastKnownElr.join(',')}\n`;
    }
  }
  return output(out);
}

function orderConfigs(entries: [string, string][]): [string, string][] {
  const bucket = (name: string) => { const h = javaStringHash(name); return (h ^ (h >>> 16)) & 63; };
  return entries.map((e, i) => ({ e, i })).sort((x, y) => bucket(x.e[0]) - bucket(y.e[0]) || x.i - y.i).map((x) => x.e);
}

interface Row { partition: number; leader?: number; replicas: number[]; isr: number[]; elr: readonly number[]; lastKnownElr: readonly number[] }

function partitionRows(state: SimState, name: string): Row[] {
  if (name === OFFSETS_TOPIC) {
    return (state.offsetsTopic ?? []).map((p, partition) => {
      const row: Row = { partition, replicas: [...p.replicas], isr: [...p.isr], elr: [], lastKnownElr: [] };
      if (p.leader !== undefined) row.leader = p.leader;
      return row;
    });
  }
  return Array.from({ length: partitionCount(state, name) }, (_, partition) => {
    const info = partitionState(state, name, partition)!;
    const row: Row = { partition, replicas: info.replicas, isr: info.isr, elr: info.elr, lastKnownElr: info.lastKnownElr };
    if (info.leader !== undefined) row.leader = info.leader;
    return row;
  });
}


import { groupIds, SIM_LIMITS, type AddConsumerCommand, type Command, type SimState } from '../engine/index.ts';
import { consoleGroupNumber } from './ids.ts';
import { missingRequired, multipleArguments, Opts, parseOptions, type OptionSpecs } from './options.ts';
import { javaBoolean, keyValues, unescape } from './properties.ts';
import { applyAll, log4jLine, log4jWarn, notModelled, output, printVersion, simulatorLimit, usage, type SimNote, type ToolResult } from './result.ts';

// kafka-console-consumer.sh: org.apache.kafka.tools.consumer.ConsoleConsumer, ConsoleConsumerOptions
// and DefaultMessageFormatter.writeTo.

export const CONSUMER_OPTIONS: OptionSpecs = {
  topic: 'value', include: 'value', partition: 'int', offset: 'value', 'consumer-property': 'value', 'consumer.config': 'value',
  formatter: 'value', property: 'value', 'formatter-config': 'value', 'from-beginning': 'flag', 'max-messages': 'int', 'timeout-ms': 'int',
  'skip-message-on-error': 'flag', 'bootstrap-server': 'value', 'key-deserializer': 'value', 'value-deserializer': 'value',
  'enable-systest-events': 'flag', 'isolation-level': 'value', group: 'value', help: 'flag', version: 'flag',
};

/** ConsoleConsumer's client.id. */
export const CONSOLE_CONSUMER = 'console-consumer';
/**
 * A real run polls until Ctrl-C or --max-messages; the simulator stops at the first empty poll or
 * after this many polls (each is a step on the timeline), each of up to SIM_LIMITS.maxPollRecords
 * records: at most 20,000 records a run, and the console says when this bound stopped it.
 */
export const MAX_POLLS = 20;

/**
 * Runs the console consumer once: subscribe, poll until a poll returns nothing (or --max-messages
 * are printed), then close (which commits when auto-commit is on, i.e. when --group was given).
 */
export function kafkaConsoleConsumer(state: SimState, args: readonly string[]): ToolResult {
  const parsed = parseOptions(args, CONSUMER_OPTIONS);
  if ('error' in parsed) return usage(parsed.error);
  const opts = new Opts(parsed);
  // ConsoleConsumerOptions: CommandLineUtils.maybePrintHelpOrVersion (isPrintHelpNeeded: no arguments or --help).
  if (args.length === 0 || opts.has('help')) return usage('This tool helps to read data from Kafka topics and outputs it to standard output.');
  if (opts.has('version')) return printVersion(state);
  // A repeated single-valued option: ConsoleConsumerOptions' constructor meets it at the OptionSet.valueOf
  // that reads it, and the exception leaves main (its first line as the JVM prints it; the stack is left out).
  const repeatedIn = (names: readonly string[]) => {
    const message = multipleArguments(opts, names);
    return message === undefined ? undefined : output('', `Exception in thread "main" joptsimple.MultipleArgumentsForOptionException: ${message}\n`);
  };
  // checkRequiredArgs reads --topic and --include first, then --partition.
  const early = repeatedIn(['topic', 'include']);
  if (early) return early;
  if ([opts.has('topic'), opts.has('include')].filter(Boolean).length !== 1) return usage('Exactly one of --include/--topic is required. ');
  const partitionRepeated = repeatedIn(['partition']);
  if (partitionRepeated) return partitionRepeated;
  if (opts.has('partition') && !opts.has('topic')) return usage('The topic is required when partition is specified.');
  if (opts.has('partition') && opts.has('from-beginning') && opts.has('offset')) return usage('Options from-beginning and offset cannot be specified together.');
  if (!opts.has('partition') && opts.has('offset')) return usage('The partition is required when offset is specified.');
  if (!opts.has('bootstrap-server')) return usage(missingRequired('bootstrap-server'));
  // Then --consumer.config and --group (checkConsumerGroup), and buildConsumerProps, parseTimeoutMs and buildFormatter theirs.
  const groupRepeated = repeatedIn(['consumer.config', 'group']);
  if (groupRepeated) return groupRepeated;
  const consumerProps = keyValues(opts.valuesOf('consumer-property'));
  const groups = new Set([opts.value('group'), consumerProps.get('group.id')].filter((g): g is string => g !== undefined));
  if (groups.size > 1) {
    return usage(`The group ids provided in different places (directly using '--group', using '--consumer-property', or using '--consumer.config') do not match. Detected group ids: ${[...groups].map((g) => `'${g}'`).join(', ')}`);
  }
  if (groups.size > 0 && opts.has('partition')) return usage('Options group and partition cannot be specified together.');
  const propsRepeated = repeatedIn(['offset', 'bootstrap-server', 'isolation-level', 'timeout-ms', 'formatter', 'formatter-config', 'key-deserializer', 'value-deserializer']);
  if (propsRepeated) return propsRepeated;
  if (opts.has('include') || opts.has('partition')) return notModelled(opts.has('include') ? '--include' : '--partition');
  const topic = opts.value('topic')!;
  const consumer = freeName(state);
  const explicitGroup = [...groups][0];
  const group = explicitGroup ?? `console-consumer-${consoleGroupNumber(state.seed, state.time, groupIds(state).length)}`;
  // CommandLineUtils.maybeMergeOptions: --isolation-level wins over --consumer-property; read_uncommitted by default.
  const isolation = opts.value('isolation-level') ?? consumerProps.get('isolation.level') ?? 'read_uncommitted';
  if (isolation !== 'read_committed' && isolation !== 'read_uncommitted') {
    // new KafkaConsumer(props) refuses it (ConsumerConfig's ValidString); ConsoleConsumer.main logs it and exits.
    const error = log4jLine(state.time, 'ERROR', 'Unknown error when running consumer: ', 'org.apache.kafka.tools.consumer.ConsoleConsumer');
    return output('', `${error}org.apache.kafka.common.config.ConfigException: Invalid value ${isolation} for configuration isolation.level: String must be one of: read_committed, read_uncommitted\n`);
  }
  // ConsoleConsumer.run reads --max-messages inside main's try, which logs what it throws.
  const maxRepeated = multipleArguments(opts, ['max-messages']);
  if (maxRepeated !== undefined) {
    return output('', `${log4jLine(state.time, 'ERROR', 'Unknown error when running consumer: ', 'org.apache.kafka.tools.consumer.ConsoleConsumer')}joptsimple.MultipleArgumentsForOptionException: ${maxRepeated}\n`);
  }
  if (!state.topics[topic]) {
    // The metadata answer for a topic that does not exist, logged at WARN until the user stops the tool.
    const warn = log4jWarn(state.time, `[Consumer clientId=${consumer}, groupId=${group}] Error while fetching metadata with correlation id 2 : {${topic}=UNKNOWN_TOPIC_OR_PARTITION}`, 'org.apache.kafka.clients.NetworkClient');
    return output('', `${warn}Processed a total of 0 messages\n`);
  }
  const add: AddConsumerCommand = { type: 'addConsumer', consumer, group, topics: [topic], autoOffsetReset: opts.has('from-beginning') ? 'earliest' : (consumerProps.get('auto.offset.reset') === 'earliest' ? 'earliest' : 'latest') };
  if (isolation === 'read_committed') add.isolationLevel = 'read_committed';
  // Without --group the tool makes up a group and turns auto-commit off (ConsoleConsumerOptions.buildConsumerProps).
  if (explicitGroup === undefined || consumerProps.get('enable.auto.commit') === 'false') add.enableAutoCommit = false;
  // ConsoleConsumer.process: `while (messageLimit == -1 || messageCount < messageLimit)`, -1 by default.
  const limit = opts.int('max-messages') ?? -1;
  const max = limit === -1 ? undefined : Math.max(0, limit);
  const commands: Command[] = [add];
  let current = applyAll(state, [add]);
  if (current.error) return simulatorLimit(current.error) ?? output('', `${current.error.message}\nProcessed a total of 0 messages\n`);
  const props = keyValues(opts.valuesOf('property'));
  let out = '';
  let count = 0;
  let note: SimNote | undefined;
  for (let i = 0; max === undefined || count < max; i++) {
    if (i === MAX_POLLS) {
      note = { key: 'console.maxMessagesCapped', params: { polls: MAX_POLLS, count } };
      break;
    }
    const poll: Command = { type: 'poll', consumer, maxRecords: Math.min(max === undefined ? SIM_LIMITS.maxPollRecords : max - count, SIM_LIMITS.maxPollRecords) };
    const r = applyAll(current.state, [poll]);
    if (r.error) break;
    commands.push(poll);
    current = r;
    const fetched = r.events.flatMap((e) => (e.type === 'recordsFetched'
      ? e.batches.flatMap((b) => b.records.map((rec) => ({ ...rec, topic: b.topic, partition: b.partition })))
      : []));
    for (const rec of fetched) out += formatRecord(rec, props);
    count += fetched.length;
    if (fetched.length === 0) break;
  }
  const close: Command = { type: 'removeConsumer', consumer };
  commands.push(close);
  const result = output(out, `Processed a total of ${count} messages\n`, commands);
  return note ? { ...result, note } : result;
}

function freeName(state: SimState): string {
  if (!state.consumers[CONSOLE_CONSUMER]) return CONSOLE_CONSUMER;
  for (let i = 2; ; i++) if (!state.consumers[`${CONSOLE_CONSUMER}-${i}`]) return `${CONSOLE_CONSUMER}-${i}`;
}

interface Printed { topic: string; partition: number; offset: number; key?: string; value: string | null; timestamp: number }

/** DefaultMessageFormatter.writeTo with its print.* properties, key.separator, line.separator and null.literal (print.delivery and print.epoch are not modelled). */
export function formatRecord(record: Printed, props: ReadonlyMap<string, string>): string {
  const sep = unescape(props.get('key.separator') ?? '\t');
  const eol = unescape(props.get('line.separator') ?? '\n');
  const nullLiteral = props.get('null.literal') ?? 'null';
  const fields: string[] = [];
  if (javaBoolean(props.get('print.timestamp'))) fields.push(`CreateTime:${record.timestamp}`);
  if (javaBoolean(props.get('print.partition'))) fields.push(`Partition:${record.partition}`);
  if (javaBoolean(props.get('print.offset'))) fields.push(`Offset:${record.offset}`);
  // After the offset (and delivery, epoch), before the key (DefaultMessageFormatter.java:164-179):
  // the headers joined by headers.separator, or NO_HEADERS. The simulator's records carry none.
  if (javaBoolean(props.get('print.headers'))) fields.push('NO_HEADERS');
  if (javaBoolean(props.get('print.key'))) fields.push(record.key ?? nullLiteral);
  const printValue = props.get('print.value') === undefined || javaBoolean(props.get('print.value'));
  if (printValue) fields.push(record.value ?? nullLiteral);
  // Each field is followed by key.separator when another follows, by line.separator when it is the last.
  return fields.length === 0 ? '' : `${fields.join(sep)}${eol}`;
}

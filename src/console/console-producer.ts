import { producerConfig, type Acks, type AddProducerCommand, type Command, type SimState } from '../engine/index.ts';
import { Opts, missingRequired, multipleArguments, parseOptions, type OptionSpecs } from './options.ts';
import { javaBoolean, keyValues, unescape } from './properties.ts';
import { applyAll, output, printVersion, simulatorLimit, usage, type ProducerSession, type ToolResult } from './result.ts';

// kafka-console-producer.sh: org.apache.kafka.tools.ConsoleProducer (ConsoleProducerOptions) and
// LineMessageReader, which reads one record per line.

export const PRODUCER_OPTIONS: OptionSpecs = {
  topic: 'value', 'bootstrap-server': 'value', sync: 'flag', 'compression-codec': 'value', 'batch-size': 'int', 'message-send-max-retries': 'int',
  'retry-backoff-ms': 'long', timeout: 'long', 'request-required-acks': 'value', 'request-timeout-ms': 'int', 'metadata-expiry-ms': 'long',
  'max-block-ms': 'long', 'max-memory-bytes': 'long', 'max-partition-memory-bytes': 'int', 'line-reader': 'value', 'socket-buffer-size': 'int',
  property: 'value', 'reader-config': 'value', 'producer-property': 'value', 'producer.config': 'value', help: 'flag', version: 'flag',
};

/** ConsoleProducer's client.id, used as the producer's name in the picture. */
export const CONSOLE_PRODUCER = 'console-producer';

const ACKS: Record<string, Acks> = { all: 'all', '-1': 'all', '0': 0, '1': 1 };

/** Starts the console producer: the lines typed next are records (see producerLine). */
export function kafkaConsoleProducer(state: SimState, args: readonly string[]): ToolResult {
  const parsed = parseOptions(args, PRODUCER_OPTIONS);
  if ('error' in parsed) return usage(parsed.error);
  const opts = new Opts(parsed);
  // ConsoleProducerOptions: CommandLineUtils.maybePrintHelpOrVersion (isPrintHelpNeeded: no arguments or --help).
  if (args.length === 0 || opts.has('help')) return usage('This tool helps to read data from standard input and publish it to Kafka.');
  if (opts.has('version')) return printVersion(state);
  if (!opts.has('topic')) return usage(missingRequired('topic'));
  // A repeated single-valued option: the OptionSet.valueOf that meets it throws, and ConsoleProducer.start
  // prints the OptionException's message on stderr. checkArgs reads --bootstrap-server, messageReader
  // the reader's class, --reader-config and --topic, then producerProps the producer's options.
  const readerRepeated = multipleArguments(opts, ['bootstrap-server', 'line-reader', 'reader-config', 'topic']);
  if (readerRepeated !== undefined) return output('', `${readerRepeated}\n`);
  const bootstrapError = validateBootstrapServer(opts.value('bootstrap-server'));
  if (bootstrapError !== undefined) return usage(bootstrapError);
  const producerProps = keyValues(opts.valuesOf('producer-property'));
  const acksText = opts.value('request-required-acks') ?? producerProps.get('acks');
  let acks: Acks | undefined;
  if (acksText !== undefined) {
    acks = ACKS[acksText.trim().toLowerCase()];
  }
  const props = keyValues(opts.valuesOf('property'));
  const session: ProducerSession = {
    topic: opts.value('topic')!,
    producer: CONSOLE_PRODUCER,
    parseKey: javaBoolean(props.get('parse.key')),
    keySeparator: unescape(props.get('key.separator') ?? '\t'),
    ignoreError: javaBoolean(props.get('ignore.error')),
    lineNumber: 0,
  };
  const nullMarker = props.get('null.marker');
  if (nullMarker !== undefined) session.nullMarker = nullMarker;
  // LineMessageReader.configure refuses a marker equal to the key separator; ConsoleProducer.main prints the stack trace.
  if (nullMarker !== undefined && nullMarker === session.keySeparator) return output('', 'org.apache.kafka.common.KafkaException: null.marker and key.separator cannot be the same.\n');
  // producerProps: --producer.config, --bootstrap-server, --compression-codec, then maybeMergeOptions in its order.
  const producerRepeated = multipleArguments(opts, ['producer.config', 'compression-codec', 'timeout', 'request-required-acks', 'request-timeout-ms', 'message-send-max-retries',
    'retry-backoff-ms', 'socket-buffer-size', 'max-memory-bytes', 'batch-size', 'max-partition-memory-bytes', 'metadata-expiry-ms', 'max-block-ms']);
  if (producerRepeated !== undefined) return output('', `${producerRepeated}\n`);
  // ConfigDef's ValidString, thrown while the KafkaProducer is built and printed with its stack trace.
  if (acksText !== undefined && acks === undefined) return output('', `org.apache.kafka.common.config.ConfigException: Invalid value ${acksText} for configuration acks: String must be one of: all, -1, 0, 1\n`);
  const commands: Command[] = [];
  const existing = state.producers[CONSOLE_PRODUCER];
  // Each run of the tool is a new KafkaProducer; one left from an earlier run with other settings is replaced.
  if (existing && existing.acks !== (acks ?? 'all')) commands.push({ type: 'removeProducer', producer: CONSOLE_PRODUCER });
  if (!existing || commands.length > 0) {
    const add: AddProducerCommand = { type: 'addProducer', producer: CONSOLE_PRODUCER };
    if (acks !== undefined) add.acks = acks;
    commands.push(add);
  }
  const r = applyAll(state, commands);
  if (r.error) return simulatorLimit(r.error) ?? output('', `org.apache.kafka.common.config.ConfigException: ${r.error.message}\n`);
  return { ...output('', '', commands), producer: session };
}

/**
 * ToolsUtils.validateBootstrapServer: a comma-separated list where every entry has a port
 * (Utils.getPort's pattern `host:port`), or the IllegalArgumentException's text (ending in a newline).
 */
export function validateBootstrapServer(hostPort: string | undefined): string | undefined {
  if (hostPort === undefined || hostPort.trim() === '') return 'Error while validating the bootstrap address\n';
  // Java's split drops trailing empty strings.
  const entries = hostPort.split(',');
  while (entries.length > 1 && entries[entries.length - 1] === '') entries.pop();
  const valid = entries.every((entry) => /^.*?\[?[0-9a-zA-Z\-%._:]*\]?:[0-9]+$/.test(entry));
  return valid ? undefined : 'Please provide valid host:port like host1:9091,host2:9092\n';
}

/**
 * One line typed into the console producer: a record (LineMessageReader), or the end of input.
 * A line without the key separator ends the tool with LineMessageReader's KafkaException unless
 * ignore.error=true. A topic that does not exist is created by the broker (auto.create.topics.enable,
 * num.partitions = 1) when the producer first asks for its metadata.
 */
export function producerLine(state: SimState, session: ProducerSession, line: string): ToolResult {
  const lineNumber = session.lineNumber + 1;
  let key: string | undefined;
  let value = line;
  if (session.parseKey) {
    const at = line.indexOf(session.keySeparator);
    if (at < 0 && !session.ignoreError) {
      return output('', `org.apache.kafka.common.KafkaException: No key separator found on line number ${lineNumber}: '${line}'\n`);
    }
    if (at >= 0) {
      key = line.slice(0, at);
      value = line.slice(at + session.keySeparator.length);
    }
  }
  if (key !== undefined && key === session.nullMarker) key = undefined;
  // A value equal to null.marker is a null value (LineMessageReader): a tombstone, which the console
  // consumer prints as its null.literal, "null".
  const sent: string | null = value === session.nullMarker ? null : value;
  const commands: Command[] = [];
  if (!state.topics[session.topic]) commands.push({ type: 'createTopic', topic: session.topic, partitions: 1 });
  commands.push(key === undefined
    ? { type: 'produce', producer: session.producer, topic: session.topic, value: sent }
    : { type: 'produce', producer: session.producer, topic: session.topic, key, value: sent });
  // linger.ms > 0 (4.0+): the session has no wall clock between typed lines, so each line is sent as
  // if its linger (ConsoleProducer's --timeout) had passed before the next one: flushed at once.
  if ((producerConfig(state, session.producer)?.lingerMs ?? 0) > 0) commands.push({ type: 'flush', producer: session.producer });
  const r = applyAll(state, commands);
  if (r.error) return { ...(simulatorLimit(r.error) ?? output('', `org.apache.kafka.common.KafkaException: ${r.error.message}\n`)), producer: { ...session, lineNumber } };
  return { ...output('', '', commands), producer: { ...session, lineNumber } };
}

import { describe, expect, it } from 'vitest';
import { applyCommand, createSimulation, SIM_LIMITS, type Command, type SimState } from '../engine/index.ts';
import type { ProfileName } from '../engine/versions/names.ts';
import { baseState } from './fixtures/scenario.ts';
import { runLine } from './index.ts';
import { stderrOf, stdoutOf, type ToolResult } from './result.ts';

// Kafka 4.0's command-line rules the console follows beyond the fixtures: CommandLineUtils'
// --version, jopt-simple's repeated options, and what is the simulator's limit rather than Kafka's.

const B = '--bootstrap-server localhost:9092';

/** Nothing printed, nothing added to the timeline: only the console's own remark. */
function silent(r: ToolResult): void {
  expect(stdoutOf(r)).toBe('');
  expect(stderrOf(r)).toBe('');
  expect(r.commands).toEqual([]);
}

describe('SIM_LIMITS are the simulator\'s limits, not Kafka\'s: a note, no Kafka output, nothing changes', () => {
  it('--create --partitions above maxPartitions (Kafka has no such bound)', () => {
    const r = runLine(baseState(), `kafka-topics.sh ${B} --create --topic big --partitions 99999`);
    silent(r);
    expect(r.simulatorLimit).toMatchObject({ code: 'LIMIT_EXCEEDED', params: { limit: 'maxPartitions', max: SIM_LIMITS.maxPartitions, requested: 99999 } });
  });

  it('--alter --partitions above maxPartitions', () => {
    const r = runLine(baseState(), `kafka-topics.sh ${B} --alter --topic orders --partitions 99999`);
    silent(r);
    expect(r.simulatorLimit?.params).toMatchObject({ limit: 'maxPartitions' });
  });

  it('a topic past maxTopics', () => {
    let state: SimState = createSimulation({ seed: 1 });
    for (let i = 0; i < SIM_LIMITS.maxTopics; i++) {
      const r = runLine(state, `kafka-topics.sh ${B} --create --topic t${i}`);
      expect(stdoutOf(r)).toBe(`Created topic t${i}.\n`);
      for (const c of r.commands) state = applyOrThrow(state, c);
    }
    const r = runLine(state, `kafka-topics.sh ${B} --create --topic one-more`);
    silent(r);
    expect(r.simulatorLimit?.params).toMatchObject({ limit: 'maxTopics' });
  });

  it('a name JavaScript reserves (a legal Kafka topic name)', () => {
    const r = runLine(baseState(), `kafka-topics.sh ${B} --create --topic constructor`);
    silent(r);
    expect(r.simulatorLimit?.code).toBe('RESERVED_NAME');
  });

  it('Topic.MAX_NAME_LENGTH (249) is Kafka\'s own: Kafka\'s text, no simulator note', () => {
    const r = runLine(baseState(), `kafka-topics.sh ${B} --create --topic ${'a'.repeat(250)}`);
    expect(stdoutOf(r)).toMatch(/^Error while executing topic command : Topic name is invalid: the length of 'a{250}' is longer than the max allowed length 249\n$/);
    expect(r.simulatorLimit).toBeUndefined();
  });
});

describe('OptionSet.valueOf on a repeated option: MultipleArgumentsForOptionException (jopt-simple)', () => {
  it('--create reads --partitions inside TopicCommand.execute\'s try: printException on stdout, no topic', () => {
    const r = runLine(baseState(), `kafka-topics.sh ${B} --create --topic t2 --partitions 2 --partitions 3`);
    expect(stdoutOf(r)).toBe('Error while executing topic command : Found multiple arguments for option partitions, but you asked for only one\n');
    expect(r.commands).toEqual([]);
  });

  it('--topic is read before --partitions (CommandTopicPartition\'s constructor)', () => {
    const r = runLine(baseState(), `kafka-topics.sh ${B} --alter --topic a --topic b --partitions 2 --partitions 3`);
    expect(stdoutOf(r)).toBe('Error while executing topic command : Found multiple arguments for option topic, but you asked for only one\n');
  });

  it('--bootstrap-server is read before the try (new TopicService): mainNoExit prints on stderr', () => {
    const r = runLine(baseState(), `kafka-topics.sh --bootstrap-server a:9092 --bootstrap-server b:9092 --list`);
    expect(stdoutOf(r)).toBe('');
    expect(stderrOf(r)).toBe('Found multiple arguments for option bootstrap-server, but you asked for only one\n');
  });

  it('kafka-console-producer: ConsoleProducer.start catches the OptionException and prints its message on stderr', () => {
    const r = runLine(baseState(), `kafka-console-producer.sh ${B} --topic orders --request-required-acks 1 --request-required-acks all`);
    expect(stderrOf(r)).toBe('Found multiple arguments for option request-required-acks, but you asked for only one\n');
    expect(r.producer).toBeUndefined();
    expect(r.commands).toEqual([]);
  });

  it('kafka-console-consumer: ConsoleConsumerOptions throws out of main (the JVM\'s first line); --max-messages is read in run, which logs it', () => {
    const topic = runLine(baseState(), `kafka-console-consumer.sh ${B} --topic orders --topic other`);
    expect(stderrOf(topic)).toBe('Exception in thread "main" joptsimple.MultipleArgumentsForOptionException: Found multiple arguments for option topic, but you asked for only one\n');
    expect(topic.commands).toEqual([]);
    const max = runLine(baseState(), `kafka-console-consumer.sh ${B} --topic orders --max-messages 1 --max-messages 2`);
    expect(stderrOf(max)).toMatch(/^\[[-0-9 :,]+\] ERROR Unknown error when running consumer: {2}\(org\.apache\.kafka\.tools\.consumer\.ConsoleConsumer\)\njoptsimple\.MultipleArgumentsForOptionException: Found multiple arguments for option max-messages, but you asked for only one\n$/);
    expect(max.commands).toEqual([]);
  });

  it('kafka-consumer-groups: ConsumerGroupService reads --bootstrap-server inside run(), whose catch prints printError and the trace', () => {
    const r = runLine(baseState(), 'kafka-consumer-groups.sh --bootstrap-server a:9092 --bootstrap-server b:9092 --list');
    const message = 'Found multiple arguments for option bootstrap-server, but you asked for only one';
    expect(stdoutOf(r)).toBe(`\nError: Executing consumer group command failed due to ${message}\n`);
    expect(stderrOf(r)).toBe(`joptsimple.MultipleArgumentsForOptionException: ${message}\n`);
  });

  it('kafka-consumer-groups --describe takes --group more than once (valuesOf)', () => {
    const r = runLine(baseState(), `kafka-consumer-groups.sh ${B} --describe --group billing --group billing --state`);
    expect(stdoutOf(r)).toContain('billing');
    expect(stdoutOf(r)).not.toContain('Found multiple arguments');
  });

  it('kafka-configs: ConfigCommand.main prints the OptionException\'s message alone on stderr', () => {
    const r = runLine(baseState(), 'kafka-configs.sh --bootstrap-server a:9092 --bootstrap-server b:9092 --describe --entity-type topics --entity-name orders');
    expect(stdoutOf(r)).toBe('');
    expect(stderrOf(r)).toBe('Found multiple arguments for option bootstrap-server, but you asked for only one\n');
  });

  it('--config is multi-valued (valuesOf): repeating it is fine', () => {
    const r = runLine(baseState(), `kafka-topics.sh ${B} --create --topic t3 --config retention.ms=1000 --config retention.bytes=100`);
    expect(stdoutOf(r)).toBe('Created topic t3.\n');
  });
});

describe('CommandLineUtils.maybePrintHelpOrVersion: --version prints AppInfoParser.getVersion()', () => {
  const versioned = (kafkaVersion: ProfileName) => createSimulation({ seed: 1, kafkaVersion });
  it.each([['4.0', '4.0.0\n'], ['4.1', '4.1.0\n'], ['3.9', '3.9.0\n']] as const)('profile %s prints %j, before the action check', (profile, printed) => {
    for (const tool of ['kafka-topics.sh', 'kafka-console-consumer.sh', 'kafka-console-producer.sh', 'kafka-consumer-groups.sh', 'kafka-configs.sh']) {
      const r = runLine(versioned(profile), `${tool} --version`);
      expect(stdoutOf(r), tool).toBe(printed);
      expect(stderrOf(r), tool).toBe('');
    }
  });

  it('--help wins over --version (isPrintHelpNeeded is checked first)', () => {
    expect(stderrOf(runLine(versioned('4.0'), 'kafka-topics.sh --help --version'))).toBe('This tool helps to create, delete, describe, or change a topic.\n');
  });

  it('the classic profile models no release: a note, nothing printed', () => {
    const r = runLine(versioned('classic'), 'kafka-topics.sh --version');
    silent(r);
    expect(r.note?.key).toBe('console.noVersion');
  });
});

function applyOrThrow(state: SimState, command: Command): SimState {
  const r = applyCommand(state, command);
  if (r.error) throw new Error(r.error.message);
  return r.state;
}

describe('LogConfig through ConfigDef: parseType and Range.ensureValid, in the broker\'s words', () => {
  const create = (config: string) => stdoutOf(runLine(baseState(), `kafka-topics.sh ${B} --create --topic x --config ${config}`));
  it.each([
    ['segment.bytes=99999999999', 'Invalid value 99999999999 for configuration segment.bytes: Not a number of type INT'],
    ['retention.ms=99999999999999999999', 'Invalid value 99999999999999999999 for configuration retention.ms: Not a number of type LONG'],
    ['retention.ms=-5', 'Invalid value -5 for configuration retention.ms: Value must be at least -1'],
    ['segment.ms=0', 'Invalid value 0 for configuration segment.ms: Value must be at least 1'],
    ['min.insync.replicas=0', 'Invalid value 0 for configuration min.insync.replicas: Value must be at least 1'],
    ['min.cleanable.dirty.ratio=2', 'Invalid value 2.0 for configuration min.cleanable.dirty.ratio: Value must be no more than 1'],
  ])('--config %s', (config, message) => {
    expect(create(config)).toBe(`Error while executing topic command : ${message}\n`);
  });

  it('kafka-configs prints the same refusal inside its ExecutionException line', () => {
    const r = runLine(baseState(), `kafka-configs.sh ${B} --alter --entity-type topics --entity-name orders --add-config retention.ms=-5`);
    expect(stderrOf(r)).toContain('org.apache.kafka.common.errors.InvalidConfigurationException: Invalid value -5 for configuration retention.ms: Value must be at least -1\n');
  });

  it('min.insync.replicas has no upper bound in Kafka: above 13 is the simulator\'s limit, a note', () => {
    const r = runLine(baseState(), `kafka-topics.sh ${B} --create --topic x --config min.insync.replicas=20`);
    silent(r);
    expect(r.simulatorLimit?.params).toMatchObject({ limit: 'maxMinInsyncReplicas', max: 13, requested: 20 });
  });
});

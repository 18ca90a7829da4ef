import { describe, expect, it } from 'vitest';
import { applyCommand, createSimulation, lastStableOffset, transactionState, type Command, type SimState } from '../engine/index.ts';
import { runLine } from './index.ts';
import { stderrOf, stdoutOf } from './result.ts';

// kafka-transactions.sh (TransactionsCommand, Kafka 4.0) and kafka-console-consumer.sh --isolation-level
// (ConsoleConsumerOptions), over a cluster with one committed, one aborted and one open transaction.

const B = '--bootstrap-server localhost:9092';
const T = `kafka-transactions.sh ${B}`;

function play(commands: readonly Command[], state = createSimulation({ seed: 5 })): SimState {
  let s = state;
  for (const c of commands) {
    const r = applyCommand(s, c);
    if (r.error) throw new Error(`${c.type}: ${r.error.message}`);
    s = r.state;
  }
  return s;
}

function run(state: SimState, line: string) {
  const r = runLine(state, line);
  let s = state;
  for (const c of r.commands) s = applyCommand(s, c).state;
  return { state: s, out: stdoutOf(r), err: stderrOf(r), result: r };
}

const send = (producer: string, value: string): Command => ({ type: 'produce', producer, topic: 'out', key: value, value, partition: 0 });
// out-0: 0 a (committed), 1 commit marker, 2 b (aborted), 3 abort marker, 4 c (open).
const cluster = play([
  { type: 'createTopic', topic: 'out', partitions: 1 },
  { type: 'addProducer', producer: 'tp', transactionalId: 'tx-app' },
  { type: 'initTransactions', producer: 'tp' },
  { type: 'beginTransaction', producer: 'tp' }, send('tp', 'a'), { type: 'commitTransaction', producer: 'tp' }, { type: 'advanceTime', ms: 1000 },
  { type: 'beginTransaction', producer: 'tp' }, send('tp', 'b'), { type: 'abortTransaction', producer: 'tp' }, { type: 'advanceTime', ms: 1000 },
  { type: 'addProducer', producer: 'idle', transactionalId: 'tx-idle' },
  { type: 'initTransactions', producer: 'idle' },
  { type: 'beginTransaction', producer: 'tp' }, send('tp', 'c'),
  { type: 'advanceTime', ms: 250 },
]);

describe('kafka-transactions.sh list (ListTransactionsCommand)', () => {
  it('prints TransactionalId, Coordinator, ProducerId, TransactionState, each column as wide as its widest cell and tab-ended', () => {
    const { out, err, result } = run(cluster, `${T} list`);
    expect(err).toBe('');
    expect(result.commands).toEqual([]);
    const tp = transactionState(cluster, 'tx-app')!;
    const idle = transactionState(cluster, 'tx-idle')!;
    const lines = out.split('\n');
    expect(lines[0]).toBe('TransactionalId\tCoordinator\tProducerId\tTransactionState\t');
    expect(lines.slice(1, 3).sort()).toEqual([
      `tx-app         \t1          \t${String(tp.producerId).padEnd(10)}\tOngoing         \t`,
      `tx-idle        \t1          \t${String(idle.producerId).padEnd(10)}\tEmpty           \t`,
    ]);
  });

  it('--duration-filter keeps transactions running longer than it (now - txnStartTimestamp > filter)', () => {
    // tx-app's transaction started 250 ms ago; tx-idle has none (txnStartTimestamp -1, so now + 1 ms).
    const { out } = run(cluster, `${T} list --duration-filter 250`);
    expect(out.split('\n').slice(1).filter(Boolean).map((l) => l.split('\t')[0]!.trim())).toEqual(['tx-idle']);
    const all = run(cluster, `${T} list --duration-filter -1`).out;
    expect(all.split('\n').filter(Boolean)).toHaveLength(3);
  });
});

describe('kafka-transactions.sh describe (DescribeTransactionsCommand)', () => {
  it('prints one row: coordinator, id, producer id and epoch, state, timeout, start time, duration, partitions', () => {
    const { out } = run(cluster, `${T} describe --transactional-id tx-app`);
    const [head, row] = out.split('\n');
    expect(head!.split('\t').map((c) => c.trim())).toEqual(['CoordinatorId', 'TransactionalId', 'ProducerId', 'ProducerEpoch', 'TransactionState', 'TransactionTimeoutMs', 'CurrentTransactionStartTimeMs', 'TransactionDurationMs', 'TopicPartitions', '']);
    // ProducerEpoch 2: under transaction version 2 (the newest profile, KIP-890) the commit and the abort each bumped it.
    expect(row!.split('\t').map((c) => c.trim())).toEqual(['1', 'tx-app', String(transactionState(cluster, 'tx-app')!.producerId), '2', 'Ongoing', '60000', String(cluster.time - 250), '250', 'out-0', '']);
  });

  it('says None for the start and duration of an id with no transaction in its epoch', () => {
    const row = run(cluster, `${T} describe --transactional-id tx-idle`).out.split('\n')[1]!;
    expect(row.split('\t').map((c) => c.trim()).slice(4, 9)).toEqual(['Empty', '60000', 'None', 'None', '']);
  });

  it('an unknown id is TRANSACTIONAL_ID_NOT_FOUND, printed by printErrorAndExit', () => {
    const { out, err } = run(cluster, `${T} describe --transactional-id nope`);
    expect(out).toBe('');
    expect(err).toBe('Failed to describe transaction state of transactional-id `nope`: DescribeTransactions request for transactionalId `nope` failed because the ID could not be found. Enable debug logging for additional detail.\n');
  });

  it('lists the group\'s __consumer_offsets partition after sendOffsetsToTransaction, in HashSet order', () => {
    const s = play([
      { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['out'], autoOffsetReset: 'earliest' }, { type: 'poll', consumer: 'c' },
      { type: 'sendOffsetsToTransaction', producer: 'tp', group: 'g', offsets: [{ topic: 'out', partition: 0, offset: 1 }] },
    ], cluster);
    const cell = run(s, `${T} describe --transactional-id tx-app`).out.split('\n')[1]!.split('\t')[8];
    expect(cell!.split(',').sort()).toEqual([...transactionState(s, 'tx-app')!.partitions.map((tp) => `${tp.topic}-${tp.partition}`)].sort());
    expect(cell).toContain('__consumer_offsets-');
  });
});

describe('kafka-transactions.sh bad input (argparse4j 0.7.0 texts), nothing changes', () => {
  it.each([
    [`kafka-transactions.sh list`, 'kafka-transactions.sh: error: argument --bootstrap-server is required'],
    [`${T}`, 'kafka-transactions.sh: error: too few arguments'],
    [`${T} lst`, "kafka-transactions.sh: error: invalid choice: 'lst' (choose from 'list', 'describe', 'describe-producers', 'abort', 'find-hanging')"],
    [`${T} describe`, 'kafka-transactions.sh describe: error: argument --transactional-id is required'],
    // The main parser's missing option is reported first, after the subcommand parsed.
    [`kafka-transactions.sh describe`, 'kafka-transactions.sh: error: argument --bootstrap-server is required'],
    [`${T} describe --transactional-id`, 'kafka-transactions.sh describe: error: argument --transactional-id: expected one argument'],
    [`${T} list --duration-filter soon`, 'kafka-transactions.sh list: error: argument --duration-filter: could not convert \'soon\' to Long (For input string: "soon")'],
    [`${T} list --group g`, "kafka-transactions.sh list: error: unrecognized arguments: '--group'"],
    [`${T} list extra words`, "kafka-transactions.sh list: error: unrecognized arguments: 'extra words'"],
    [`${T} desc --transactional-id x`, 'kafka-transactions.sh: error: ambiguous command: desc could match describe, describe-producers'],
  ])('%s', (line, message) => {
    const { out, err, result } = run(cluster, line);
    expect(out).toBe('');
    expect(err).toBe(`${message}\n`);
    expect(result.commands).toEqual([]);
  });

  it('takes an abbreviated long option and --name=value', () => {
    expect(run(cluster, 'kafka-transactions.sh --bootstrap=localhost:9092 describe --transactional=tx-app').out).toContain('tx-app');
  });

  it('abort --start-offset (AbortTransactionCommand): Admin.abortTransaction for the transaction open there, or the tool\'s errors', () => {
    // Under 2.8 (no transaction verification) a late write of an ended transaction hangs at offset 2.
    const hung = play([
      { type: 'createTopic', topic: 'out', partitions: 1 }, { type: 'addProducer', producer: 'tp', transactionalId: 'tx-app' }, { type: 'initTransactions', producer: 'tp' },
      { type: 'beginTransaction', producer: 'tp' }, send('tp', 'a'), { type: 'commitTransaction', producer: 'tp' }, { type: 'advanceTime', ms: 1000 },
      { type: 'lateProduce', producer: 'tp', topic: 'out', partition: 0, value: 'late' },
    ], createSimulation({ seed: 5, kafkaVersion: '2.8' }));
    expect(lastStableOffset(hung, 'out', 0)).toBe(2);
    const aborted = run(hung, `${T} abort --topic out --partition 0 --start-offset 2`);
    expect(aborted.result.commands).toEqual([{ type: 'adminAbortTransaction', topic: 'out', partition: 0, startOffset: 2 }]);
    expect([aborted.out, aborted.err]).toEqual(['', '']);
    expect(lastStableOffset(aborted.state, 'out', 0)).toBe(4);
    expect(run(aborted.state, `${T} abort --topic out --partition 0 --start-offset 2`).err).toBe('Could not find any open transactions starting at offset 2 on partition out-0\n');
    expect(run(hung, `${T} abort --topic nope --partition 0 --start-offset 2`).err).toBe('Failed to validate producer state for partition nope-0: This server does not host this topic-partition.. Enable debug logging for additional detail.\n');
    expect(run(hung, `${T} abort --topic out --partition 0`).err).toMatch(/^The transaction to abort must be identified either with --start-offset/);
    expect(run(hung, `${T} abort --topic out --partition 0 --producer-id 1`).result.notModelled).toBe('kafka-transactions.sh abort --producer-id');
  });

  it('find-hanging (FindHangingTransactionsCommand): an open transaction idle past --max-transaction-timeout that its coordinator does not hold', () => {
    const hung = play([
      { type: 'createTopic', topic: 'out', partitions: 2 }, { type: 'addProducer', producer: 'tp', transactionalId: 'tx-app' }, { type: 'initTransactions', producer: 'tp' },
      { type: 'beginTransaction', producer: 'tp' }, send('tp', 'a'), { type: 'commitTransaction', producer: 'tp' }, { type: 'advanceTime', ms: 1000 },
      { type: 'lateProduce', producer: 'tp', topic: 'out', partition: 0, value: 'late' },
      // The producer's next transaction is open in partition 1: the coordinator holds it, so it is not hanging.
      { type: 'beginTransaction', producer: 'tp' }, { type: 'produce', producer: 'tp', topic: 'out', value: 'b', partition: 1 },
    ], createSimulation({ seed: 5, kafkaVersion: '2.8' }));
    const rows = (out: string) => out.split('\n').slice(1).filter(Boolean).map((l) => l.split('\t').map((c) => c.trim()).filter(Boolean));
    const header = ['Topic', 'Partition', 'ProducerId', 'ProducerEpoch', 'CoordinatorEpoch', 'StartOffset', 'LastTimestamp', 'Duration(min)'];
    const fresh = run(hung, `${T} find-hanging --topic out`).out;
    expect(fresh.split('\n')[0]!.split('\t').map((c) => c.trim()).filter(Boolean)).toEqual(header);
    expect(rows(fresh)).toEqual([]);
    const pid = String(transactionState(hung, 'tx-app')!.producerId);
    const lateAt = String(hung.time);
    // Both are open and idle past 0 minutes; only partition 0's is outside the coordinator's transaction.
    const second = play([{ type: 'advanceTime', ms: 1000 }], hung);
    expect(rows(run(second, `${T} find-hanging --topic out --max-transaction-timeout 0`).out)).toEqual([['out', '0', pid, '0', '0', '2', lateAt, '0']]);
    const later = play([{ type: 'commitTransaction', producer: 'tp' }, { type: 'advanceTime', ms: 16 * 60_000 }], hung);
    expect(rows(run(later, `${T} find-hanging --topic out`).out)).toEqual([['out', '0', pid, '0', '0', '2', lateAt, '16']]);
    expect(rows(run(later, `${T} find-hanging --broker-id 1`).out)).toHaveLength(1);
    expect(rows(run(later, `${T} find-hanging --topic out --max-transaction-timeout 20`).out)).toEqual([]);
    const cured = run(later, `${T} abort --topic out --partition 0 --start-offset 2`).state;
    expect(rows(run(cured, `${T} find-hanging --topic out`).out)).toEqual([]);
    expect(run(hung, `${T} find-hanging`).err).toBe('The `find-hanging` command requires either --topic or --broker-id to limit the scope of the search\n');
    expect(run(hung, `${T} find-hanging --broker-id 1 --partition 0`).err).toBe('The --partition argument requires --topic to be provided\n');
    expect(run(hung, `${T} find-hanging --topic nope`).err).toBe('Failed to describe 1 topics: This server does not host this topic-partition.. Enable debug logging for additional detail.\n');
  });

  it('says which subcommands the simulator does not model', () => {
    expect(run(cluster, `${T} describe-producers --topic out --partition 0`).result.notModelled).toBe('kafka-transactions.sh describe-producers');
  });
});

describe('kafka-console-consumer.sh --isolation-level (ConsoleConsumerOptions)', () => {
  const values = (out: string) => out.split('\n').filter(Boolean);

  it('read_uncommitted (the default) reads to the high watermark: aborted and open records too, never markers', () => {
    expect(values(run(cluster, `kafka-console-consumer.sh ${B} --topic out --from-beginning`).out)).toEqual(['a', 'b', 'c']);
    expect(values(run(cluster, `kafka-console-consumer.sh ${B} --topic out --from-beginning --isolation-level read_uncommitted`).out)).toEqual(['a', 'b', 'c']);
  });

  it('read_committed reads below the last stable offset and skips aborted records', () => {
    const { out, err, result } = run(cluster, `kafka-console-consumer.sh ${B} --topic out --from-beginning --isolation-level read_committed`);
    expect(values(out)).toEqual(['a']);
    expect(err).toBe('Processed a total of 1 messages\n');
    expect(result.commands[0]).toMatchObject({ type: 'addConsumer', isolationLevel: 'read_committed' });
  });

  it('takes isolation.level from --consumer-property, and --isolation-level wins over it (maybeMergeOptions)', () => {
    expect(values(run(cluster, `kafka-console-consumer.sh ${B} --topic out --from-beginning --consumer-property isolation.level=read_committed`).out)).toEqual(['a']);
    expect(values(run(cluster, `kafka-console-consumer.sh ${B} --topic out --from-beginning --consumer-property isolation.level=read_committed --isolation-level read_uncommitted`).out)).toEqual(['a', 'b', 'c']);
  });

  it('another value is refused by ConsumerConfig, logged by ConsoleConsumer.main, and nothing changes', () => {
    const { err, result } = run(cluster, `kafka-console-consumer.sh ${B} --topic out --isolation-level committed`);
    expect(result.commands).toEqual([]);
    expect(err).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}\] ERROR Unknown error when running consumer: {2}\(org\.apache\.kafka\.tools\.consumer\.ConsoleConsumer\)\n/);
    expect(err).toContain('org.apache.kafka.common.config.ConfigException: Invalid value committed for configuration isolation.level: String must be one of: read_committed, read_uncommitted\n');
  });
});

import { javaStringHash } from '../engine/groups/assignors/java-hash.ts';
import { transactionalIds, transactionState, type SimState, type TransactionStateInfo } from '../engine/index.ts';
import type { OptionSpecs } from './options.ts';
import { javaHashOrder, notModelled, output, simNote, type ToolResult } from './result.ts';
import { abort, findHanging, prettyPrintTable } from './transactions-partitions.ts';

export { prettyPrintTable };

// kafka-transactions.sh: org.apache.kafka.tools.TransactionsCommand, followed from
// tools/src/main/java/org/apache/kafka/tools/TransactionsCommand.java (apache/kafka trunk at
// 4.0.0-SNAPSHOT, Oct 2024, the 4.0 line: `list --duration-filter`, no --transactional-id-pattern
// yet) and ToolsUtils.prettyPrintTable; its parser is argparse4j 0.7.0, whose error texts
// (ArgumentParserImpl, SubparsersImpl, ReflectArgumentType) are printed as `PROG: error: MESSAGE`.
// The usage lines argparse4j prints above that error are left out, as the other tools leave out
// jopt-simple's option table. list, describe, find-hanging and abort --start-offset are modelled
// (the last two in transactions-partitions.ts); describe-producers says it is not.

const PROG = 'kafka-transactions.sh';
const DESCRIPTION = 'This tool is used to analyze the transactional state of producers in the cluster. It can be used to detect and recover from hanging transactions.';

type Kind = 'flag' | 'value' | 'int' | 'long';
interface Parser { prog: string; specs: Readonly<Record<string, Kind>>; required: readonly string[] }

const MAIN: Parser = {
  prog: PROG,
  specs: { '-h': 'flag', '--help': 'flag', '-v': 'flag', '--version': 'flag', '--command-config': 'value', '--bootstrap-server': 'value' },
  required: ['--bootstrap-server'],
};

/** The subcommands in the order TransactionsCommand.execute registers them (argparse4j keeps that order). */
const COMMANDS: Readonly<Record<string, Parser>> = {
  list: { prog: `${PROG} list`, specs: { '-h': 'flag', '--help': 'flag', '--duration-filter': 'long' }, required: [] },
  describe: { prog: `${PROG} describe`, specs: { '-h': 'flag', '--help': 'flag', '--transactional-id': 'value' }, required: ['--transactional-id'] },
  'describe-producers': { prog: `${PROG} describe-producers`, specs: { '-h': 'flag', '--help': 'flag', '--broker-id': 'int', '--topic': 'value', '--partition': 'int' }, required: ['--topic', '--partition'] },
  abort: {
    prog: `${PROG} abort`,
    specs: { '-h': 'flag', '--help': 'flag', '--topic': 'value', '--partition': 'int', '--start-offset': 'long', '--producer-id': 'long', '--producer-epoch': 'int', '--coordinator-epoch': 'int' },
    required: ['--topic', '--partition'],
  },
  'find-hanging': { prog: `${PROG} find-hanging`, specs: { '-h': 'flag', '--help': 'flag', '--broker-id': 'int', '--max-transaction-timeout': 'int', '--topic': 'value', '--partition': 'int' }, required: [] },
};

export const TRANSACTION_COMMANDS = Object.keys(COMMANDS);

/** Every option of the tool and its subcommands, for the console's completion. */
export const TRANSACTIONS_OPTIONS: OptionSpecs = {
  'bootstrap-server': 'value', 'command-config': 'value', 'transactional-id': 'value', 'duration-filter': 'long', help: 'flag', version: 'flag',
  topic: 'value', partition: 'int', 'start-offset': 'long', 'broker-id': 'int', 'max-transaction-timeout': 'int',
};

class ParseError extends Error {
  constructor(readonly prog: string, message: string) {
    super(message);
  }
}

/** Java's Long.valueOf / Integer.valueOf: decimal digits with an optional sign, within range. */
function javaNumber(text: string, kind: 'int' | 'long'): boolean {
  if (!/^[+-]?\d+$/.test(text)) return false;
  const n = BigInt(text);
  return kind === 'int' ? n >= -2147483648n && n <= 2147483647n : n >= -9223372036854775808n && n <= 9223372036854775807n;
}

/** argparse4j's resolveNextFlag: the flag itself, or the one long flag it abbreviates. */
function resolveFlag(parser: Parser, flag: string): string | undefined {
  if (parser.specs[flag] !== undefined) return flag;
  if (!flag.startsWith('--')) return undefined;
  const found = Object.keys(parser.specs).filter((f) => f.startsWith('--') && f.startsWith(flag));
  if (found.length > 1) throw new ParseError(parser.prog, `ambiguous option: ${flag} could match ${found.join(', ')}`);
  return found[0];
}

interface Parsed { values: Map<string, string>; command?: string; deferred?: ParseError }

/** Parses the flags of `parser` from args[i] on; returns where the subcommand word is (or args.length). */
function parseFlags(parser: Parser, args: readonly string[], i: number, values: Map<string, string>, stopAtWord: boolean): number {
  for (; i < args.length; i++) {
    const arg = args[i]!;
    const isFlag = arg.startsWith('-') && arg !== '-' && !/^-\d/.test(arg);
    if (!isFlag) {
      if (stopAtWord) return i;
      throw new ParseError(parser.prog, `unrecognized arguments: '${args.slice(i).join(' ')}'`);
    }
    const eq = arg.indexOf('=');
    const typed = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const flag = resolveFlag(parser, typed);
    if (flag === undefined) throw new ParseError(parser.prog, `unrecognized arguments: '${arg}'`);
    const kind = parser.specs[flag]!;
    if (kind === 'flag') {
      values.set(flag, '');
      continue;
    }
    let value: string | undefined;
    if (typed !== arg) value = arg.slice(eq + 1);
    else if (i + 1 < args.length && !(args[i + 1]!.startsWith('-') && !/^-\d/.test(args[i + 1]!))) value = args[++i]!;
    if (value === undefined) throw new ParseError(parser.prog, `argument ${flag}: expected one argument`);
    if ((kind === 'int' || kind === 'long') && !javaNumber(value, kind)) {
      throw new ParseError(parser.prog, `argument ${flag}: could not convert '${value}' to ${kind === 'int' ? 'Integer' : 'Long'} (For input string: "${value}")`);
    }
    values.set(flag, value);
  }
  return i;
}

/** A missing required flag is remembered, not thrown: argparse4j reports the first parser's after the subcommand has parsed. */
function missingRequired(parser: Parser, values: ReadonlyMap<string, string>): ParseError | undefined {
  const missing = parser.required.filter((f) => !values.has(f));
  return missing.length === 0 ? undefined : new ParseError(parser.prog, `argument ${missing.at(-1)} is required`);
}

function parse(args: readonly string[]): Parsed {
  const values = new Map<string, string>();
  const at = parseFlags(MAIN, args, 0, values, true);
  if (values.has('-h') || values.has('--help') || values.has('-v') || values.has('--version')) return { values };
  if (at >= args.length) throw new ParseError(PROG, 'too few arguments');
  const deferred = missingRequired(MAIN, values);
  const word = args[at]!;
  const names = Object.keys(COMMANDS);
  // SubparsersImpl.resolveNextSubparser: the command, or the one command it abbreviates.
  const matches = names.includes(word) ? [word] : names.filter((n) => n.startsWith(word));
  if (matches.length > 1) throw new ParseError(PROG, `ambiguous command: ${word} could match ${matches.join(', ')}`);
  if (matches.length === 0) throw new ParseError(PROG, `invalid choice: '${word}' (choose from ${names.map((n) => `'${n}'`).join(', ')})`);
  const command = matches[0]!;
  const sub = COMMANDS[command]!;
  parseFlags(sub, args, at + 1, values, false);
  if (values.has('-h') || values.has('--help')) return { values, command };
  const late = deferred ?? missingRequired(sub, values);
  return late ? { values, command, deferred: late } : { values, command };
}

/** TransactionState.toString as the admin client parses the broker's name (Dead is unknown to it, and never listed). */
const stateName = (info: TransactionStateInfo) => (info.state === 'Dead' ? 'Unknown' : info.state);

/** TopicPartition.hashCode: 31 * (31 + partition) + topic.hashCode(). */
const tpHash = (tp: { topic: string; partition: number }) => (Math.imul(31, 31 + tp.partition) + javaStringHash(tp.topic)) | 0;

/**
 * ListTransactionsCommand: every transactional id (but Dead ones) at every coordinator, grouped by
 * coordinator (allByBrokerId, a HashMap of small integer ids: ascending). Within a coordinator, by
 * __transaction_state partition, then in the hash order of the partition's cache (a Pool, a
 * ConcurrentHashMap of the ids). --duration-filter keeps transactions whose
 * now - txnStartTimestamp exceeds it (TransactionStateManager.listTransactionStates; -1 for none).
 */
function list(state: SimState, values: ReadonlyMap<string, string>): ToolResult {
  const filter = values.has('--duration-filter') ? Number(values.get('--duration-filter')) : -1;
  const listed = transactionalIds(state).flatMap((id) => {
    const info = transactionState(state, id)!;
    if (info.coordinator === undefined || info.state === 'Dead') return [];
    if (filter >= 0 && state.time - (info.transactionStartTimeMs ?? -1) <= filter) return [];
    return [{ id, info, coordinator: info.coordinator }];
  });
  const ordered = [...listed].sort((a, b) => a.coordinator - b.coordinator || a.info.stateLogPartition - b.info.stateLogPartition);
  const rows: string[][] = [];
  for (let i = 0; i < ordered.length;) {
    let j = i;
    while (j < ordered.length && ordered[j]!.coordinator === ordered[i]!.coordinator && ordered[j]!.info.stateLogPartition === ordered[i]!.info.stateLogPartition) j++;
    for (const t of javaHashOrder(ordered.slice(i, j), (x) => javaStringHash(x.id))) rows.push([t.id, String(t.coordinator), String(t.info.producerId), stateName(t.info)]);
    i = j;
  }
  return output(prettyPrintTable(['TransactionalId', 'Coordinator', 'ProducerId', 'TransactionState'], rows));
}

/** DescribeTransactionsCommand: one row; the partitions in TransactionDescription's HashSet order. */
function describe(state: SimState, values: ReadonlyMap<string, string>): ToolResult {
  const id = values.get('--transactional-id')!;
  const info = transactionState(state, id);
  if (!info) {
    // DescribeTransactionsHandler: TRANSACTIONAL_ID_NOT_FOUND; TransactionsCommand.printErrorAndExit.
    return output('', `Failed to describe transaction state of transactional-id \`${id}\`: DescribeTransactions request for transactionalId \`${id}\` failed because the ID could not be found. Enable debug logging for additional detail.\n`);
  }
  if (info.coordinator === undefined) return simNote('console.txnCoordinatorDown', { id, partition: info.stateLogPartition });
  const start = info.transactionStartTimeMs;
  const partitions = javaHashOrder(info.partitions, tpHash).map((tp) => `${tp.topic}-${tp.partition}`).join(',');
  const row = [String(info.coordinator), id, String(info.producerId), String(info.producerEpoch), stateName(info), String(info.transactionTimeoutMs),
    start === undefined ? 'None' : String(start), start === undefined ? 'None' : String(state.time - start), partitions];
  return output(prettyPrintTable(['CoordinatorId', 'TransactionalId', 'ProducerId', 'ProducerEpoch', 'TransactionState', 'TransactionTimeoutMs', 'CurrentTransactionStartTimeMs', 'TransactionDurationMs', 'TopicPartitions'], [row]));
}

export function kafkaTransactions(state: SimState, args: readonly string[]): ToolResult {
  let parsed: Parsed;
  try {
    parsed = parse(args);
  } catch (e) {
    if (e instanceof ParseError) return output('', `${e.prog}: error: ${e.message}\n`);
    throw e;
  }
  const { values, command, deferred } = parsed;
  if (values.has('-v') || values.has('--version')) return notModelled('--version');
  if (values.has('-h') || values.has('--help')) return output(`${DESCRIPTION}\n`);
  if (deferred) return output('', `${deferred.prog}: error: ${deferred.message}\n`);
  switch (command) {
    case 'list':
      return list(state, values);
    case 'describe':
      return describe(state, values);
    case 'abort':
      return abort(state, values);
    case 'find-hanging':
      return findHanging(state, values);
    default:
      return notModelled(`kafka-transactions.sh ${command}`);
  }
}

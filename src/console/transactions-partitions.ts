import { partitionState, partitionTransactions, records, topicNames, transactionalIds, transactionState, type SimState } from '../engine/index.ts';
import { notModelled, output, type ToolResult } from './result.ts';

// kafka-transactions.sh's partition-side subcommands, followed from TransactionsCommand.java
// (AbortTransactionCommand, FindHangingTransactionsCommand; apache/kafka trunk, Oct 2024): what the
// leaders' producer state (describeProducers) says of open transactions, checked against the
// coordinators. Errors go through printErrorAndExit: the message on stderr, nothing changes.

/** ToolsUtils.prettyPrintTable: each column as wide as its widest cell, every cell followed by a tab. */
export function prettyPrintTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (row: readonly string[]) => `${row.map((c, i) => `${c.padEnd(widths[i]!)}\t`).join('')}\n`;
  return line(headers) + rows.map(line).join('');
}

const NOT_HOSTED = 'This server does not host this topic-partition.';
/** printErrorAndExit(message, cause). */
const failed = (message: string, cause: string) => output('', `${message}: ${cause}. Enable debug logging for additional detail.\n`);
const hosted = (state: SimState, topic: string, partition: number) => { const t = state.topics[topic]; return t !== undefined && partition >= 0 && partition < t.partitions.length; };

/** A producer's open transaction in one partition, as DescribeProducers reports it (ProducerStateEntry). */
interface OpenTransaction { topic: string; partition: number; producerId: number; startOffset: number; lastTimestamp: number; transactionalId?: string }

function openTransactions(state: SimState, topic: string, partition: number): OpenTransaction[] {
  const log = records(state, topic, partition);
  return partitionTransactions(state, topic, partition).filter((t) => t.markerOffset === undefined).map((t) => {
    // lastTimestamp: the producer's last batch in the partition.
    const last = log.filter((r) => r.producerId === t.producerId && r.control === undefined && r.offset >= t.firstOffset).at(-1);
    const transactionalId = transactionalIds(state).find((id) => transactionState(state, id)!.producerId === t.producerId);
    return { topic, partition, producerId: t.producerId, startOffset: t.firstOffset, lastTimestamp: last?.timestamp ?? 0, ...(transactionalId === undefined ? {} : { transactionalId }) };
  });
}

/**
 * AbortTransactionCommand with --start-offset (brokers 3.0+, KIP-664): describeProducers finds the
 * producer whose current transaction starts there, then Admin.abortTransaction writes its abort
 * marker (the engine's adminAbortTransaction). Nothing printed on success.
 */
export function abort(state: SimState, values: ReadonlyMap<string, string>): ToolResult {
  const topic = values.get('--topic')!;
  const partition = Number(values.get('--partition'));
  const tp = `${topic}-${partition}`;
  if (!values.has('--start-offset')) {
    if (values.has('--producer-id')) return notModelled('kafka-transactions.sh abort --producer-id');
    return output('', 'The transaction to abort must be identified either with --start-offset (for brokers on 3.0 or above) or with --producer-id, --producer-epoch, and --coordinator-epoch (for older brokers)\n');
  }
  const startOffset = Number(values.get('--start-offset'));
  if (!hosted(state, topic, partition)) return failed(`Failed to validate producer state for partition ${tp}`, NOT_HOSTED);
  if (!openTransactions(state, topic, partition).some((t) => t.startOffset === startOffset)) {
    return output('', `Could not find any open transactions starting at offset ${startOffset} on partition ${tp}\n`);
  }
  return output('', '', [{ type: 'adminAbortTransaction', topic, partition, startOffset }]);
}

/**
 * FindHangingTransactionsCommand: open transactions whose producer wrote nothing for longer than
 * --max-transaction-timeout minutes (15), and whose partition the producer's coordinator does not
 * list in its transaction (no transactional id at all, or a partition outside it): no marker will
 * come. Rows by producer id (the HashMap of small Long keys), then partition.
 */
export function findHanging(state: SimState, values: ReadonlyMap<string, string>): ToolResult {
  const topic = values.get('--topic');
  const broker = values.has('--broker-id') ? Number(values.get('--broker-id')) : undefined;
  if (topic === undefined && broker === undefined) return output('', 'The `find-hanging` command requires either --topic or --broker-id to limit the scope of the search\n');
  if (values.has('--partition') && topic === undefined) return output('', 'The --partition argument requires --topic to be provided\n');
  const maxTimeoutMs = Number(values.get('--max-transaction-timeout') ?? 15) * 60_000;
  let partitions: { topic: string; partition: number }[];
  if (topic !== undefined && values.has('--partition')) partitions = [{ topic, partition: Number(values.get('--partition')) }];
  else {
    const topics = topic === undefined ? topicNames(state) : [topic];
    if (topics.some((t) => state.topics[t] === undefined)) return failed(`Failed to describe ${topics.length} topics`, NOT_HOSTED);
    partitions = topics.flatMap((t) => state.topics[t]!.partitions.map((_, p) => ({ topic: t, partition: p })))
      .filter((tp) => broker === undefined || partitionState(state, tp.topic, tp.partition)!.replicas.includes(broker));
  }
  if (partitions.some((tp) => !hosted(state, tp.topic, tp.partition))) {
    return failed(`Failed to describe producers for ${partitions.length} partitions on broker ${broker === undefined ? 'Optional.empty' : `Optional[${broker}]`}`, NOT_HOSTED);
  }
  const candidates = partitions.flatMap((tp) => openTransactions(state, tp.topic, tp.partition)).filter((t) => state.time - t.lastTimestamp > maxTimeoutMs);
  const hanging = candidates.filter((t) => {
    const info = t.transactionalId === undefined ? undefined : transactionState(state, t.transactionalId);
    return !info || !info.partitions.some((p) => p.topic === t.topic && p.partition === t.partition);
  }).sort((a, b) => a.producerId - b.producerId);
  const rows = hanging.map((t) => {
    const info = t.transactionalId === undefined ? undefined : transactionState(state, t.transactionalId);
    // ProducerStateEntry.coordinatorEpoch: that of the last marker the producer got here, -1 for none.
    // ProducerEpoch is the coordinator's (the leader's own per-producer epoch is not modelled).
    const marked = records(state, t.topic, t.partition).some((r) => r.control !== undefined && r.producerId === t.producerId && r.offset < t.startOffset);
    const coordinatorEpoch = marked && info ? partitionState(state, '__transaction_state', info.stateLogPartition)?.leaderEpoch ?? -1 : -1;
    return [t.topic, String(t.partition), String(t.producerId), String(info?.producerEpoch ?? -1), String(coordinatorEpoch), String(t.startOffset), String(t.lastTimestamp), String(Math.floor((state.time - t.lastTimestamp) / 60_000))];
  });
  return output(prettyPrintTable(['Topic', 'Partition', 'ProducerId', 'ProducerEpoch', 'CoordinatorEpoch', 'StartOffset', 'LastTimestamp', 'Duration(min)'], rows));
}

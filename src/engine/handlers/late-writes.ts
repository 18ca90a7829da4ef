import type { AdminAbortTransactionCommand, LateProduceCommand } from '../commands.ts';
import { simError, type SimError } from '../errors.ts';
import type { LateWriteError } from '../events.ts';
import { appendRecord, recordsBetween } from '../log/partition-log.ts';
import { utf8Length } from '../placement/utf8.ts';
import { isRunning } from '../replication/leader-and-isr.ts';
import { withPartition } from '../replication/partition-state.ts';
import { settleSkippedRounds } from '../replication/settle.ts';
import { appendMarker, withTransactions } from '../transactions/coordinator.ts';
import { noteMarker, noteTransactionalAppend } from '../transactions/partition-txns.ts';
import type { SimState, TransactionMetadata } from '../types.ts';
import { producerKey, tpKey } from '../types.ts';
import { verifiesTxnPartitions } from '../versions/rules.ts';
import type { Events, HandlerResult } from './context.ts';
import { recordRefusal } from './record-checks.ts';

// KIP-890's late write and its cure. A produce request of a transaction, held in the network (the
// client gave up on it), reaches the partition's leader after that transaction ended:
// - before 3.6 the leader appends it (ProducerAppendInfo checks only the epoch): with no open
//   transaction of the producer in the partition it opens one the coordinator never hears of, a
//   hanging transaction holding the LSO until an admin aborts it (kafka-transactions.sh, KIP-664);
// - 3.6+ (transaction.partition.verification.enable) the leader first asks the coordinator
//   (AddPartitionsToTxnManager, verifyOnly): a partition not in an ongoing transaction is refused
//   (TRANSACTION_ABORTABLE, answered INVALID_TXN_STATE to older clients), but a partition the next
//   transaction already holds takes it in, as the same epoch cannot tell the two apart;
// - transaction version 2 (4.0+) bumped the epoch at EndTxn, so the write's old epoch is fenced
//   (the coordinator's PRODUCER_FENCED becomes INVALID_PRODUCER_EPOCH, AddPartitionsToTxnManager).

function unknownProducer(producer: string): SimError {
  return simError('UNKNOWN_PRODUCER', `Unknown producer ${producer}`, { producer });
}

/** Why the leader refuses the late write, if it does. */
function refusal(state: SimState, metadata: TransactionMetadata | undefined, producerId: number, epoch: number, topic: string, partition: number): LateWriteError | undefined {
  // ProducerAppendInfo.checkProducerEpoch (the leader knows a newer epoch from a marker or from the
  // coordinator's verification), approximated by the coordinator's epoch.
  if (!metadata || metadata.producerId !== producerId || epoch < metadata.producerEpoch) return 'INVALID_PRODUCER_EPOCH';
  if (!verifiesTxnPartitions(state)) return undefined;
  // TransactionCoordinator.handleVerifyPartitionsInTransaction.
  if (metadata.state === 'PrepareCommit' || metadata.state === 'PrepareAbort') return 'CONCURRENT_TRANSACTIONS';
  if (metadata.state !== 'Ongoing' || !metadata.partitions.some((tp) => tp.topic === topic && tp.partition === partition)) return 'INVALID_TXN_STATE';
  return undefined;
}

/** lateProduce: the held request reaches the leader now, with the epoch its transaction had. */
export function lateProduce(state: SimState, command: LateProduceCommand, events: Events): HandlerResult {
  const producer = state.producers[command.producer];
  if (!producer) return unknownProducer(command.producer);
  const t = producer.transactional;
  if (!t) return simError('NOT_TRANSACTIONAL', 'Transactional method invoked on a non-transactional producer.', { producer: producer.id });
  if (t.status === 'uninitialized') {
    return simError('TRANSACTIONS_NOT_INITIALIZED', `Cannot add partition ${command.topic}-${command.partition} to transaction before completing a call to initTransactions`, { producer: producer.id, topic: command.topic, partition: command.partition });
  }
  const topic = state.topics[command.topic];
  if (!topic) return simError('UNKNOWN_TOPIC_OR_PARTITION', `Unknown topic ${command.topic}`, { topic: command.topic });
  if (command.partition >= topic.partitions.length) {
    return simError('UNKNOWN_TOPIC_OR_PARTITION', `Partition ${command.partition} of topic ${topic.name} with partition count ${topic.partitions.length} is not present`, { topic: topic.name, partition: command.partition, partitions: topic.partitions.length });
  }
  // The request was once sent, so it passed what send() checks.
  const size = recordRefusal(state, topic, command.partition, -1, utf8Length(command.value));
  if (typeof size !== 'number') return size;
  const leader = topic.replication[command.partition]!.leader;
  if (leader === undefined || !isRunning(state, leader)) {
    return simError('LEADER_NOT_AVAILABLE', `There is no leader for ${topic.name}-${command.partition} to receive the late write`, { topic: topic.name, partition: command.partition });
  }
  const epoch = t.lastEndedEpoch ?? t.producerEpoch;
  const base = { at: state.time, producer: producer.id, transactionalId: t.transactionalId, topic: topic.name, partition: command.partition, producerId: producer.producerId, producerEpoch: epoch };
  const error = refusal(state, state.transactions?.byId[t.transactionalId], producer.producerId, epoch, topic.name, command.partition);
  if (error !== undefined) {
    events.push({ ...base, type: 'lateWriteArrived', outcome: 'refused', error });
    return state;
  }
  // Appended as any batch of the producer; its sequence is taken as in order, the case in which the
  // late write is accepted (ProducerAppendInfo.checkSequence would refuse an out-of-order one).
  let next = topic.config.replicationFactor > 1 ? settleSkippedRounds(state, { topic: topic.name, partition: command.partition }) : state;
  const current = next.topics[topic.name]!;
  const log = current.partitions[command.partition]!;
  const replication = current.replication[command.partition]!;
  const alone = replication.isr.length === 1 && replication.isr[0] === leader;
  const appended = appendRecord(log, current.config, state.time, undefined, command.value, producer.id, size, undefined, alone, producerKey(producer.producerId));
  appended.record.producerId = producer.producerId;
  if (appended.rolled) events.push({ type: 'segmentRolled', at: state.time, topic: topic.name, partition: command.partition, baseOffset: appended.rolled.baseOffset, reason: appended.rolled.reason });
  if (alone && current.config.replicationFactor > 1) {
    events.push({ type: 'highWatermarkAdvanced', at: state.time, topic: topic.name, partition: command.partition, broker: leader, from: log.highWatermark, to: appended.log.highWatermark });
  }
  next = withPartition(next, topic.name, command.partition, appended.log, undefined);
  const key = tpKey(topic.name, command.partition);
  const open = (next.transactions?.partitions[key] ?? []).some((p) => p.producerId === producer.producerId && p.markerOffset === undefined);
  const metadata = next.transactions!.byId[t.transactionalId]!;
  // The coordinator writes a marker only to partitions it holds: elsewhere the transaction hangs.
  const known = metadata.state === 'Ongoing' && metadata.partitions.some((tp) => tp.topic === topic.name && tp.partition === command.partition);
  next = withTransactions(next, noteTransactionalAppend(next.transactions!, key, producer.producerId, appended.record.offset));
  events.push({ ...base, type: 'lateWriteArrived', outcome: open || known ? 'joined' : 'hanging', offset: appended.record.offset });
  return next;
}

/**
 * adminAbortTransaction (Admin.abortTransaction, WriteTxnMarkers from the admin client; the tool
 * finds the producer with describe-producers at --start-offset): an abort marker for the producer
 * whose transaction is open at startOffset.
 */
export function adminAbortTransaction(state: SimState, command: AdminAbortTransactionCommand, events: Events): HandlerResult {
  const topic = state.topics[command.topic];
  if (!topic) return simError('UNKNOWN_TOPIC_OR_PARTITION', `Unknown topic ${command.topic}`, { topic: command.topic });
  if (command.partition >= topic.partitions.length) {
    return simError('UNKNOWN_TOPIC_OR_PARTITION', `Partition ${command.partition} of topic ${topic.name} with partition count ${topic.partitions.length} is not present`, { topic: topic.name, partition: command.partition, partitions: topic.partitions.length });
  }
  const key = tpKey(topic.name, command.partition);
  const txn = state.transactions?.partitions[key]?.find((p) => p.firstOffset === command.startOffset && p.markerOffset === undefined);
  // TransactionsCommand.AbortTransactionCommand: "Could not find any open transactions starting at offset ...".
  if (!txn) {
    return simError('NO_OPEN_TRANSACTION', `Could not find any open transactions starting at offset ${command.startOffset} on partition ${topic.name}-${command.partition}`, { topic: topic.name, partition: command.partition, offset: command.startOffset });
  }
  const leader = topic.replication[command.partition]!.leader;
  if (leader === undefined || !isRunning(state, leader)) {
    return simError('LEADER_NOT_AVAILABLE', `There is no leader for ${topic.name}-${command.partition} to write the abort marker`, { topic: topic.name, partition: command.partition });
  }
  // The marker names the client that wrote the transaction's first record, as the coordinator's do.
  const producer = recordsBetween(topic.partitions[command.partition]!, txn.firstOffset, txn.firstOffset + 1)[0]?.producer ?? '';
  const written = appendMarker(state, topic.name, command.partition, { producer, producerId: txn.producerId }, 'abort');
  const highWatermark = written.state.topics[topic.name]!.partitions[command.partition]!.highWatermark;
  const next = withTransactions(written.state, noteMarker(written.state.transactions!, key, txn.producerId, written.offset, true, highWatermark));
  events.push({ type: 'hangingTransactionAborted', at: state.time, topic: topic.name, partition: command.partition, producerId: txn.producerId, startOffset: txn.firstOffset, markerOffset: written.offset });
  return next;
}

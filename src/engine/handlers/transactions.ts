import type { AbortTransactionCommand, BeginTransactionCommand, CommitTransactionCommand, InitTransactionsCommand, SendOffsetsToTransactionCommand } from '../commands.ts';
import { simError, type SimError } from '../errors.ts';
import type { CommittedOffset, TransactionEvent } from '../events.ts';
import { coordinatorPartition, ensureOffsetsTopic } from '../groups/coordinator.ts';
import type { ProducerState, ProducerTransactional, SimState, TransactionMetadata } from '../types.ts';
import { completeTransaction, ensureTransactionTopic, markersCanBeWritten, prepareEnd, transactionCoordinator, transactionPartitionFor, transition, withMetadata } from '../transactions/coordinator.ts';
import { KAFKA_DEFAULTS } from '../defaults.ts';
import { bumpsEpochPerTransaction } from '../versions/rules.ts';
import { type Events, type HandlerResult } from './context.ts';

// KafkaProducer's transaction calls as its TransactionManager makes them, answered by the
// coordinator (transactions/coordinator.ts). Client-side misuse is refused with the client's
// IllegalStateException text and changes nothing; a fenced producer's calls are accepted and answered
// with Kafka's error in the events (PRODUCER_FENCED, INVALID_PRODUCER_EPOCH), as a zombie sees them.

type Operation = Extract<TransactionEvent, { type: 'producerFenced' }>['operation'];
/** The client's TransactionManager.State names, for its "Invalid transition" message. */
const CLIENT_STATE = { uninitialized: 'UNINITIALIZED', ready: 'READY', 'in-transaction': 'IN_TRANSACTION', fenced: 'FATAL_ERROR' } as const;

function withProducer(state: SimState, producer: ProducerState): SimState {
  return { ...state, producers: { ...state.producers, [producer.id]: producer } };
}

function withTransactional(state: SimState, producer: ProducerState, transactional: ProducerTransactional): SimState {
  return withProducer(state, { ...producer, transactional });
}

// Not imported from producers.ts, which imports this file.
function unknownProducer(producer: string): SimError {
  return simError('UNKNOWN_PRODUCER', `Unknown producer ${producer}`, { producer });
}

function notTransactional(producer: string): SimError {
  return simError('NOT_TRANSACTIONAL', 'Transactional method invoked on a non-transactional producer.', { producer });
}

function invalidTransition(producer: ProducerState, to: string): SimError {
  const t = producer.transactional!;
  const from = t.pendingEnd !== undefined ? (t.pendingEnd === 'commit' ? 'COMMITTING_TRANSACTION' : 'ABORTING_TRANSACTION') : CLIENT_STATE[t.status];
  return simError('INVALID_TXN_TRANSITION', `TransactionalId ${t.transactionalId}: Invalid transition attempted from state ${from} to state ${to}`, { producer: producer.id, transactionalId: t.transactionalId, from, to });
}

function fencedError(producer: ProducerState): SimError {
  const t = producer.transactional!;
  return simError('PRODUCER_FENCED', `Producer with transactionalId '${t.transactionalId}' and ProducerIdAndEpoch(producerId=${producer.producerId}, epoch=${t.producerEpoch}) has been fenced by another producer with the same transactionalId`, { producer: producer.id, transactionalId: t.transactionalId });
}

function coordinatorNotAvailable(transactionalId: string): SimError {
  return simError('COORDINATOR_NOT_AVAILABLE', `The coordinator is not available: the leader of the ${'__transaction_state'} partition for transactional id ${transactionalId} is down`, { transactionalId, partition: transactionPartitionFor(transactionalId) });
}

/** A producer whose epoch is no longer the coordinator's for its transactional.id: a zombie. */
export function isFenced(state: SimState, producer: ProducerState): boolean {
  const t = producer.transactional;
  if (!t || t.status === 'uninitialized') return false;
  if (t.status === 'fenced') return true;
  const metadata = state.transactions?.byId[t.transactionalId];
  return !metadata || metadata.producerId !== producer.producerId || metadata.producerEpoch !== t.producerEpoch;
}

/** The zombie learns it is fenced: the error in the events, and the producer in its fatal state. */
export function answerFenced(state: SimState, producer: ProducerState, operation: Operation, events: Events): SimState {
  const t = producer.transactional!;
  const currentEpoch = state.transactions?.byId[t.transactionalId]?.producerEpoch ?? t.producerEpoch;
  events.push({ type: 'producerFenced', at: state.time, producer: producer.id, transactionalId: t.transactionalId, producerEpoch: t.producerEpoch, currentEpoch, error: operation === 'send' ? 'INVALID_PRODUCER_EPOCH' : 'PRODUCER_FENCED', operation });
  const { pendingEnd: _p, ...rest } = t;
  void _p;
  return withTransactional(state, producer, { ...rest, status: 'fenced' });
}

/** Finishes what a Prepare* transaction still has to do before the coordinator takes the next request for it. */
function settlePrepared(state: SimState, transactionalId: string, events: Events): SimState {
  const metadata = state.transactions?.byId[transactionalId];
  return metadata && (metadata.state === 'PrepareCommit' || metadata.state === 'PrepareAbort') ? completeTransaction(state, transactionalId, events) : state;
}

/** Bumps the epoch and aborts the open transaction (TransactionMetadata.prepareFenceProducerEpoch): a timeout or a new producer. */
function fenceAndAbort(state: SimState, metadata: TransactionMetadata, reason: 'timeout' | 'fenced', events: Events): SimState {
  const fencing = transition(state, metadata, 'PrepareEpochFence', events, { producerEpoch: metadata.producerEpoch + 1 }, reason);
  return prepareEnd(fencing, fencing.transactions!.byId[metadata.transactionalId]!, 'abort', events, reason);
}

/**
 * initTransactions (InitProducerId): the coordinator gives the transactional.id its producer id (the
 * same every time) and the next epoch. An open transaction of an older producer is aborted first,
 * its epoch fenced (the client retries on CONCURRENT_TRANSACTIONS until the markers are written,
 * done here within the command).
 */
export function initTransactions(state: SimState, command: InitTransactionsCommand, events: Events): HandlerResult {
  const producer = state.producers[command.producer];
  if (!producer) return unknownProducer(command.producer);
  const t = producer.transactional;
  if (!t) return notTransactional(producer.id);
  if (t.status === 'fenced') return fencedError(producer);
  if (t.status !== 'uninitialized') return invalidTransition(producer, 'INITIALIZING');
  let next = ensureTransactionTopic(state);
  if (!next || transactionCoordinator(next, t.transactionalId) === undefined) return coordinatorNotAvailable(t.transactionalId);
  let metadata = next.transactions!.byId[t.transactionalId];
  if (!metadata) {
    metadata = { transactionalId: t.transactionalId, producerId: next.nextProducerId, producerEpoch: 0, state: 'Empty', txnTimeoutMs: t.transactionTimeoutMs, txnStartTimestamp: -1, partitions: [], pendingOffsets: [], producer: producer.id };
    next = withMetadata({ ...next, nextProducerId: next.nextProducerId + 1 }, metadata);
  } else {
    if (metadata.state === 'Ongoing') next = fenceAndAbort(next, metadata, 'fenced', events);
    next = settlePrepared(next, t.transactionalId, events);
    metadata = next.transactions!.byId[t.transactionalId]!;
    // prepareIncrementProducerEpoch: the new producer's epoch, which fences every older one.
    // txnStartTimestamp -1: no transaction has started in the new epoch (prepareTransitionTo(Empty, …, -1, …)).
    const bumped = { producerEpoch: metadata.producerEpoch + 1, txnTimeoutMs: t.transactionTimeoutMs, txnStartTimestamp: -1, producer: producer.id };
    next = metadata.state === 'Empty' ? withMetadata(next, { ...metadata, ...bumped }) : transition(next, metadata, 'Empty', events, bumped);
    metadata = next.transactions!.byId[t.transactionalId]!;
  }
  events.push({ type: 'transactionsInitialized', at: state.time, producer: producer.id, transactionalId: t.transactionalId, producerId: metadata.producerId, producerEpoch: metadata.producerEpoch, coordinator: transactionCoordinator(next, t.transactionalId)!, partition: transactionPartitionFor(t.transactionalId) });
  // A new epoch starts every partition's sequence numbers at 0 again.
  return withProducer(next, { ...producer, producerId: metadata.producerId, nextSequence: {}, transactional: { ...t, status: 'ready', producerEpoch: metadata.producerEpoch } });
}

/** beginTransaction: local to the producer; the coordinator hears of the transaction with its first partition. */
export function beginTransaction(state: SimState, command: BeginTransactionCommand, events: Events): HandlerResult {
  const producer = state.producers[command.producer];
  if (!producer) return unknownProducer(command.producer);
  const t = producer.transactional;
  if (!t) return notTransactional(producer.id);
  if (t.status === 'fenced') return fencedError(producer);
  if (t.status !== 'ready' || t.pendingEnd !== undefined) return invalidTransition(producer, 'IN_TRANSACTION');
  events.push({ type: 'transactionBegun', at: state.time, producer: producer.id, transactionalId: t.transactionalId });
  return withTransactional(state, producer, { ...t, status: 'in-transaction' });
}

/**
 * Adds a partition to the producer's transaction (AddPartitionsToTxn / AddOffsetsToTxn): the first
 * one makes it Ongoing. Under transaction version 2 the producer sends neither: the leader adds the
 * partition when it takes the first batch (Produce v12+), the group coordinator with TxnOffsetCommit v5.
 */
export function addToTransaction(state: SimState, producer: ProducerState, topic: string, partition: number, events: Events): SimState {
  const id = producer.transactional!.transactionalId;
  let next = settlePrepared(state, id, events);
  const metadata = next.transactions!.byId[id]!;
  if (metadata.partitions.some((tp) => tp.topic === topic && tp.partition === partition)) return next;
  events.push({ type: 'partitionAddedToTransaction', at: state.time, producer: producer.id, transactionalId: id, topic, partition, ...(bumpsEpochPerTransaction(state) ? { implicit: true as const } : {}) });
  const partitions = [...metadata.partitions, { topic, partition }];
  if (metadata.state === 'Ongoing') return withMetadata(next, { ...metadata, partitions });
  next = transition(next, metadata, 'Ongoing', events, { partitions, txnStartTimestamp: state.time, producer: producer.id });
  return next;
}

/**
 * What a transactional producer's send() needs first (TransactionManager.maybeAddPartition): an
 * error for misuse, the fenced answer (then nothing is sent), or the state with the partition added.
 */
export function transactionalSend(state: SimState, producer: ProducerState, topic: string, partition: number, requestId: number, events: Events): SimError | { state: SimState; send: boolean } {
  const t = producer.transactional!;
  const tp = `${topic}-${partition}`;
  if (t.status === 'uninitialized') {
    return simError('TRANSACTIONS_NOT_INITIALIZED', `Cannot add partition ${tp} to transaction before completing a call to initTransactions`, { producer: producer.id, topic, partition });
  }
  if (isFenced(state, producer)) {
    events.push({ type: 'produceFailed', at: state.time, producer: producer.id, topic, partition, requestId, error: 'INVALID_PRODUCER_EPOCH', attempts: 1 });
    return { state: answerFenced(state, producer, 'send', events), send: false };
  }
  if (t.status !== 'in-transaction' || t.pendingEnd !== undefined) {
    const current = t.pendingEnd !== undefined ? (t.pendingEnd === 'commit' ? 'COMMITTING_TRANSACTION' : 'ABORTING_TRANSACTION') : CLIENT_STATE[t.status];
    return simError('TRANSACTION_NOT_IN_PROGRESS', `Cannot add partition ${tp} to transaction while in state  ${current}`, { producer: producer.id, topic, partition, current });
  }
  return { state: addToTransaction(state, producer, topic, partition, events), send: true };
}

/**
 * sendOffsetsToTransaction (AddOffsetsToTxn + TxnOffsetCommit): the group's __consumer_offsets
 * partition joins the transaction, and the offsets are committed to the group only with the commit.
 */
export function sendOffsetsToTransaction(state: SimState, command: SendOffsetsToTransactionCommand, events: Events): HandlerResult {
  const producer = state.producers[command.producer];
  if (!producer) return unknownProducer(command.producer);
  const t = producer.transactional;
  if (!t) return notTransactional(producer.id);
  if (t.status === 'fenced') return fencedError(producer);
  if (t.status !== 'in-transaction' || t.pendingEnd !== undefined) {
    const current = CLIENT_STATE[t.status];
    return simError('TRANSACTION_NOT_IN_PROGRESS', `Cannot send offsets if a transaction is not in progress (currentState= ${current})`, { producer: producer.id, current, operation: 'sendOffsetsToTransaction' });
  }
  if (!state.groups[command.group]) return simError('GROUP_ID_NOT_FOUND', `Group ${command.group} not found`, { group: command.group });
  for (const spec of command.offsets) {
    const topic = state.topics[spec.topic];
    if (!topic) return simError('UNKNOWN_TOPIC_OR_PARTITION', `Unknown topic ${spec.topic}`, { topic: spec.topic });
    if (spec.partition >= topic.partitions.length) {
      return simError('UNKNOWN_TOPIC_OR_PARTITION', `Partition ${spec.partition} of topic ${spec.topic} with partition count ${topic.partitions.length} is not present`, { topic: spec.topic, partition: spec.partition, partitions: topic.partitions.length });
    }
  }
  if (transactionCoordinator(state, t.transactionalId) === undefined) return coordinatorNotAvailable(t.transactionalId);
  if (isFenced(state, producer)) return answerFenced(state, producer, 'sendOffsetsToTransaction', events);
  let next = ensureOffsetsTopic(state);
  next = addToTransaction(next, producer, '__consumer_offsets', coordinatorPartition(command.group), events);
  const metadata = next.transactions!.byId[t.transactionalId]!;
  const offsets: CommittedOffset[] = command.offsets.map(({ topic, partition, offset }) => ({ topic, partition, offset }));
  const kept = metadata.pendingOffsets.filter((o) => o.group !== command.group || !offsets.some((n) => n.topic === o.topic && n.partition === o.partition));
  events.push({ type: 'transactionOffsetsAdded', at: state.time, producer: producer.id, transactionalId: t.transactionalId, group: command.group, offsets });
  return withMetadata(next, { ...metadata, pendingOffsets: [...kept, ...offsets.map((o) => ({ group: command.group, ...o }))] });
}

/** EndTxn from the producer: Ongoing -> Prepare*; a transaction that never added a partition ends on the client alone. */
function sendEndTxn(state: SimState, producer: ProducerState, end: 'commit' | 'abort', events: Events): SimState {
  const t = producer.transactional!;
  const { pendingEnd: _p, ...rest } = t;
  void _p;
  let next = withTransactional(state, producer, { ...rest, status: 'ready' });
  const metadata = next.transactions!.byId[t.transactionalId]!;
  if (metadata.state !== 'Ongoing') return next;
  next = prepareEnd(next, metadata, end, events);
  const epoch = next.transactions!.byId[t.transactionalId]!.producerEpoch;
  if (epoch === t.producerEpoch) return next;
  // Transaction version 2: the EndTxn response (v5+) carries the bumped epoch, and the new epoch
  // starts every partition's sequence numbers at 0 (TransactionManager.EndTxnHandler, KAFKA-14562).
  return withProducer(next, { ...next.producers[producer.id]!, nextSequence: {}, transactional: { ...rest, status: 'ready', producerEpoch: epoch, lastEndedEpoch: t.producerEpoch } });
}

function endTransaction(state: SimState, producerName: string, end: 'commit' | 'abort', events: Events): HandlerResult {
  const producer = state.producers[producerName];
  if (!producer) return unknownProducer(producerName);
  const t = producer.transactional;
  if (!t) return notTransactional(producer.id);
  const target = end === 'commit' ? 'COMMITTING_TRANSACTION' : 'ABORTING_TRANSACTION';
  if (t.status === 'uninitialized') return invalidTransition(producer, target);
  const operation = end === 'commit' ? 'commitTransaction' : 'abortTransaction';
  if (isFenced(state, producer)) return answerFenced(state, producer, operation, events);
  if (t.status !== 'in-transaction' || t.pendingEnd !== undefined) return invalidTransition(producer, target);
  if (transactionCoordinator(state, t.transactionalId) === undefined) return coordinatorNotAvailable(t.transactionalId);
  // commitTransaction flushes first: every record sent and answered before EndTxn.
  const unfinished = producer.queued.length + producer.inFlight.length;
  if (unfinished > 0) {
    events.push({ type: 'transactionEndWaiting', at: state.time, producer: producer.id, transactionalId: t.transactionalId, end, unsent: unfinished });
    return withTransactional(state, producer, { ...t, pendingEnd: end });
  }
  return sendEndTxn(state, producer, end, events);
}

export function commitTransaction(state: SimState, command: CommitTransactionCommand, events: Events): HandlerResult {
  return endTransaction(state, command.producer, 'commit', events);
}

export function abortTransaction(state: SimState, command: AbortTransactionCommand, events: Events): HandlerResult {
  return endTransaction(state, command.producer, 'abort', events);
}

/**
 * The coordinator's and producers' transaction work due now: EndTxn of producers whose records are
 * all sent, markers due, and on the cleanup grid the abort of timed-out transactions.
 */
export function fireTransactionTimers(state: SimState, events: Events): SimState {
  let next = state;
  for (const producer of Object.values(state.producers)) {
    const end = producer.transactional?.pendingEnd;
    if (end === undefined || producer.queued.length + producer.inFlight.length > 0) continue;
    next = isFenced(next, producer) ? answerFenced(next, producer, end === 'commit' ? 'commitTransaction' : 'abortTransaction', events) : sendEndTxn(next, producer, end, events);
  }
  for (const id of Object.keys(next.transactions?.byId ?? {})) {
    const metadata = next.transactions!.byId[id]!;
    if (metadata.markersAt !== undefined && metadata.markersAt <= next.time && markersCanBeWritten(next, metadata)) next = completeTransaction(next, id, events);
  }
  if (next.time % KAFKA_DEFAULTS.transactionAbortTimedOutIntervalMs === 0) {
    for (const metadata of Object.values(next.transactions?.byId ?? {})) {
      if (metadata.state === 'Ongoing' && metadata.txnStartTimestamp + metadata.txnTimeoutMs < next.time) next = fenceAndAbort(next, metadata, 'timeout', events);
    }
  }
  return next;
}

import { allRecords, recordsBetween } from '../log/partition-log.ts';
import { heldRecords } from '../producer/open-batches.ts';
import type { BrokerStatus, EpochEntry, LogRecord, OffsetsPartition, ProduceRequest, SimState } from '../types.ts';
import { replicaLogs } from './partition-state.ts';

// Read-only views of the cluster for the UI and tests.

export interface BrokerInfo { id: number; status: BrokerStatus }

/** The brokers by ascending id with their status. */
export function brokers(state: SimState): BrokerInfo[] {
  return state.brokers.map((b) => ({ id: b.id, status: b.status }));
}

export interface PartitionStateInfo {
  /** Broker ids in assignment order; the first is the preferred leader. */
  replicas: number[];
  /** Undefined while the partition is offline. */
  leader?: number;
  leaderEpoch: number;
  isr: number[];
  /** The leader's high watermark (offset): consumers read below it. */
  highWatermark: number;
  /** Each replica's log end offset, by broker id. */
  logEndOffsets: Record<number, number>;
  /** KIP-966 eligible leader replicas; [] without ELR (before Kafka 4.1). */
  elr: number[];
  /** KIP-966 LastKnownElr; [] without ELR. */
  lastKnownElr: number[];
}

/** Leader, ISR, high watermark and each replica's log end, as `kafka-topics --describe` and the replica logs would tell. */
export function partitionState(state: SimState, topic: string, partition: number): PartitionStateInfo | undefined {
  if (topic === '__transaction_state') return internalPartitionState(state.transactions?.topic[partition]);
  const t = state.topics[topic];
  const replication = t?.replication[partition];
  if (!t || !replication) return undefined;
  const logEndOffsets: Record<number, number> = {};
  for (const [broker, log] of replicaLogs(t, partition)) logEndOffsets[broker] = log.logEndOffset;
  const info: PartitionStateInfo = {
    replicas: [...replication.replicas],
    leaderEpoch: replication.leaderEpoch,
    isr: [...replication.isr],
    highWatermark: t.partitions[partition]!.highWatermark,
    logEndOffsets,
    elr: [...(replication.elr ?? [])],
    lastKnownElr: [...(replication.lastKnownElr ?? [])],
  };
  if (replication.leader !== undefined) info.leader = replication.leader;
  return info;
}

/**
 * A partition of __transaction_state: placement and leadership are modelled, not its log, so its
 * high watermark and log ends stay 0 (the coordinator's records are not drawn).
 */
function internalPartitionState(partition: OffsetsPartition | undefined): PartitionStateInfo | undefined {
  if (!partition) return undefined;
  const logEndOffsets: Record<number, number> = {};
  for (const broker of partition.replicas) logEndOffsets[broker] = 0;
  const info: PartitionStateInfo = { replicas: [...partition.replicas], leaderEpoch: partition.leaderEpoch, isr: [...partition.isr], highWatermark: 0, logEndOffsets, elr: [], lastKnownElr: [] };
  if (partition.leader !== undefined) info.leader = partition.leader;
  return info;
}

/** The records in one replica's own log (a follower may lag or, after an unclean election, differ). */
export function replicaRecords(state: SimState, topic: string, partition: number, broker: number): LogRecord[] {
  const t = state.topics[topic];
  if (!t?.replication[partition]) return [];
  const log = replicaLogs(t, partition).get(broker);
  return log ? allRecords(log) : [];
}

/** One replica's log bounds, as its own log has them (a follower may lag or differ). */
export interface ReplicaLogInfo { broker: number; logStartOffset: number; logEndOffset: number; highWatermark: number }

/** Each replica's log bounds of a partition, by broker id ascending. */
export function replicaLogInfos(state: SimState, topic: string, partition: number): ReplicaLogInfo[] {
  const t = state.topics[topic];
  if (!t?.replication[partition]) return [];
  return [...replicaLogs(t, partition)]
    .map(([broker, log]) => ({ broker, logStartOffset: log.logStartOffset, logEndOffset: log.logEndOffset, highWatermark: log.highWatermark }))
    .sort((a, b) => a.broker - b.broker);
}

export interface EpochRecord { record: LogRecord; leaderEpoch: number }

/** The leader epoch that wrote `offset`: the last entry of the epoch cache starting at or before it (LeaderEpochFileCache). */
export function epochAt(entries: readonly EpochEntry[], offset: number): number {
  let epoch = 0;
  for (const e of entries) {
    if (e.startOffset > offset) break;
    epoch = e.epoch;
  }
  return epoch;
}

/**
 * The records of one replica's log in [from, to), each with the leader epoch that wrote it, as
 * the replica's own leader epoch cache says. Only the asked range is read: a long log is not copied.
 */
export function replicaRecordsWithEpochs(state: SimState, topic: string, partition: number, broker: number, from: number, to: number): EpochRecord[] {
  const t = state.topics[topic];
  if (!t?.replication[partition]) return [];
  const log = replicaLogs(t, partition).get(broker);
  if (!log) return [];
  return recordsBetween(log, from, to).map((record) => ({ record, leaderEpoch: epochAt(log.leaderEpochs, record.offset) }));
}

/** The producer's requests not yet acknowledged or failed (held in a batch by linger.ms, queued or sent), oldest first. */
export function inFlight(state: SimState, producer: string): ProduceRequest[] {
  const p = state.producers[producer];
  return p ? [...heldRecords(p), ...p.queued, ...p.inFlight.toArray()].sort((a, b) => a.id - b.id) : [];
}

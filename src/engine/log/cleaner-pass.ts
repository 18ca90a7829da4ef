import { KAFKA_DEFAULTS } from '../defaults.ts';
import type { Events } from '../handlers/context.ts';
import { isRunning } from '../replication/leader-and-isr.ts';
import type { PartitionLog, SimState, TopicState } from '../types.ts';
import { cleanableAt, cleanLog, isCleanable, isCompacted, type LogToClean, logToClean } from './cleaner.ts';
import { retentionOf, retentionUsefulFor } from './retention-run.ts';

// The LogCleaner thread in model time. Kafka's CleanerThread.doWork cleans the filthiest cleanable log,
// then runs deleteOldSegments on every compacted log (retention of compact,delete: LogManager leaves
// compacted logs to the cleaner), and tries again at once; when nothing was cleanable it sleeps
// log.cleaner.backoff.ms (15 s). Here cleaning takes no time, so a pass at one moment cleans every
// cleanable log, filthiest first, and passes sit on a 15 s grid. Every broker cleans its own replicas.

/** One replica's log: where it lives in the state. */
interface ReplicaRef { topic: string; partition: number; broker: number; leader: boolean }

function replicaLogs(state: SimState, topic: TopicState): { ref: ReplicaRef; log: PartitionLog }[] {
  const out: { ref: ReplicaRef; log: PartitionLog }[] = [];
  topic.partitions.forEach((log, p) => {
    const replication = topic.replication[p]!;
    if (isRunning(state, replication.logBroker)) out.push({ ref: { topic: topic.name, partition: p, broker: replication.logBroker, leader: true }, log });
    for (const follower of Object.values(replication.followers)) {
      if (isRunning(state, follower.broker)) out.push({ ref: { topic: topic.name, partition: p, broker: follower.broker, leader: false }, log: follower.log });
    }
  });
  return out;
}

function withReplicaLog(state: SimState, ref: ReplicaRef, log: PartitionLog): SimState {
  const topic = state.topics[ref.topic]!;
  if (ref.leader) {
    const partitions = topic.partitions.slice();
    partitions[ref.partition] = log;
    return { ...state, topics: { ...state.topics, [topic.name]: { ...topic, partitions } } };
  }
  const replication = topic.replication.slice();
  const current = replication[ref.partition]!;
  replication[ref.partition] = { ...current, followers: { ...current.followers, [ref.broker]: { ...current.followers[ref.broker]!, log } } };
  return { ...state, topics: { ...state.topics, [topic.name]: { ...topic, replication } } };
}

/** grabFilthiestCompactedLog: the cleanable log with the highest dirty ratio (ties: topic, partition, broker order). */
function filthiest(state: SimState): { ref: ReplicaRef; log: PartitionLog; ltc: LogToClean } | undefined {
  let best: { ref: ReplicaRef; log: PartitionLog; ltc: LogToClean } | undefined;
  for (const topic of Object.values(state.topics)) {
    if (!isCompacted(topic.config)) continue;
    for (const { ref, log } of replicaLogs(state, topic)) {
      const ltc = logToClean(log, topic.config, state.time);
      if (!isCleanable(ltc, topic.config)) continue;
      if (!best || ltc.cleanableRatio > best.ltc.cleanableRatio) best = { ref, log, ltc };
    }
  }
  return best;
}

/** One cleaner pass at state.time: clean until nothing is cleanable, each cleaning followed by retention of compact,delete logs. */
export function runCleanerPass(state: SimState, events: Events): SimState {
  let next = state;
  // Each cleaning moves that log's checkpoint to its first uncleanable offset, so it is not picked twice.
  for (let round = 0; ; round++) {
    const target = filthiest(next);
    if (target) {
      const config = next.topics[target.ref.topic]!.config;
      const result = cleanLog(target.log, config, target.ltc, next.time);
      events.push({
        type: 'logCleaned', at: next.time, topic: target.ref.topic, partition: target.ref.partition, broker: target.ref.broker,
        firstDirtyOffset: target.ltc.firstDirtyOffset, cleanedUpTo: target.ltc.firstUncleanableOffset, dirtyRatio: target.ltc.cleanableRatio, minCleanableDirtyRatio: config.minCleanableDirtyRatio, deleteRetentionMs: config.deleteRetentionMs,
        forced: target.ltc.cleanableRatio <= config.minCleanableDirtyRatio, removed: result.removed, removedCount: result.removedCount,
        tombstonesKept: result.tombstonesKept, segmentsBefore: result.segmentsBefore, segmentsAfter: result.segmentsAfter,
      });
      next = withReplicaLog(next, target.ref, result.log);
    }
    for (const topic of Object.values(next.topics)) {
      if (topic.config.cleanupPolicy === 'compact,delete') next = retentionOf(next, topic, events);
    }
    if (!target || round > 10_000) return next;
  }
}

/**
 * The earliest model time at which a pass would do anything, given the state as it is: a log
 * becoming cleanable, or retention of a compact,delete log able to delete. Infinity when nothing.
 */
export function cleanerUsefulAt(state: SimState): number {
  let earliest = Number.POSITIVE_INFINITY;
  for (const topic of Object.values(state.topics)) {
    if (!isCompacted(topic.config)) continue;
    for (const { log } of replicaLogs(state, topic)) earliest = Math.min(earliest, cleanableAt(log, topic.config, state.time));
    if (topic.config.cleanupPolicy === 'compact,delete') earliest = Math.min(earliest, retentionUsefulFor(topic, state.time));
    if (earliest <= state.time) return state.time;
  }
  return earliest;
}

/**
 * What a cleaner pass reads of the logs, as numbers: equal lists mean no compacted log changed in
 * between. Object identity cannot tell, since inside a transient (transient.ts) logs grow in place.
 */
export function cleanerInputs(state: SimState): number[] {
  const out: number[] = [];
  for (const topic of Object.values(state.topics)) {
    if (!isCompacted(topic.config)) continue;
    for (const { log } of replicaLogs(state, topic)) {
      out.push(log.logStartOffset, log.logEndOffset, log.bytes, log.highWatermark, log.sealed.length, log.active.records.length);
    }
  }
  return out;
}

/** A cleaner pass that did nothing, at `at`, over logs that read as `inputs` (cleanerInputs). */
export interface IdleCleanerPass { at: number; inputs: number[] }

/**
 * The next pass on the log.cleaner.backoff.ms grid at or after `from` worth running, or undefined.
 * Should an estimate ever promise work a pass then does not find (`idle`), no pass runs again until
 * the logs change or a later moment is due, so quiet time never costs a pass every 15 s (a pass
 * that does nothing changes nothing either way).
 */
export function nextCleanerPassAt(state: SimState, from: number, idle?: IdleCleanerPass): number | undefined {
  const useful = cleanerUsefulAt(state);
  if (!Number.isFinite(useful)) return undefined;
  if (idle && useful <= idle.at && sameNumbers(idle.inputs, cleanerInputs(state))) return undefined;
  const backoff = KAFKA_DEFAULTS.logCleanerBackoffMs;
  return Math.ceil(Math.max(from, useful) / backoff) * backoff;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

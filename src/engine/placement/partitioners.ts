import type { Placement } from '../events.ts';
import { nextInt32, toPositive } from '../rng.ts';
import type { ProducerState, ProducerTopicState } from '../types.ts';
import { murmur2 } from './murmur2.ts';
import { utf8ByteArray } from './utf8.ts';

/** What the version profile decides about placement (versions/profiles.ts). */
export interface PlacementRules { roundRobinSkips: boolean; stickySwitchFactor: number }
const CLASSIC_PLACEMENT: PlacementRules = { roundRobinSkips: false, stickySwitchFactor: 1 };

export interface PlacementDecision {
  partition: number;
  placement: Placement;
  topicState: ProducerTopicState;
  rngState: number;
}

/**
 * Where a record goes, as the Java producer decides it on a single broker where every partition
 * is available. A key hashes, except under RoundRobinPartitioner; otherwise `partitioner` decides keyless records:
 * - 'round-robin': RoundRobinPartitioner, a per-topic counter from 0 for every record, keys ignored;
 * - 'legacy-default': the DefaultPartitioner of Kafka 2.3 and earlier: the same rotation for keyless
 *   records (its counter started at a random value; from 0 here, so a lesson reads better);
 * - 'sticky': 2.4-3.2 DefaultPartitioner + StickyPartitionCache (stay until a batch fills, then a
 *   random *other* partition);
 * - 'uniform-sticky': 3.3+ BuiltInPartitioner (KIP-794) without adaptive load stats: switch once
 *   batch.size bytes went to the partition, to a uniformly random one (possibly the same).
 * Simplification: with linger.ms not modelled, a batch is "full" when the next record would not fit.
 */
type KeyPlacement = Extract<Placement, { kind: 'key' }>;

/**
 * The key's placement (murmur2 of its bytes, toPositive, modulo the partition count) for keys seen
 * lately: keys repeat, hashing allocates their bytes, and a placement is a plain value that the
 * requests and events holding it never change, so one object per key serves them all.
 */
const keyPlacements = new Map<string, KeyPlacement>();

export function keyedPlacement(key: string, numPartitions: number): KeyPlacement {
  const seen = keyPlacements.get(key);
  if (seen !== undefined && seen.numPartitions === numPartitions) return seen;
  const hash = seen?.hash ?? murmur2(utf8ByteArray(key));
  const placement: KeyPlacement = { kind: 'key', hash, positiveHash: hash & 0x7fffffff, numPartitions };
  // Bounded: a long key costs its hash once per visit, never memory without end.
  if (keyPlacements.size >= 4096) keyPlacements.clear();
  if (key.length <= 256) keyPlacements.set(key, placement);
  return placement;
}

export function placeRecord(
  producer: ProducerState,
  topicState: ProducerTopicState,
  key: string | undefined,
  recordBytes: number,
  numPartitions: number,
  rngState: number,
  rules: PlacementRules = CLASSIC_PLACEMENT,
): PlacementDecision {
  if (producer.partitioner === 'round-robin') return roundRobin('round-robin', topicState, numPartitions, rngState, rules.roundRobinSkips);
  if (key !== undefined) {
    const placement = keyedPlacement(key, numPartitions);
    return { partition: placement.positiveHash % numPartitions, placement, topicState, rngState };
  }
  switch (producer.partitioner) {
    case 'legacy-default':
      return roundRobin('legacy-default', topicState, numPartitions, rngState);
    case 'sticky':
      return legacySticky(producer, topicState, recordBytes, numPartitions, rngState);
    case 'uniform-sticky':
      return uniformSticky(producer, topicState, recordBytes, numPartitions, rngState, rules.stickySwitchFactor);
    default: {
      const never: never = producer.partitioner;
      throw new Error(`unknown partitioner ${String(never)}`);
    }
  }
}

function roundRobin(partitioner: 'legacy-default' | 'round-robin', topicState: ProducerTopicState, numPartitions: number, rngState: number, skips = false): PlacementDecision {
  // A per-topic counter from 0, as RoundRobinPartitioner keeps it (the pre-2.4 DefaultPartitioner
  // started at a random value; starting at 0 shows the same rotation and reads better in a lesson).
  let counter = topicState.counter ?? 0;
  // KAFKA-9965 (2.4-3.9.0): KafkaProducer.doSend appends with abortOnNewBatch, and every record opens
  // a new batch here, so partition() runs twice: the first counter value is thrown away.
  const skipped = skips ? counter : undefined;
  if (skips) counter = (counter + 1) | 0;
  const partition = toPositive(counter) % numPartitions;
  return {
    partition,
    placement: { kind: 'round-robin', partitioner, counter, numPartitions, ...(skipped === undefined ? {} : { skipped }) },
    topicState: { ...topicState, counter: (counter + 1) | 0 },
    rngState,
  };
}

function randomOther(previous: number | undefined, numPartitions: number, rngState: number): { partition: number; rngState: number } {
  if (numPartitions === 1) return { partition: 0, rngState };
  let partition = previous;
  while (partition === undefined || partition === previous) {
    const draw = nextInt32(rngState);
    rngState = draw.rngState;
    partition = toPositive(draw.value) % numPartitions;
  }
  return { partition, rngState };
}

function legacySticky(producer: ProducerState, topicState: ProducerTopicState, recordBytes: number, numPartitions: number, rngState: number): PlacementDecision {
  let sticky = topicState.stickyPartition;
  let used = topicState.stickyBytes;
  let switched = false;
  // A partition count that shrank below the cached choice cannot happen (partitions only grow).
  if (sticky === undefined) {
    const pick = randomOther(undefined, numPartitions, rngState);
    sticky = pick.partition;
    rngState = pick.rngState;
    used = 0;
    switched = true;
  } else if (used > 0 && used + recordBytes > producer.batchBytes) {
    // The record does not fit: a new batch is created, and onNewBatch moves the sticky partition.
    const pick = randomOther(sticky, numPartitions, rngState);
    sticky = pick.partition;
    rngState = pick.rngState;
    used = 0;
    switched = true;
  }
  used += recordBytes;
  return {
    partition: sticky,
    placement: { kind: 'sticky', partitioner: 'sticky', switched, stickyBytes: used, batchBytes: producer.batchBytes, numPartitions },
    topicState: { ...topicState, stickyPartition: sticky, stickyBytes: used },
    rngState,
  };
}

function uniformSticky(producer: ProducerState, topicState: ProducerTopicState, recordBytes: number, numPartitions: number, rngState: number, switchFactor: number): PlacementDecision {
  let sticky = topicState.stickyPartition;
  // The first record on a newly chosen partition (the previous one reset stickyBytes to 0).
  let switched = topicState.stickyBytes === 0;
  if (sticky === undefined) {
    const draw = nextInt32(rngState);
    rngState = draw.rngState;
    sticky = toPositive(draw.value) % numPartitions;
    switched = true;
  }
  const produced = topicState.stickyBytes + recordBytes;
  const partition = sticky;
  let nextTopicState: ProducerTopicState = { ...topicState, stickyPartition: sticky, stickyBytes: produced };
  // BuiltInPartitioner.updatePartitionInfo (BuiltInPartitioner.java:223): switch at batch.size when the
  // last batch is full, else at 2 x batch.size; one record per batch is never full (switchFactor 2).
  if (produced >= producer.batchBytes * switchFactor) {
    const draw = nextInt32(rngState);
    rngState = draw.rngState;
    nextTopicState = { ...topicState, stickyPartition: toPositive(draw.value) % numPartitions, stickyBytes: 0 };
  }
  return {
    partition,
    placement: { kind: 'sticky', partitioner: 'uniform-sticky', switched, stickyBytes: produced, batchBytes: producer.batchBytes, numPartitions },
    topicState: nextTopicState,
    rngState,
  };
}

/**
 * A keyed or explicitly placed record still fills the batch of its partition. With the 2.4-3.2
 * sticky partitioner, when that partition is the sticky one and the record does not fit, the
 * producer opens a new batch and onNewBatch moves the sticky partition (KafkaProducer.doSend with
 * abortOnNewBatch). The 3.3+ partitioner ignores such records (they carry no partition info).
 */
export function accountPlacedRecord(producer: ProducerState, topicState: ProducerTopicState, partition: number, recordBytes: number, numPartitions: number, rngState: number): { topicState: ProducerTopicState; rngState: number } {
  if (producer.partitioner !== 'sticky' || topicState.stickyPartition !== partition) return { topicState, rngState };
  if (topicState.stickyBytes > 0 && topicState.stickyBytes + recordBytes > producer.batchBytes) {
    const pick = randomOther(partition, numPartitions, rngState);
    return { topicState: { ...topicState, stickyPartition: pick.partition, stickyBytes: 0 }, rngState: pick.rngState };
  }
  return { topicState: { ...topicState, stickyBytes: topicState.stickyBytes + recordBytes }, rngState };
}

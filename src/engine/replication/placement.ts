import { nextInt32, toPositive } from '../rng.ts';

// Where the replicas of new partitions go: Kafka's StripedReplicaPlacer (KRaft) for a cluster
// without racks. The usable brokers, sorted, are read as a ring from a random start; each partition
// takes `replicationFactor` consecutive brokers and the next partition starts one further on, so
// leadership (the first replica) spreads over the brokers. After as many partitions as brokers, the
// ring is shuffled so the same sets do not repeat. Java's Random is replaced by the seeded generator.

/** Random.nextInt(bound) with the seeded generator; a bound of 1 draws nothing (no change to the run). */
function nextIntBelow(bound: number, rngState: number): { value: number; rngState: number } {
  if (bound <= 1) return { value: 0, rngState };
  const draw = nextInt32(rngState);
  return { value: toPositive(draw.value) % bound, rngState: draw.rngState };
}

/** Collections.shuffle: swap i with a random j <= i, from the end. */
function shuffle(list: number[], rngState: number): number {
  let state = rngState;
  for (let i = list.length - 1; i > 0; i--) {
    const draw = nextIntBelow(i + 1, state);
    state = draw.rngState;
    const j = draw.value;
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return state;
}

export interface Placement {
  /** Replica lists, one per new partition; the first broker of each is its preferred leader. */
  assignments: number[][];
  rngState: number;
}

/**
 * Places `numPartitions` partitions of `replicationFactor` replicas on the live brokers
 * (StripedReplicaPlacer.place with one rack). The caller checks that enough brokers are live.
 */
export function placeReplicas(liveBrokers: readonly number[], numPartitions: number, replicationFactor: number, rngState: number): Placement {
  const brokers = [...liveBrokers].sort((a, b) => a - b);
  const n = brokers.length;
  // BrokerList.initialize: a random start offset.
  const start = nextIntBelow(n, rngState);
  let state = start.rngState;
  let offset = start.value;
  let epoch = 0;
  const assignments: number[][] = [];
  for (let p = 0; p < numPartitions; p++) {
    if (epoch === n && n > 1) {
      state = shuffle(brokers, state);
      epoch = 0;
    }
    // Each new iteration epoch moves the start one broker on (BrokerList.next), except the very first.
    if (p > 0) offset = (offset + 1) % n;
    const replicas: number[] = [];
    for (let r = 0; r < replicationFactor; r++) replicas.push(brokers[(offset + r) % n]!);
    assignments.push(replicas);
    epoch++;
  }
  return { assignments, rngState: state };
}

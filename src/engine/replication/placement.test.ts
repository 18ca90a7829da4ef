import { applyCommand, createSimulation } from '../apply.ts';
import { partitionState } from './queries.ts';
import { placeReplicas } from './placement.ts';
import { run } from '../test-support/run.ts';

// Replica placement follows Kafka's StripedReplicaPlacer (KRaft) for brokers without racks.

describe('StripedReplicaPlacer: where replicas go', () => {
  it('puts each partition\'s replicas on distinct brokers, consecutive on the sorted ring', () => {
    const { assignments } = placeReplicas([3, 1, 2, 4], 4, 3, 12345);
    for (const replicas of assignments) {
      expect(new Set(replicas).size).toBe(3);
      const ring = [1, 2, 3, 4];
      const start = ring.indexOf(replicas[0]!);
      expect(replicas).toEqual([0, 1, 2].map((i) => ring[(start + i) % 4]));
    }
  });

  it('starts each next partition one broker further on, so leadership spreads evenly', () => {
    const { assignments } = placeReplicas([1, 2, 3], 3, 2, 99);
    const leaders = assignments.map((r) => r[0]!);
    expect(new Set(leaders).size).toBe(3);
    expect((leaders[1]! - leaders[0]! + 3) % 3).toBe(1);
    expect((leaders[2]! - leaders[1]! + 3) % 3).toBe(1);
  });

  it('shuffles the ring after as many partitions as brokers, yet keeps leaders balanced per round', () => {
    const { assignments } = placeReplicas([1, 2, 3, 4, 5], 10, 3, 7);
    const firstRound = assignments.slice(0, 5).map((r) => r[0]).sort();
    const secondRound = assignments.slice(5).map((r) => r[0]).sort();
    expect(firstRound).toEqual([1, 2, 3, 4, 5]);
    expect(secondRound).toEqual([1, 2, 3, 4, 5]);
  });

  it('takes its random start from the seeded generator: same seed, same placement; the seed matters', () => {
    expect(placeReplicas([1, 2, 3], 6, 2, 42)).toEqual(placeReplicas([1, 2, 3], 6, 2, 42));
    const starts = new Set(Array.from({ length: 30 }, (_, seed) => placeReplicas([1, 2, 3], 1, 1, seed).assignments[0]![0]));
    expect(starts.size).toBe(3);
  });

  it('draws nothing on a single broker, so a one-broker run is exactly as before', () => {
    const placed = placeReplicas([1], 5, 1, 777);
    expect(placed.rngState).toBe(777);
    expect(placed.assignments).toEqual([[1], [1], [1], [1], [1]]);
  });

  it('createTopic makes the first replica the preferred leader, every replica in sync, epoch 0', () => {
    const { state } = run([{ type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 }, { type: 'createTopic', topic: 't', partitions: 6, replicationFactor: 3 }]);
    for (let p = 0; p < 6; p++) {
      const info = partitionState(state, 't', p)!;
      expect(info.leader).toBe(info.replicas[0]);
      expect(info.isr).toEqual(info.replicas);
      expect(info.leaderEpoch).toBe(0);
      expect(info.highWatermark).toBe(0);
    }
  });

  it('refuses a replication factor larger than the live brokers with Kafka\'s reason, changing nothing', () => {
    const { state } = run([{ type: 'addBroker', broker: 2 }]);
    const result = applyCommand(state, { type: 'createTopic', topic: 't', partitions: 1, replicationFactor: 3 });
    expect(result.error?.code).toBe('INVALID_REPLICATION_FACTOR');
    expect(result.error?.message).toBe('Replication factor: 3 larger than available brokers: 2.');
    expect(result.state).toBe(state);
  });

  it('counts only running brokers as available', () => {
    const { state } = run([{ type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 }, { type: 'stopBroker', broker: 3 }]);
    expect(applyCommand(state, { type: 'createTopic', topic: 't', partitions: 1, replicationFactor: 3 }).error?.message).toBe('Replication factor: 3 larger than available brokers: 2.');
    const placed = applyCommand(state, { type: 'createTopic', topic: 't', partitions: 4, replicationFactor: 2 });
    for (let p = 0; p < 4; p++) expect(partitionState(placed.state, 't', p)!.replicas).not.toContain(3);
  });

  it('alterPartitions places the new partitions the same way, on the live brokers', () => {
    const { state } = run([{ type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 }, { type: 'createTopic', topic: 't', partitions: 1, replicationFactor: 2 }, { type: 'alterPartitions', topic: 't', partitions: 4 }]);
    const leaders = [1, 2, 3].map((p) => partitionState(state, 't', p)!.replicas[0]);
    expect(new Set(leaders).size).toBe(3);
    for (let p = 1; p < 4; p++) expect(new Set(partitionState(state, 't', p)!.replicas).size).toBe(2);
    const tooFew = applyCommand(run([{ type: 'addBroker', broker: 2 }, { type: 'createTopic', topic: 't', partitions: 1, replicationFactor: 2 }, { type: 'stopBroker', broker: 2 }]).state, { type: 'alterPartitions', topic: 't', partitions: 2 });
    expect(tooFew.error?.code).toBe('INVALID_REPLICATION_FACTOR');
  });

  it('a simulation that never adds a broker starts with broker 1 and places everything there', () => {
    const state = createSimulation();
    expect(state.brokers).toEqual([{ id: 1, status: 'online' }]);
    const { state: after } = run([{ type: 'createTopic', topic: 't', partitions: 2 }]);
    expect(partitionState(after, 't', 1)).toEqual({ replicas: [1], leader: 1, leaderEpoch: 0, isr: [1], highWatermark: 0, logEndOffsets: { 1: 0 }, elr: [], lastKnownElr: [] });
  });
});

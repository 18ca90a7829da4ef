import type { Command } from '../commands.ts';
import { partitionState } from '../replication/queries.ts';
import type { SimState } from '../types.ts';

/** Three brokers (1, 2, 3) and a topic `orders` of one partition with three replicas. */
export function threeBrokers(topic: Partial<Extract<Command, { type: 'createTopic' }>> = {}): Command[] {
  return [
    { type: 'addBroker', broker: 2 },
    { type: 'addBroker', broker: 3 },
    { type: 'createTopic', topic: 'orders', partitions: 1, replicationFactor: 3, ...topic },
  ];
}

export function leaderOf(state: SimState, topic = 'orders', partition = 0): number {
  const leader = partitionState(state, topic, partition)?.leader;
  if (leader === undefined) throw new Error(`${topic}-${partition} has no leader`);
  return leader;
}

/** The replicas other than the leader, in assignment order. */
export function followersOf(state: SimState, topic = 'orders', partition = 0): number[] {
  const info = partitionState(state, topic, partition)!;
  return info.replicas.filter((b) => b !== info.leader);
}

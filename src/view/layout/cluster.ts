import { linearScale } from './linear.ts';
import { partitionCount, partitionState, topicNames, type SimState } from '../../engine/index.ts';
import { maxOf } from './bounded.ts';

// The brokers view as data: which replica sits on which broker and how far each log reaches.
// Pure, so it is tested without a DOM; the component only draws it.

export interface ReplicaView {
  topic: string;
  partition: number;
  role: 'leader' | 'follower';
  inIsr: boolean;
  /** The partition has no leader. */
  offline: boolean;
  logEndOffset: number;
  /** The partition's high watermark (the leader's). */
  highWatermark: number;
  leaderEpoch: number;
  /** Bar length and high watermark position in px, on a scale shared by the partition's copies. */
  width: number;
  hwX: number;
}

export interface BrokerView {
  id: number;
  status: SimState['brokers'][number]['status'];
  replicas: ReplicaView[];
}

/** Every broker with the replicas it holds, topics by name, partitions in order. `barWidth` is the longest bar in px. */
export function clusterLayout(state: SimState, barWidth: number): BrokerView[] {
  const byBroker = new Map<number, ReplicaView[]>(state.brokers.map((b) => [b.id, []]));
  for (const name of [...topicNames(state)].sort()) {
    for (let p = 0; p < partitionCount(state, name); p++) {
      const info = partitionState(state, name, p)!;
      const longest = maxOf(Object.values(info.logEndOffsets), 1);
      const x = linearScale([0, longest], [0, barWidth]);
      for (const broker of info.replicas) {
        const leo = info.logEndOffsets[broker] ?? 0;
        byBroker.get(broker)?.push({
          topic: name, partition: p,
          role: info.leader === broker ? 'leader' : 'follower',
          inIsr: info.isr.includes(broker),
          offline: info.leader === undefined,
          logEndOffset: leo, highWatermark: info.highWatermark, leaderEpoch: info.leaderEpoch,
          width: x(leo), hwX: x(info.highWatermark),
        });
      }
    }
  }
  return state.brokers.map((b) => ({ id: b.id, status: b.status, replicas: byBroker.get(b.id) ?? [] }));
}

/** Whether replication is there to show: more than one broker, or a replicated topic. */
export function isClustered(state: SimState): boolean {
  return state.brokers.length > 1 || Object.values(state.topics).some((t) => t.config.replicationFactor > 1);
}

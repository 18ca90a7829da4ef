import type { BrokerStatus, SimState } from '../types.ts';
import { elrPartitionChange } from '../versions/elr.ts';

// The controller's rules for a partition's leader and ISR (KRaft's PartitionChangeBuilder with
// eligible leader replicas off, as in Kafka's defaults).

export type { LeaderAndIsr, PartitionChange } from './partition-change.ts';
import type { LeaderAndIsr, PartitionChange } from './partition-change.ts';

export function brokerStatus(state: SimState, id: number): BrokerStatus | undefined {
  return state.brokers.find((b) => b.id === id)?.status;
}

/** Running processes: they serve clients and replicate. */
export function isRunning(state: SimState, id: number): boolean {
  const status = brokerStatus(state, id);
  return status === 'online' || status === 'isolated';
}

/** The partition has a leader whose process runs: produce and fetch requests get an answer. */
export function leaderAvailable(state: SimState, topic: string, partition: number): boolean {
  const leader = state.topics[topic]?.replication[partition]?.leader;
  return leader !== undefined && isRunning(state, leader);
}

/**
 * Whether the controller may make this broker a leader (ClusterControlManager.isActive): registered
 * and not fenced or shut down. A crashed broker stays active until its session times out.
 */
export function isActive(state: SimState, id: number): boolean {
  const status = brokerStatus(state, id);
  return status === 'online' || status === 'isolated' || status === 'crashed';
}

/**
 * One partition change: take `remove` out of the ISR (never emptying it: the last member stays
 * recorded), then keep the leader if it is still a valid one, else elect the first replica in
 * assignment order that is in the ISR and acceptable (electAnyLeader); failing that, with unclean
 * election on, the first acceptable replica at all, whose ISR becomes just itself; failing that, no
 * leader. A new leader (or none) bumps the leader epoch. Returns undefined when nothing changes.
 */
export function partitionChange(current: LeaderAndIsr, options: { remove?: number; add?: number; unclean: boolean; isActive: (broker: number) => boolean; elrMinIsr?: number; uncleanShutdown?: number }): PartitionChange | undefined {
  // Kafka 4.1 profile: eligible leader replicas decide instead (KIP-966).
  if (options.elrMinIsr !== undefined) return elrPartitionChange(current, { ...options, minIsr: options.elrMinIsr });
  const { remove, add } = options;
  const acceptable = (r: number) => r !== remove && (r === add || options.isActive(r));
  const targetIsr = remove === undefined ? current.isr : current.isr.filter((r) => r !== remove);
  const isValid = (r: number | undefined) => r !== undefined && targetIsr.includes(r) && acceptable(r);
  let leader: number | undefined;
  let unclean = false;
  if (isValid(current.leader)) leader = current.leader;
  else {
    leader = current.replicas.find((r) => isValid(r));
    if (leader === undefined && options.unclean) {
      leader = current.replicas.find(acceptable);
      unclean = leader !== undefined;
    }
  }
  const leaderChanged = leader !== current.leader;
  let isr = targetIsr.length > 0 ? targetIsr : current.isr;
  if (unclean && leader !== undefined) isr = [leader];
  const removedFromIsr = current.isr.filter((r) => !isr.includes(r));
  if (!leaderChanged && removedFromIsr.length === 0 && isr.length === current.isr.length) return undefined;
  const next: LeaderAndIsr = {
    replicas: current.replicas,
    leaderEpoch: leaderChanged ? current.leaderEpoch + 1 : current.leaderEpoch,
    isr,
    ...(leader === undefined ? {} : { leader }),
  };
  return { next, leaderChanged, unclean, removedFromIsr };
}

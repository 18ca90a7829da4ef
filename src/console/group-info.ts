import { coordinator, groupIds, groupMembers, type SimState } from '../engine/index.ts';
import { topicPartitionHash } from '../engine/groups/assignors/java-hash.ts';
import { clientHost, memberId } from './ids.ts';
import { javaHashOrder } from './result.ts';

// What Admin.describeConsumerGroups and listConsumerGroupOffsets tell kafka-consumer-groups about a
// group in the engine's state.

/** ConsumerGroupState names: the engine completes rebalances within a step, so a group is Stable, Empty or Dead. */
export type GroupStateName = 'Stable' | 'Empty' | 'Dead';

export interface TP { topic: string; partition: number }

export interface MemberInfo { consumer: string; consumerId: string; host: string; clientId: string; assignment: TP[] }

export function groupState(state: SimState, group: string): GroupStateName {
  const g = state.groups[group];
  if (!g) return 'Dead';
  if (groupMembers(state, group).length > 0) return 'Stable';
  // A group with neither members nor offsets is removed by the coordinator (Dead).
  return Object.keys(g.committed).length > 0 ? 'Empty' : 'Dead';
}

/** Groups the coordinator still knows: members or committed offsets. */
export function groupNames(state: SimState): string[] {
  return groupIds(state).filter((g) => groupState(state, g) !== 'Dead').sort();
}

export function members(state: SimState, group: string): MemberInfo[] {
  return groupMembers(state, group).map((consumer) => ({
    consumer,
    consumerId: memberId(state.seed, consumer),
    host: clientHost(state.seed, consumer),
    // The simulator's consumer name is its client.id.
    clientId: consumer,
    assignment: [...(state.consumers[consumer]?.assignment ?? [])],
  }));
}

export function committedOffsets(state: SimState, group: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, offset] of Object.entries(state.groups[group]?.committed ?? {})) out.set(key, offset);
  return out;
}

export const tpName = (tp: TP) => `${tp.topic}-${tp.partition}`;
export const tpKeyOf = (tp: TP) => `${tp.topic}:${tp.partition}`;
export function parseTpKey(key: string): TP {
  const at = key.lastIndexOf(':');
  return { topic: key.slice(0, at), partition: Number(key.slice(at + 1)) };
}

/** A Collectors.toMap keyed by TopicPartition, iterated: the order the tool prints its rows in. */
export function hashOrder(tps: readonly TP[]): TP[] {
  return javaHashOrder(tps, (tp) => topicPartitionHash(tp.topic, tp.partition));
}

/** ListOffsets latest (read_uncommitted): the high watermark; undefined while the partition has no leader. */
export function logEndOffset(state: SimState, tp: TP): number | undefined {
  const t = state.topics[tp.topic];
  if (!t?.partitions[tp.partition] || t.replication[tp.partition]?.leader === undefined) return undefined;
  return t.partitions[tp.partition]!.highWatermark;
}

export function logStartOffset(state: SimState, tp: TP): number | undefined {
  const t = state.topics[tp.topic];
  if (!t?.partitions[tp.partition] || t.replication[tp.partition]?.leader === undefined) return undefined;
  return t.partitions[tp.partition]!.logStartOffset;
}

/** Node.host():port as the simulator names its brokers: broker n listens on localhost:9091+n. */
export function coordinatorText(state: SimState, group: string): string {
  const id = coordinator(state, group);
  return id === undefined ? 'localhost:-1  (-1)' : `localhost:${9091 + id}  (${id})`;
}

import { consumerGroupState, coordinator, groupIds, groupMembers, groupState as coordinatorGroupState, type SimState } from '../engine/index.ts';
import { javaStringHash, topicPartitionHash } from '../engine/groups/assignors/java-hash.ts';
import { clientHost, consumerProtocolMemberId, memberId } from './ids.ts';
import { javaHashOrder } from './result.ts';

// What Admin.describeConsumerGroups and listConsumerGroupOffsets tell kafka-consumer-groups about a
// group in the engine's state.

/** GroupState names a classic group can be described in (GroupState.toString). */
export type GroupStateName = 'Stable' | 'Empty' | 'Dead' | 'PreparingRebalance' | 'CompletingRebalance';
type Described = Exclude<GroupStateName, 'Dead'>;

/** The classic group's state as the coordinator has it (the engine's groupState query). */
function coordinatorState(state: SimState, group: string): Described {
  const s = coordinatorGroupState(state, group).state;
  return s === 'PreparingRebalance' || s === 'CompletingRebalance' || s === 'Empty' ? s : groupMembers(state, group).length > 0 ? 'Stable' : 'Empty';
}

export interface TP { topic: string; partition: number }

export interface MemberInfo {
  consumer: string; consumerId: string; host: string; clientId: string; assignment: TP[];
  /** KIP-848 members (ConsumerGroupDescribe): member epoch, the group's target assignment epoch, the member's target. */
  currentEpoch?: number; targetEpoch?: number; targetAssignment?: TP[];
}

export function groupState(state: SimState, group: string): GroupStateName {
  const g = state.groups[group];
  if (!g) return 'Dead';
  if (groupMembers(state, group).length > 0) return coordinatorState(state, group);
  // A group with neither members nor offsets is removed by the coordinator (Dead).
  return Object.keys(g.committed).length > 0 ? 'Empty' : 'Dead';
}

/**
 * What DescribeGroups answers in Kafka 4.0, whose group coordinator keeps an Empty group (members
 * gone, with or without offsets) until its periodic cleanup (offsets.retention.check.interval.ms,
 * not modelled): Stable with members, Empty without, undefined for a group it never had
 * (GroupIdNotFoundException "Group g not found.", KAFKA-17550: DescribeGroups v6).
 */
export function describedState(state: SimState, group: string): Described | 'Assigning' | 'Reconciling' | undefined {
  const g = state.groups[group];
  if (!g) return undefined;
  // A KIP-848 group: ConsumerGroup's own states (ConsumerGroupDescribe).
  if (g.consumerProtocol) {
    const s = consumerGroupState(state, group).state;
    return s === 'Dead' ? undefined : s;
  }
  return g.members.length > 0 ? coordinatorState(state, group) : 'Empty';
}

/** The groups ListGroups answers in Kafka 4.0: every group the coordinator has, Empty ones included. */
export function listedGroups(state: SimState): string[] {
  return Object.keys(state.groups).sort();
}

/** Groups with members or committed offsets (the lag table's rows). */
export function groupNames(state: SimState): string[] {
  return groupIds(state).filter((g) => groupState(state, g) !== 'Dead').sort();
}

/**
 * The members as DescribeGroups lists them: the coordinator keeps them in a java.util.HashMap keyed
 * by member id (ClassicGroup.members), so they come in that map's iteration order.
 */
export function members(state: SimState, group: string): MemberInfo[] {
  const g = state.groups[group];
  if (!g) return [];
  if (g.consumerProtocol) {
    // ConsumerGroupDescribe: the coordinator's assigned partitions (not those being revoked) and the target.
    const view = consumerGroupState(state, group);
    const ids = javaHashOrder(g.members, (consumer) => javaStringHash(consumerProtocolMemberId(state.seed, consumer)));
    return ids.flatMap((consumer) => {
      const m = view.members.find((v) => v.id === consumer);
      return m === undefined ? [] : [{
        consumer, consumerId: consumerProtocolMemberId(state.seed, consumer), host: clientHost(state.seed, consumer), clientId: consumer,
        assignment: m.assigned, currentEpoch: m.memberEpoch, targetEpoch: g.consumerProtocol!.targetAssignmentEpoch, targetAssignment: m.target ?? [],
      }];
    });
  }
  // ClassicGroup describes its members with their assignment only when Stable (describeNoMetadata otherwise).
  const ids = javaHashOrder(g.members, (consumer) => javaStringHash(memberId(state.seed, consumer)));
  const stable = describedState(state, group) === 'Stable';
  return ids.map((consumer) => ({
    consumer,
    consumerId: memberId(state.seed, consumer),
    host: clientHost(state.seed, consumer),
    // The simulator's consumer name is its client.id.
    clientId: consumer,
    assignment: stable ? [...(state.consumers[consumer]?.assignment ?? [])] : [],
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

/** The leader epoch of the record before `offset`: what a consumer commits with its position (OffsetAndMetadata.leaderEpoch). */
export function committedLeaderEpoch(state: SimState, tp: TP, offset: number): number | undefined {
  const log = state.topics[tp.topic]?.partitions[tp.partition];
  if (!log || offset <= 0) return undefined;
  let epoch: number | undefined;
  for (const e of log.leaderEpochs) if (e.startOffset <= offset - 1) epoch = e.epoch;
  return epoch;
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

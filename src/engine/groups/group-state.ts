import type { GroupState, SimState, TopicPartition } from '../types.ts';
import { classicStateOf, memberIdOf } from './join-barrier.ts';
import { consumerGroupState } from './consumer-protocol/query.ts';

// The public query of a group's protocol state (issue 19). Classic-protocol groups answer with
// ClassicGroupState's names and the generation; the KIP-848 consumer protocol's states (Assigning,
// Reconciling) and epochs belong to consumer-protocol groups.

export type GroupStateName = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead' | 'Assigning' | 'Reconciling';

export interface GroupMemberState {
  /** The member id the coordinator knows: the group.instance.id of a static member, else the consumer's name. */
  id: string;
  consumer: string;
  memberEpoch?: number;
  /** What the member owns now (an eager member that rejoined owns nothing until SyncGroup). */
  assigned: TopicPartition[];
  revoking?: TopicPartition[];
  target?: TopicPartition[];
}

export interface GroupStateInfo {
  state: GroupStateName;
  protocol: 'classic' | 'consumer';
  generation?: number;
  groupEpoch?: number;
  /** In the group's join order. */
  members: GroupMemberState[];
}

const DEAD: GroupStateInfo = Object.freeze({ state: 'Dead', protocol: 'classic', members: Object.freeze([]) as unknown as GroupMemberState[] }) as GroupStateInfo;

// One answer per (group, consumers) pair: a selector may return it as it is.
const cache = new WeakMap<GroupState, { consumers: SimState['consumers']; info: GroupStateInfo }>();

/**
 * The group's state as the coordinator has it: `Dead` for a group it never had, `Empty` without
 * members, `PreparingRebalance` while the join barrier waits, `Stable` otherwise.
 */
export function groupState(state: SimState, group: string): GroupStateInfo {
  if (!Object.hasOwn(state.groups, group)) return DEAD;
  const g = state.groups[group]!;
  // A KIP-848 group answers with its group epoch and each member's epoch, current and target assignment.
  if (g.consumerProtocol) return consumerGroupState(state, group);
  const hit = cache.get(g);
  if (hit && hit.consumers === state.consumers) return hit.info;
  const members = g.members.map((id): GroupMemberState => {
    const consumer = state.consumers[id];
    return { id: consumer ? memberIdOf(consumer) : id, consumer: id, assigned: [...(consumer?.assignment ?? [])] };
  });
  const info: GroupStateInfo = { state: classicStateOf(g), protocol: 'classic', generation: g.generation, members };
  cache.set(g, { consumers: state.consumers, info });
  return info;
}

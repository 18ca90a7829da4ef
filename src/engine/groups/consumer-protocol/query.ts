import type { SimState, TopicPartition } from '../../types.ts';

// consumerGroupState: a KIP-848 group as ConsumerGroupDescribe reports it. The lead's public
// groupState(state, group) answers with it for a consumer-protocol group.

export type ConsumerGroupStateName = 'Empty' | 'Assigning' | 'Reconciling' | 'Stable' | 'Dead';

export interface ConsumerGroupStateView {
  state: ConsumerGroupStateName;
  protocol: 'consumer';
  groupEpoch: number;
  members: { id: string; consumer: string; memberEpoch: number; assigned: TopicPartition[]; revoking?: TopicPartition[]; target?: TopicPartition[] }[];
}

/**
 * ConsumerGroup.maybeUpdateGroupState: Empty without members; Assigning while the group epoch is
 * ahead of the target assignment's; Reconciling while a member is not STABLE at the target epoch;
 * otherwise Stable. A group the coordinator does not know as a consumer group reads Dead.
 */
export function consumerGroupState(state: SimState, group: string): ConsumerGroupStateView {
  const g = state.groups[group];
  const cg = g?.consumerProtocol;
  if (!g || !cg) return { state: 'Dead', protocol: 'consumer', groupEpoch: 0, members: [] };
  const ids = g.members.filter((id) => cg.members[id] !== undefined);
  let name: ConsumerGroupStateName = 'Stable';
  if (ids.length === 0) name = 'Empty';
  else if (cg.groupEpoch > cg.targetAssignmentEpoch) name = 'Assigning';
  else if (ids.some((id) => cg.members[id]!.state !== 'STABLE' || cg.members[id]!.memberEpoch !== cg.targetAssignmentEpoch)) name = 'Reconciling';
  const members = ids.map((id) => {
    const m = cg.members[id]!;
    const copy = (l: readonly TopicPartition[]) => l.map((tp) => ({ topic: tp.topic, partition: tp.partition }));
    const view: ConsumerGroupStateView['members'][number] = { id, consumer: id, memberEpoch: m.memberEpoch, assigned: copy(m.assigned) };
    if (m.revoking.length > 0) view.revoking = copy(m.revoking);
    view.target = copy(cg.targetAssignment[id] ?? []);
    return view;
  });
  return { state: name, protocol: 'consumer', groupEpoch: cg.groupEpoch, members };
}

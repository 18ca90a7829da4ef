import type { GroupView } from './group.ts';
import { stickyAssign, tpKey } from './sticky/index.ts';
import type { TopicPartition } from './types.ts';

/**
 * CooperativeStickyAssignor.assignPartitions: the sticky assignment minus every partition that
 * would change owner in this round (adjustAssignment). The current owner revokes it and a follow-up
 * rebalance, where nobody owns it any more, hands it to its new member.
 */
export function cooperativeStickyAssign(group: GroupView): Map<string, TopicPartition[]> {
  const { assignment, transferring } = stickyAssign('cooperative-sticky', group);
  const moving = transferring ?? computePartitionsTransferringOwnership(group, assignment);
  for (const [key, consumer] of moving) {
    const list = assignment.get(consumer);
    const at = list?.findIndex((tp) => tpKey(tp) === key) ?? -1;
    if (list && at >= 0) list.splice(at, 1);
  }
  return assignment;
}

/** After the general builder: partitions newly given to a member that some other member still owns. */
function computePartitionsTransferringOwnership(group: GroupView, assignment: ReadonlyMap<string, readonly TopicPartition[]>): Map<string, string> {
  const owners = new Map(group.members.map((m) => [m.id, (m.owned ?? []).map(tpKey)]));
  const added = new Map<string, string>();
  const revoked = new Set<string>();
  for (const [consumer, assigned] of assignment) {
    const owned = owners.get(consumer) ?? [];
    const ownedSet = new Set(owned);
    const assignedSet = new Set(assigned.map(tpKey));
    for (const key of assignedSet) if (!ownedSet.has(key)) added.set(key, consumer);
    for (const key of owned) if (!assignedSet.has(key)) revoked.add(key);
  }
  return new Map([...added].filter(([key]) => revoked.has(key)));
}

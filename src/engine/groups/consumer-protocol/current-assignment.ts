import type { TopicPartition } from '../assignors/types.ts';
import type { ConsumerGroupMember } from './types.ts';

// CurrentAssignmentBuilder (group-coordinator, modern.consumer): moves one member towards the
// group's target assignment, one step per heartbeat. A partition is handed to a member only once
// no other member holds it (assigned or pending revocation): "unreleased" partitions wait.

function tpKey(tp: TopicPartition): string {
  return `${tp.topic}:${tp.partition}`;
}

function sortTps(list: TopicPartition[]): TopicPartition[] {
  return list.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition));
}

export interface ReconcileInput {
  member: ConsumerGroupMember;
  targetAssignmentEpoch: number;
  target: readonly TopicPartition[];
  /** Whether another member holds the partition (ConsumerGroup.currentPartitionEpoch != -1). */
  heldByOther: (tp: TopicPartition) => boolean;
  /** The partitions the member reports owning in its heartbeat (undefined: not reported). */
  owned: readonly TopicPartition[] | undefined;
}

function ownsAny(owned: readonly TopicPartition[] | undefined, partitions: readonly TopicPartition[]): boolean {
  if (owned === undefined) return true;
  const wanted = new Set(partitions.map(tpKey));
  return owned.some((tp) => wanted.has(tpKey(tp)));
}

function computeNextAssignment(input: ReconcileInput, memberEpoch: number): ConsumerGroupMember {
  const { member, target, targetAssignmentEpoch } = input;
  const targetKeys = new Set(target.map(tpKey));
  const assignedKeys = new Set(member.assigned.map(tpKey));
  // New assigned = previous assigned ∩ target; pending revocation = previous assigned - target.
  const assigned = member.assigned.filter((tp) => targetKeys.has(tpKey(tp)));
  const revoking = member.assigned.filter((tp) => !targetKeys.has(tpKey(tp)));
  // Pending assignment = target - assigned - unreleased.
  const pending: TopicPartition[] = [];
  let hasUnreleased = false;
  for (const tp of target) {
    if (assignedKeys.has(tpKey(tp))) continue;
    if (input.heldByOther(tp)) hasUnreleased = true;
    else pending.push(tp);
  }
  if (revoking.length > 0 && ownsAny(input.owned, revoking)) {
    // Revoke first: the member stays in its epoch until it acknowledges the revocation.
    return { ...member, state: 'UNREVOKED_PARTITIONS', previousMemberEpoch: member.memberEpoch, memberEpoch, assigned: sortTps([...assigned]), revoking: sortTps([...revoking]) };
  }
  const state = hasUnreleased ? 'UNRELEASED_PARTITIONS' : 'STABLE';
  return { ...member, state, previousMemberEpoch: member.memberEpoch, memberEpoch: targetAssignmentEpoch, assigned: sortTps([...assigned, ...pending]), revoking: [] };
}

/** CurrentAssignmentBuilder.build: the member's next state, or the same object when nothing changes. */
export function reconcile(input: ReconcileInput): ConsumerGroupMember {
  const { member } = input;
  switch (member.state) {
    case 'STABLE':
      return member.memberEpoch !== input.targetAssignmentEpoch ? computeNextAssignment(input, member.memberEpoch) : member;
    case 'UNREVOKED_PARTITIONS':
      // Still reports a partition it was asked to give back: no progress.
      if (ownsAny(input.owned, member.revoking)) return member;
      return computeNextAssignment(input, member.memberEpoch + 1);
    case 'UNRELEASED_PARTITIONS':
      return computeNextAssignment(input, member.memberEpoch);
    default: {
      const never: never = member.state;
      return never;
    }
  }
}

/** Whether reconciling would change the member's assignment, epoch or state. */
export function sameMember(a: ConsumerGroupMember, b: ConsumerGroupMember): boolean {
  const keys = (l: readonly TopicPartition[]) => l.map(tpKey).join(',');
  return a.state === b.state && a.memberEpoch === b.memberEpoch && keys(a.assigned) === keys(b.assigned) && keys(a.revoking) === keys(b.revoking);
}

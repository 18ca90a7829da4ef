import type { AssignorMember } from './types.ts';

/** java.lang.String#compareTo: lexicographic by UTF-16 code unit, which is also what JS `<` does. */
export function compareJavaStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * AbstractPartitionAssignor.MemberInfo#compareTo: static members (with a group.instance.id) come
 * first, ordered by instance id; dynamic members follow, ordered by member id.
 */
export function compareMemberInfo(a: AssignorMember, b: AssignorMember): number {
  if (a.instanceId !== undefined && b.instanceId !== undefined) return compareJavaStrings(a.instanceId, b.instanceId);
  if (a.instanceId !== undefined) return -1;
  if (b.instanceId !== undefined) return 1;
  return compareJavaStrings(a.id, b.id);
}

/** Collections.sort(memberInfos): a stable sort, so equal keys keep their incoming order. */
export function sortMembers(members: readonly AssignorMember[]): AssignorMember[] {
  return [...members].sort(compareMemberInfo);
}

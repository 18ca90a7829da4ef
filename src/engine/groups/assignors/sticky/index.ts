import type { GroupView } from '../group.ts';
import type { StickyFlavor, StickyOutcome } from './common.ts';
import { constrainedAssign } from './constrained.ts';
import { generalAssign } from './general.ts';
import { toStickyMember } from './member-data.ts';
import { analyzeOwnership } from './ownership.ts';

export type { StickyFlavor, StickyOutcome } from './common.ts';
export { tpKey } from './common.ts';

/**
 * AbstractStickyAssignor.assignPartitions (without racks): resolve ownership claims, then use the
 * constrained builder when every member lists the same topics, else the general one.
 */
export function stickyAssign(flavor: StickyFlavor, group: GroupView): StickyOutcome {
  // Kafka divides by the member count here; an empty group simply gets an empty assignment.
  if (group.members.length === 0) return { assignment: new Map(), transferring: new Map() };
  const members = group.members.map((m) => toStickyMember(flavor, m));
  const ownership = analyzeOwnership(members, group.partitionsPerTopic);
  if (ownership.allSubscriptionsEqual) {
    return constrainedAssign({
      partitionsPerTopic: group.partitionsPerTopic,
      consumerToOwnedPartitions: ownership.consumerToOwnedPartitions,
      partitionsWithMultiplePreviousOwners: ownership.partitionsWithMultiplePreviousOwners,
    });
  }
  const assignment = generalAssign({
    members,
    partitionsPerTopic: group.partitionsPerTopic,
    consumerToOwnedPartitions: ownership.consumerToOwnedPartitions,
    maxGeneration: ownership.maxGeneration,
  });
  return { assignment, transferring: null };
}

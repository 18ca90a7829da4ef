import { cooperativeStickyAssign } from './cooperative-sticky.ts';
import { buildGroupView, type GroupView } from './group.ts';
import { rangeAssign } from './range.ts';
import { roundRobinAssign } from './roundrobin.ts';
import { stickyAssign } from './sticky/index.ts';
import type { AssignorInput, AssignorName, Assignment, TopicPartition } from './types.ts';

export type { AssignorName, AssignorInput, AssignorMember, Assignment, TopicPartition } from './types.ts';

/** The client-side assignors of Kafka's classic consumer-group protocol, by partition.assignment.strategy name. */
export const ASSIGNOR_NAMES: readonly AssignorName[] = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];

const ASSIGNORS: Record<AssignorName, (group: GroupView) => Map<string, TopicPartition[]>> = {
  range: rangeAssign,
  roundrobin: roundRobinAssign,
  sticky: (group) => stickyAssign('sticky', group).assignment,
  'cooperative-sticky': cooperativeStickyAssign,
};

/**
 * Runs one of Kafka's assignors (no rack awareness) as the group leader would. Every member id is a
 * key of the result; each list is in the order Kafka's assignor produces it. Pure: the input is not touched.
 */
export function assign(strategy: AssignorName, input: AssignorInput): Assignment {
  const byMember = ASSIGNORS[strategy](buildGroupView(input));
  const result: Assignment = {};
  for (const member of input.members) {
    const partitions = (byMember.get(member.id) ?? []).map(({ topic, partition }) => ({ topic, partition }));
    // defineProperty so that a member id such as "__proto__" stays an ordinary key.
    Object.defineProperty(result, member.id, { value: partitions, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

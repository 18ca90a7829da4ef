import type { TopicPartition } from '../assignors/types.ts';
import { reconcile } from './current-assignment.ts';
import type { ConsumerGroupMember, MemberState } from './types.ts';

// CurrentAssignmentBuilderTest (group-coordinator, modern.consumer), holding its answers. Kafka's
// withCurrentPartitionEpoch((topic, p) -> -1) is "nobody else holds it", -> 10 "another member holds it".

const tps = (t1: number[], t2: number[]): TopicPartition[] => [...t1.map((p) => ({ topic: 't1', partition: p })), ...t2.map((p) => ({ topic: 't2', partition: p }))];

function member(state: MemberState, memberEpoch: number, previousMemberEpoch: number, assigned: TopicPartition[], revoking: TopicPartition[] = []): ConsumerGroupMember {
  return { memberId: 'member', memberEpoch, previousMemberEpoch, state, subscribedTopics: ['t1', 't2'], assigned, revoking, heartbeatBase: 0, heartbeatIntervalMs: 5000, sessionTimeoutMs: 45000 };
}

const free = () => false;
const heldElsewhere = () => true;

function shape(m: ConsumerGroupMember) {
  return { state: m.state, memberEpoch: m.memberEpoch, previousMemberEpoch: m.previousMemberEpoch, assigned: m.assigned, revoking: m.revoking };
}

describe('CurrentAssignmentBuilder (CurrentAssignmentBuilderTest)', () => {
  it('testStableToStable', () => {
    const m = member('STABLE', 10, 10, tps([1, 2, 3], [4, 5, 6]));
    const next = reconcile({ member: m, targetAssignmentEpoch: 11, target: tps([1, 2, 3], [4, 5, 6]), heldByOther: free, owned: undefined });
    expect(shape(next)).toEqual(shape(member('STABLE', 11, 10, tps([1, 2, 3], [4, 5, 6]))));
  });

  it('testStableToStableWithNewPartitions', () => {
    const m = member('STABLE', 10, 10, tps([1, 2, 3], [4, 5, 6]));
    const next = reconcile({ member: m, targetAssignmentEpoch: 11, target: tps([1, 2, 3, 4], [4, 5, 6, 7]), heldByOther: free, owned: undefined });
    expect(shape(next)).toEqual(shape(member('STABLE', 11, 10, tps([1, 2, 3, 4], [4, 5, 6, 7]))));
  });

  it('testStableToUnrevokedPartitions: revoke first, at the old epoch', () => {
    const m = member('STABLE', 10, 10, tps([1, 2, 3], [4, 5, 6]));
    const next = reconcile({ member: m, targetAssignmentEpoch: 11, target: tps([2, 3, 4], [5, 6, 7]), heldByOther: free, owned: undefined });
    expect(shape(next)).toEqual(shape(member('UNREVOKED_PARTITIONS', 10, 10, tps([2, 3], [5, 6]), tps([1], [4]))));
  });

  it('testStableToUnreleasedPartitions', () => {
    const m = member('STABLE', 10, 10, tps([1, 2, 3], [4, 5, 6]));
    const next = reconcile({ member: m, targetAssignmentEpoch: 11, target: tps([1, 2, 3, 4], [4, 5, 6, 7]), heldByOther: heldElsewhere, owned: undefined });
    expect(shape(next)).toEqual(shape(member('UNRELEASED_PARTITIONS', 11, 10, tps([1, 2, 3], [4, 5, 6]))));
  });

  it('testUnrevokedPartitionsToStable: the member reported its owned partitions without the revoked ones', () => {
    const m = member('UNREVOKED_PARTITIONS', 10, 10, tps([2, 3], [5, 6]), tps([1], [4]));
    const next = reconcile({ member: m, targetAssignmentEpoch: 11, target: tps([2, 3], [5, 6]), heldByOther: free, owned: tps([2, 3], [5, 6]) });
    expect(shape(next)).toEqual(shape(member('STABLE', 11, 10, tps([2, 3], [5, 6]))));
  });

  it('testRemainsInUnrevokedPartitions: no owned partitions reported, or a revoked one still reported', () => {
    const m = member('UNREVOKED_PARTITIONS', 10, 10, tps([2, 3], [5, 6]), tps([1], [4]));
    const input = { member: m, targetAssignmentEpoch: 12, target: tps([3], [6]), heldByOther: free };
    expect(reconcile({ ...input, owned: undefined })).toBe(m);
    expect(reconcile({ ...input, owned: tps([1, 2, 3], [5, 6]) })).toBe(m);
    expect(reconcile({ ...input, owned: tps([2, 3], [4, 5, 6]) })).toBe(m);
  });

  it('testUnrevokedPartitionsToUnrevokedPartitions: one epoch at a time', () => {
    const m = member('UNREVOKED_PARTITIONS', 10, 10, tps([2, 3], [5, 6]), tps([1], [4]));
    const next = reconcile({ member: m, targetAssignmentEpoch: 12, target: tps([3], [6]), heldByOther: free, owned: tps([2, 3], [5, 6]) });
    expect(shape(next)).toEqual(shape(member('UNREVOKED_PARTITIONS', 11, 10, tps([3], [6]), tps([2], [5]))));
  });

  it('testUnrevokedPartitionsToUnreleasedPartitions', () => {
    const m = member('UNREVOKED_PARTITIONS', 11, 10, tps([2, 3], [5, 6]));
    const next = reconcile({ member: m, targetAssignmentEpoch: 11, target: tps([2, 3, 4], [5, 6, 7]), heldByOther: heldElsewhere, owned: tps([2, 3], [5, 6]) });
    expect(shape(next)).toEqual(shape(member('UNRELEASED_PARTITIONS', 11, 11, tps([2, 3], [5, 6]))));
  });

  it('testUnreleasedPartitionsToStable', () => {
    const m = member('UNRELEASED_PARTITIONS', 11, 11, tps([2, 3], [5, 6]));
    const next = reconcile({ member: m, targetAssignmentEpoch: 12, target: tps([2, 3], [5, 6]), heldByOther: heldElsewhere, owned: undefined });
    expect(shape(next)).toEqual(shape(member('STABLE', 12, 11, tps([2, 3], [5, 6]))));
  });

  it('testUnreleasedPartitionsToStableWithNewPartitions: released partitions arrive', () => {
    const m = member('UNRELEASED_PARTITIONS', 11, 11, tps([2, 3], [5, 6]));
    const next = reconcile({ member: m, targetAssignmentEpoch: 11, target: tps([2, 3, 4], [5, 6, 7]), heldByOther: free, owned: undefined });
    expect(shape(next)).toEqual(shape(member('STABLE', 11, 11, tps([2, 3, 4], [5, 6, 7]))));
  });

  it('testUnreleasedPartitionsToUnreleasedPartitions: still held elsewhere, nothing changes', () => {
    const m = member('UNRELEASED_PARTITIONS', 11, 11, tps([2, 3], [5, 6]));
    const next = reconcile({ member: m, targetAssignmentEpoch: 11, target: tps([2, 3, 4], [5, 6, 7]), heldByOther: heldElsewhere, owned: undefined });
    expect(shape(next)).toEqual(shape(m));
  });

  it('testUnreleasedPartitionsToUnrevokedPartitions', () => {
    const m = member('UNRELEASED_PARTITIONS', 11, 11, tps([2, 3], [5, 6]));
    const next = reconcile({ member: m, targetAssignmentEpoch: 12, target: tps([3], [6]), heldByOther: heldElsewhere, owned: undefined });
    expect(shape(next)).toEqual(shape(member('UNREVOKED_PARTITIONS', 11, 11, tps([3], [6]), tps([2], [5]))));
  });
});

import fc from 'fast-check';
import { rangeAssign, type ServerAssignment, type ServerAssignorMember, uniformAssign } from './assignors.ts';
import { uniformHeterogeneousAssign } from './uniform-heterogeneous.ts';

// Kafka's group-coordinator tests, holding their answers: UniformHomogeneousAssignmentBuilderTest (4.1,
// after KAFKA-18688) and the server-side RangeAssignorTest. Kafka compares each member's partitions
// as sets, so do these. Kafka iterates topic ids from a HashSet<Uuid>: for the tests' ids
// (T1-A4s3VTwiI5CTbEp6POw, T2-B4s3VTwiI5YHbPp6YUe, T3-CU8fVTLCz5YMkLoDQsa) Uuid.hashCode puts them in
// buckets 10, 1 and 9 of 16, so the order is topic2, topic3, topic1; a member's assignment built with
// mkAssignment (a HashMap) iterates in that order too, one built with mkOrderedAssignment as written.
const KAFKA_TOPIC_ORDER = ['topic2', 'topic3', 'topic1'];

function metadata(counts: Record<string, number>): { topic: string; partitions: number }[] {
  return KAFKA_TOPIC_ORDER.filter((t) => t in counts).map((topic) => ({ topic, partitions: counts[topic]! }));
}

/** "topic1:0,2" strings → partitions, in the order written. */
function tps(...specs: string[]): { topic: string; partition: number }[] {
  return specs.flatMap((s) => {
    const [topic, list] = s.split(':') as [string, string];
    return list.split(',').map((p) => ({ topic, partition: Number(p) }));
  });
}

function member(id: string, topics: string[], assigned: string[] = [], instanceId?: string): ServerAssignorMember {
  return instanceId === undefined ? { id, topics, assigned: tps(...assigned) } : { id, topics, assigned: tps(...assigned), instanceId };
}

/** Each member's partitions as sorted "topic-p" names. */
function show(assignment: ServerAssignment): Record<string, string[]> {
  return Object.fromEntries(Object.entries(assignment).map(([id, list]) => [id, list.map((tp) => `${tp.topic}-${tp.partition}`).sort()]));
}

describe('UniformAssignor, homogeneous (UniformHomogeneousAssignmentBuilderTest, Kafka 4.1)', () => {
  it('testOneMemberNoTopicSubscription', () => {
    expect(show(uniformAssign({ topics: metadata({ topic1: 3 }), members: [member('A', [])] }))).toEqual({ A: [] });
  });

  it('testFirstAssignmentTwoMembersTwoTopicsNoMemberRacks', () => {
    const members = [member('A', ['topic1', 'topic3']), member('B', ['topic1', 'topic3'])];
    expect(show(uniformAssign({ topics: metadata({ topic1: 3, topic3: 2 }), members })))
      .toEqual({ A: ['topic3-0', 'topic3-1'], B: ['topic1-0', 'topic1-1', 'topic1-2'] });
  });

  it('testFirstAssignmentNumMembersGreaterThanTotalNumPartitions: the extras go to the last members', () => {
    const members = ['A', 'B', 'C'].map((id) => member(id, ['topic3']));
    expect(show(uniformAssign({ topics: metadata({ topic3: 2 }), members }))).toEqual({ A: [], B: ['topic3-0'], C: ['topic3-1'] });
  });

  it('testReassignmentForTwoMembersTwoTopicsGivenUnbalancedPrevAssignment', () => {
    const members = [member('A', ['topic1', 'topic2'], ['topic1:0,1', 'topic2:0,1']), member('B', ['topic1', 'topic2'], ['topic1:2', 'topic2:2'])];
    expect(show(uniformAssign({ topics: metadata({ topic1: 3, topic2: 3 }), members })))
      .toEqual({ A: ['topic1-0', 'topic1-1', 'topic2-0'], B: ['topic1-2', 'topic2-1', 'topic2-2'] });
  });

  it('testReassignmentWhenPartitionsAreAddedForTwoMembersTwoTopics', () => {
    const members = [member('A', ['topic1', 'topic2'], ['topic1:0,2', 'topic2:0']), member('B', ['topic1', 'topic2'], ['topic1:1', 'topic2:1,2'])];
    expect(show(uniformAssign({ topics: metadata({ topic1: 6, topic2: 5 }), members }))).toEqual({
      A: ['topic1-0', 'topic1-2', 'topic2-0', 'topic2-3', 'topic2-4'],
      B: ['topic1-1', 'topic1-3', 'topic1-4', 'topic1-5', 'topic2-1', 'topic2-2'],
    });
  });

  it('testReassignmentWhenOneMemberAddedAfterInitialAssignmentWithTwoMembersTwoTopics', () => {
    const members = [
      member('A', ['topic1', 'topic2'], ['topic1:0,2', 'topic2:0']),
      member('B', ['topic1', 'topic2'], ['topic1:1', 'topic2:1,2']),
      member('C', ['topic1', 'topic2']),
    ];
    expect(show(uniformAssign({ topics: metadata({ topic1: 3, topic2: 3 }), members })))
      .toEqual({ A: ['topic1-0', 'topic1-2'], B: ['topic1-1', 'topic2-1'], C: ['topic2-0', 'topic2-2'] });
  });

  it('testReassignmentWhenOneMemberRemovedAfterInitialAssignmentWithThreeMembersTwoTopics', () => {
    // mkAssignment: a HashMap, so topic2 is iterated before topic1.
    const members = [member('A', ['topic1', 'topic2'], ['topic2:0', 'topic1:0']), member('B', ['topic1', 'topic2'], ['topic2:1', 'topic1:1'])];
    expect(show(uniformAssign({ topics: metadata({ topic1: 3, topic2: 3 }), members })))
      .toEqual({ A: ['topic1-0', 'topic2-0', 'topic2-2'], B: ['topic1-1', 'topic1-2', 'topic2-1'] });
  });

  it('testReassignmentWhenOneSubscriptionRemovedAfterInitialAssignmentWithTwoMembersTwoTopics', () => {
    const members = [member('A', ['topic2'], ['topic2:0', 'topic1:0']), member('B', ['topic2'], ['topic2:1', 'topic1:1'])];
    expect(show(uniformAssign({ topics: metadata({ topic2: 2 }), members }))).toEqual({ A: ['topic2-0'], B: ['topic2-1'] });
  });

  it('KAFKA-18688 (CommonAssignorTests.testReassignmentStickiness): a balanced target stays put, whoever holds the extra partition', () => {
    // 4.0 gave the extra partition to the first member in order, so B's second partition moved to A.
    const members = [member('A', ['topic1'], ['topic1:1']), member('B', ['topic1'], ['topic1:0,2'])];
    expect(show(uniformAssign({ topics: metadata({ topic1: 3 }), members }))).toEqual({ A: ['topic1-1'], B: ['topic1-0', 'topic1-2'] });
  });

  it('testValidityAndBalanceForLargeSampleSet, and stickiness: the target of a target is itself', () => {
    const topicArb = fc.integer({ min: 1, max: 6 });
    fc.assert(fc.property(fc.array(topicArb, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 7 }), (counts, n) => {
      const topics = counts.map((partitions, i) => ({ topic: `t${i}`, partitions }));
      const ids = Array.from({ length: n }, (_, i) => `m${i}`);
      const first = uniformAssign({ topics, members: ids.map((id) => ({ id, topics: topics.map((t) => t.topic), assigned: [] })) });
      const sizes = ids.map((id) => first[id]!.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      const all = ids.flatMap((id) => first[id]!.map((tp) => `${tp.topic}-${tp.partition}`));
      expect(new Set(all).size).toBe(counts.reduce((a, b) => a + b, 0));
      const again = uniformAssign({ topics, members: ids.map((id) => ({ id, topics: topics.map((t) => t.topic), assigned: first[id]! })) });
      expect(show(again)).toEqual(show(first));
    }));
  });
});

describe('UniformAssignor, heterogeneous (UniformHeterogeneousAssignmentBuilderTest)', () => {
  // Its TestGroupSpecImpl lists members sorted; topics tie-break by Uuid, whose order here is topic1 < topic2 < topic3 < topic4.
  const hetero = (counts: Record<string, number>, members: ServerAssignorMember[]) =>
    show(Object.fromEntries(uniformHeterogeneousAssign({ topics: Object.entries(counts).map(([topic, partitions]) => ({ topic, partitions })), members })));

  it('testTwoMembersNoTopicSubscription', () => {
    expect(hetero({ topic1: 3 }, [member('A', []), member('B', [])])).toEqual({ A: [], B: [] });
  });

  it('testFirstAssignmentTwoMembersTwoTopics', () => {
    expect(hetero({ topic1: 3, topic3: 6 }, [member('A', ['topic1', 'topic3']), member('B', ['topic3'])]))
      .toEqual({ A: ['topic1-0', 'topic1-1', 'topic1-2', 'topic3-4'], B: ['topic3-0', 'topic3-1', 'topic3-2', 'topic3-3', 'topic3-5'] });
  });

  it('testFirstAssignmentNumMembersGreaterThanTotalNumPartitions', () => {
    expect(hetero({ topic3: 1, topic1: 2 }, [member('A', ['topic3']), member('B', ['topic3']), member('C', ['topic1'])]))
      .toEqual({ A: ['topic3-0'], B: [], C: ['topic1-0', 'topic1-1'] });
  });

  it('testReassignmentForTwoMembersThreeTopicsGivenUnbalancedPrevAssignment', () => {
    const members = [member('A', ['topic1'], ['topic1:0,1,2']), member('B', ['topic1', 'topic2'], ['topic1:3', 'topic2:0']),
      member('C', ['topic1', 'topic2', 'topic3'], ['topic1:4,5', 'topic2:1,2,3', 'topic3:0,1,2,3'])];
    expect(hetero({ topic1: 6, topic2: 4, topic3: 4 }, members)).toEqual({
      A: ['topic1-0', 'topic1-1', 'topic1-2', 'topic1-5'],
      B: ['topic1-3', 'topic2-0', 'topic2-1', 'topic2-2', 'topic2-3'],
      C: ['topic1-4', 'topic3-0', 'topic3-1', 'topic3-2', 'topic3-3'],
    });
  });

  it('testReassignmentWhenPartitionsAreAddedForTwoMembers', () => {
    const members = [member('A', ['topic1', 'topic3'], ['topic1:0,1,2,3', 'topic3:0,1']), member('B', ['topic1', 'topic2', 'topic3', 'topic4'], ['topic2:0,1,2', 'topic4:0,1,2'])];
    expect(hetero({ topic1: 6, topic2: 5, topic3: 3, topic4: 3 }, members)).toEqual({
      A: ['topic1-0', 'topic1-1', 'topic1-2', 'topic1-3', 'topic1-4', 'topic1-5', 'topic3-0', 'topic3-1', 'topic3-2'],
      B: ['topic2-0', 'topic2-1', 'topic2-2', 'topic2-3', 'topic2-4', 'topic4-0', 'topic4-1', 'topic4-2'],
    });
  });

  it('testReassignmentWhenOneMemberAddedAndPartitionsAddedTwoMembersTwoTopics', () => {
    const members = [member('A', ['topic1'], ['topic1:0,2', 'topic2:0']), member('B', ['topic1', 'topic2'], ['topic1:1', 'topic2:1,2']), member('C', ['topic1', 'topic2'])];
    expect(hetero({ topic1: 6, topic2: 7 }, members)).toEqual({
      A: ['topic1-0', 'topic1-2', 'topic1-3', 'topic1-4', 'topic1-5'],
      B: ['topic1-1', 'topic2-1', 'topic2-2', 'topic2-6'],
      C: ['topic2-0', 'topic2-3', 'topic2-4', 'topic2-5'],
    });
  });

  it('testReassignmentWhenOneMemberRemovedAfterInitialAssignmentWithThreeMembersThreeTopics', () => {
    const members = [member('A', ['topic1', 'topic3'], ['topic1:0,1,2', 'topic3:0,1']), member('B', ['topic2'], ['topic2:3,4,5,6'])];
    expect(hetero({ topic1: 3, topic2: 8, topic3: 3 }, members)).toEqual({
      A: ['topic1-0', 'topic1-1', 'topic1-2', 'topic3-0', 'topic3-1', 'topic3-2'],
      B: ['topic2-0', 'topic2-1', 'topic2-2', 'topic2-3', 'topic2-4', 'topic2-5', 'topic2-6', 'topic2-7'],
    });
  });

  it('testReassignmentWhenOneSubscriptionRemovedAfterInitialAssignmentWithTwoMembersTwoTopics', () => {
    const members = [member('A', ['topic1'], ['topic1:0,2', 'topic2:1,3']), member('B', ['topic1', 'topic2'], ['topic1:1', 'topic2:0,2,4'])];
    expect(hetero({ topic1: 3, topic2: 5 }, members)).toEqual({ A: ['topic1-0', 'topic1-1', 'topic1-2'], B: ['topic2-0', 'topic2-1', 'topic2-2', 'topic2-3', 'topic2-4'] });
  });

  it('testReassignmentWhenTopicPartitionsRunOutAndMembersHaveNoPartitions', () => {
    const members = [member('A', ['topic1', 'topic2', 'topic3'], ['topic1:0,1', 'topic2:0,1', 'topic3:0,1']), member('B', ['topic1', 'topic2', 'topic3'])];
    expect(hetero({ topic1: 2, topic2: 2, topic3: 2 }, members)).toEqual({ A: ['topic2-0', 'topic3-0', 'topic3-1'], B: ['topic1-0', 'topic1-1', 'topic2-1'] });
  });

  it('uniformAssign takes the heterogeneous builder when subscriptions differ', () => {
    const members = [member('A', ['topic1', 'topic3']), member('B', ['topic3'])];
    expect(show(uniformAssign({ topics: metadata({ topic1: 3, topic3: 6 }), members })))
      .toEqual({ A: ['topic1-0', 'topic1-1', 'topic1-2', 'topic3-4'], B: ['topic3-0', 'topic3-1', 'topic3-2', 'topic3-3', 'topic3-5'] });
  });
});

describe('RangeAssignor, server side (RangeAssignorTest)', () => {
  const range = (counts: Record<string, number>, members: ServerAssignorMember[]) => show(rangeAssign({ topics: metadata(counts), members }));

  it('testOneMemberNoTopic', () => {
    expect(range({ topic1: 3 }, [member('A', [])])).toEqual({ A: [] });
  });

  it('testFirstAssignmentTwoMembersTwoTopicsSameSubscriptions', () => {
    const members = [member('A', ['topic1', 'topic3']), member('B', ['topic1', 'topic3'])];
    expect(range({ topic1: 3, topic3: 2 }, members)).toEqual({ A: ['topic1-0', 'topic1-1', 'topic3-0'], B: ['topic1-2', 'topic3-1'] });
  });

  it('testFirstAssignmentThreeMembersThreeTopicsDifferentSubscriptions', () => {
    const members = [member('A', ['topic1', 'topic2']), member('B', ['topic3']), member('C', ['topic2', 'topic3'])];
    expect(range({ topic1: 3, topic2: 3, topic3: 2 }, members))
      .toEqual({ A: ['topic1-0', 'topic1-1', 'topic1-2', 'topic2-0', 'topic2-1'], B: ['topic3-0'], C: ['topic2-2', 'topic3-1'] });
  });

  it('testFirstAssignmentNumMembersGreaterThanNumPartitions', () => {
    const members = ['A', 'B', 'C'].map((id) => member(id, ['topic1', 'topic3']));
    expect(range({ topic1: 3, topic3: 2 }, members)).toEqual({ A: ['topic1-0', 'topic3-0'], B: ['topic1-1', 'topic3-1'], C: ['topic1-2'] });
  });

  it('testStaticMembership: a static member back under a new member id keeps its partitions', () => {
    const before = range({ topic1: 3 }, [member('A', ['topic1'], [], 'instanceA'), member('B', ['topic1'], [], 'instanceB')]);
    const after = range({ topic1: 3 }, [member('memberA1', ['topic1'], [], 'instanceA'), member('B', ['topic1'], [], 'instanceB')]);
    expect(after['memberA1']).toEqual(before['A']);
    expect(after['B']).toEqual(before['B']);
  });

  it('testMixedStaticMembership: static members sort by instance id before dynamic ones', () => {
    const before = range({ topic1: 5 }, [member('A', ['topic1'], [], 'instanceA'), member('C', ['topic1'], [], 'instanceC'), member('B', ['topic1'])]);
    const after = range({ topic1: 5 }, [member('memberA1', ['topic1'], [], 'instanceA'), member('C', ['topic1'], [], 'instanceC'), member('B', ['topic1'])]);
    expect(after['memberA1']).toEqual(before['A']);
    expect(after['B']).toEqual(before['B']);
    expect(after['C']).toEqual(before['C']);
    expect(before).toEqual({ A: ['topic1-0', 'topic1-1'], C: ['topic1-2', 'topic1-3'], B: ['topic1-4'] });
  });

  it('testReassignmentNumMembersGreaterThanNumPartitionsWhenOneMemberAdded', () => {
    const members = [member('A', ['topic1', 'topic2'], ['topic1:0', 'topic2:0']), member('B', ['topic1', 'topic2'], ['topic1:1', 'topic2:1']), member('C', ['topic1', 'topic2'])];
    expect(range({ topic1: 2, topic2: 2 }, members)).toEqual({ A: ['topic1-0', 'topic2-0'], B: ['topic1-1', 'topic2-1'], C: [] });
  });

  it('testReassignmentWhenOnePartitionAddedForTwoMembersTwoTopics', () => {
    const members = [member('A', ['topic1', 'topic2'], ['topic1:0,1', 'topic2:0,1']), member('B', ['topic1', 'topic2'], ['topic1:2', 'topic2:2'])];
    expect(range({ topic1: 4, topic2: 4 }, members)).toEqual({ A: ['topic1-0', 'topic1-1', 'topic2-0', 'topic2-1'], B: ['topic1-2', 'topic1-3', 'topic2-2', 'topic2-3'] });
  });

  it('testReassignmentWhenOneMemberAddedAfterInitialAssignmentWithTwoMembersTwoTopics', () => {
    const members = [member('A', ['topic1', 'topic2'], ['topic1:0,1', 'topic2:0,1']), member('B', ['topic1', 'topic2'], ['topic1:2', 'topic2:2']), member('C', ['topic1', 'topic2'])];
    expect(range({ topic1: 3, topic2: 3 }, members)).toEqual({ A: ['topic1-0', 'topic2-0'], B: ['topic1-1', 'topic2-1'], C: ['topic1-2', 'topic2-2'] });
  });

  it('testReassignmentWhenOneMemberAddedAndOnePartitionAfterInitialAssignmentWithTwoMembersTwoTopics', () => {
    const members = [member('A', ['topic1', 'topic2'], ['topic1:0,1', 'topic2:0,1']), member('B', ['topic1', 'topic2'], ['topic1:2', 'topic2:2']), member('C', ['topic1'])];
    expect(range({ topic1: 4, topic2: 3 }, members)).toEqual({ A: ['topic1-0', 'topic1-1', 'topic2-0', 'topic2-1'], B: ['topic1-2', 'topic2-2'], C: ['topic1-3'] });
  });

  it('testReassignmentWhenOneMemberRemovedAfterInitialAssignmentWithTwoMembersTwoTopics', () => {
    expect(range({ topic1: 3, topic2: 3 }, [member('B', ['topic1', 'topic2'], ['topic1:2', 'topic2:2'])]))
      .toEqual({ B: ['topic1-0', 'topic1-1', 'topic1-2', 'topic2-0', 'topic2-1', 'topic2-2'] });
  });

  it('testReassignmentWhenMultipleSubscriptionsRemovedAfterInitialAssignmentWithThreeMembersTwoTopics', () => {
    const members = [
      member('A', ['topic1'], ['topic1:0,1,2', 'topic2:0']),
      member('B', ['topic1', 'topic2', 'topic3'], ['topic2:1']),
      member('C', ['topic2'], ['topic2:2', 'topic3:0,1']),
    ];
    expect(range({ topic1: 3, topic2: 3, topic3: 2 }, members))
      .toEqual({ A: ['topic1-0', 'topic1-1'], B: ['topic1-2', 'topic2-0', 'topic2-1', 'topic3-0', 'topic3-1'], C: ['topic2-2'] });
  });
});

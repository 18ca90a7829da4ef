import { assign } from './index.ts';
import { isFullyBalanced, member, nextRound, show, showSorted, tps, validityAndBalanceProblems } from './test-helpers.ts';
import type { AssignorInput, Assignment } from './types.ts';

// Ported from Kafka's CooperativeStickyAssignorTest and the AbstractStickyAssignorTest cases as they
// run there: verifyValidityAndBalance triggers follow-up rebalances until nothing is revoked.
const coop = (input: AssignorInput): Assignment => assign('cooperative-sticky', input);
const gen = 1;
const owning = (text: string, generation = gen) => ({ owned: tps(text), generation });

/** Partitions some member owned and lost in `result`: they must not have been handed to anyone yet. */
function revokedAndReassigned(input: AssignorInput, result: Assignment): string[] {
  const key = (tp: { topic: string; partition: number }) => `${tp.topic}-${tp.partition}`;
  const added = new Set<string>();
  const revoked = new Set<string>();
  for (const m of input.members) {
    const owned = new Set((m.owned ?? []).map(key));
    const assigned = new Set((result[m.id] ?? []).map(key));
    for (const k of assigned) if (!owned.has(k)) added.add(k);
    for (const k of owned) if (!assigned.has(k)) revoked.add(k);
  }
  return [...added].filter((k) => revoked.has(k));
}

/** The test's rebalance loop: follow-up rounds (everyone in generation 1) while partitions are revoked. */
function untilStable(input: AssignorInput): { result: Assignment; rounds: number; finalInput: AssignorInput } {
  let current = input;
  let result = coop(current);
  let rounds = 1;
  for (;;) {
    expect(revokedAndReassigned(current, result)).toEqual([]);
    const revokes = current.members.some((m) => (m.owned ?? []).some((tp) => !(result[m.id] ?? []).some((r) => r.topic === tp.topic && r.partition === tp.partition)));
    if (!revokes) return { result, rounds, finalInput: current };
    current = nextRound(current, result, gen);
    result = coop(current);
    rounds++;
    expect(rounds).toBeLessThanOrEqual(5);
  }
}

describe('CooperativeStickyAssignor (CooperativeStickyAssignorTest)', () => {
  const claims = [member('consumer1', ['topic'], owning('topic-0, topic-1')), member('consumer2', ['topic'], owning('topic-0, topic-2')), member('consumer3', ['topic'], owning(''))];

  it('testAllConsumersHaveOwnedPartitionInvalidatedWhenClaimedByMultipleConsumersInSameGenerationWithEqualPartitionsPerConsumer', () => {
    const input = { partitionsPerTopic: { topic: 3 }, members: claims };
    const round1 = coop(input);
    // topic-0 is still claimed as owned, so nobody gets it until both claimants have let go of it.
    expect(show(round1)).toEqual({ consumer1: ['topic-1'], consumer2: ['topic-2'], consumer3: [] });
    expect(show(coop(nextRound(input, round1, gen)))).toEqual({ consumer1: ['topic-1'], consumer2: ['topic-2'], consumer3: ['topic-0'] });
  });

  it('testAllConsumersHaveOwnedPartitionInvalidatedWhenClaimedByMultipleConsumersInSameGenerationWithUnequalPartitionsPerConsumer', () => {
    const input = { partitionsPerTopic: { topic: 4 }, members: claims };
    const round1 = coop(input);
    expect(show(round1)).toEqual({ consumer1: ['topic-1', 'topic-3'], consumer2: ['topic-2'], consumer3: [] });
    const { result } = untilStable(input);
    expect(show(result)).toEqual({ consumer1: ['topic-1', 'topic-3'], consumer2: ['topic-2'], consumer3: ['topic-0'] });
  });

  it('testAssignorWithOldVersionSubscriptions', () => {
    const input = {
      partitionsPerTopic: { topic1: 3 },
      members: [member('consumer1', ['topic1'], owning('topic1-0')), member('consumer2', ['topic1'], owning('topic1-1')), member('consumer3', ['topic1'], owning(''))],
    };
    expect(show(coop(input))).toEqual({ consumer1: ['topic1-0'], consumer2: ['topic1-1'], consumer3: ['topic1-2'] });
  });
});

describe('CooperativeStickyAssignor: withholding moved partitions for one round', () => {
  const both = ['topic1', 'topic2'];

  it('testMaxQuotaConsumerMoreThanNumExpectedMaxCapacityMembers: topic2-0 reaches consumer3 one round later', () => {
    const input = {
      partitionsPerTopic: { topic1: 2, topic2: 2 },
      members: [member('consumer1', both, owning('topic1-0, topic2-0')), member('consumer2', both, owning('topic1-1, topic2-1')), member('consumer3', both, owning(''))],
    };
    const round1 = coop(input);
    expect(show(round1)).toEqual({ consumer1: ['topic1-0'], consumer2: ['topic1-1', 'topic2-1'], consumer3: [] });
    const { result, rounds } = untilStable(input);
    expect(rounds).toBe(2);
    expect(show(result)).toEqual({ consumer1: ['topic1-0'], consumer2: ['topic1-1', 'topic2-1'], consumer3: ['topic2-0'] });
  });

  it('testAddRemoveConsumerOneTopic', () => {
    const input = { partitionsPerTopic: { topic: 3 }, members: [member('consumer1', ['topic'], owning('topic-0, topic-1, topic-2')), member('consumer2', ['topic'], owning(''))] };
    expect(show(coop(input))).toEqual({ consumer1: ['topic-0', 'topic-1'], consumer2: [] });
    expect(show(untilStable(input).result)).toEqual({ consumer1: ['topic-0', 'topic-1'], consumer2: ['topic-2'] });
  });

  it('testAddRemoveTwoConsumersTwoTopics', () => {
    const input = {
      partitionsPerTopic: { topic1: 3, topic2: 4 },
      members: [
        member('consumer1', both, owning('topic1-0, topic1-2, topic2-1, topic2-3')),
        member('consumer2', both, owning('topic1-1, topic2-0, topic2-2')),
        member('consumer3', both, owning('')),
        member('consumer4', both, owning('')),
      ],
    };
    expect(show(coop(input))).toEqual({ consumer1: ['topic1-0', 'topic2-1'], consumer2: ['topic2-0', 'topic1-1'], consumer3: [], consumer4: [] });
    expect(show(untilStable(input).result)).toEqual({
      consumer1: ['topic1-0', 'topic2-1'], consumer2: ['topic2-0', 'topic1-1'], consumer3: ['topic1-2', 'topic2-3'], consumer4: ['topic2-2'],
    });
  });

  it('testRackAwareAssignmentWithNonEqualSubscription, racks absent: intermediate then final assignment', () => {
    const topics = [['t1', 't2', 't3'], ['t1', 't2', 't3'], ['t1', 't3']];
    const owned = ['t1-0, t1-1, t1-2, t1-3, t1-4', 't1-5, t2-0, t2-1, t2-2, t2-3', 't2-4, t2-5, t2-6, t3-0, t3-1'];
    const input = { partitionsPerTopic: { t1: 6, t2: 7, t3: 2 }, members: topics.map((t, i) => member(`consumer${i}`, t, { owned: tps(owned[i]!) })) };
    const intermediate = coop(input);
    expect(showSorted(intermediate)).toEqual({ consumer0: ['t1-2', 't1-3', 't1-4'], consumer1: ['t2-0', 't2-1', 't2-2', 't2-3'], consumer2: ['t3-0', 't3-1'] });
    const next = { ...input, members: input.members.map((m) => ({ ...m, owned: intermediate[m.id]! })) };
    expect(show(coop(next))).toEqual({
      consumer0: ['t1-2', 't1-3', 't1-4', 't2-4', 't2-5'],
      consumer1: ['t2-0', 't2-1', 't2-2', 't2-3', 't2-6'],
      consumer2: ['t3-0', 't3-1', 't1-0', 't1-1', 't1-5'],
    });
  });

  it('general path: a doubly-claimed partition handed back to one claimant is not withheld (JDK 17 checked)', () => {
    const input = { partitionsPerTopic: { t: 2, u: 1 }, members: [member('a', ['t', 'u'], owning('t-0')), member('b', ['t'], owning('t-0'))] };
    expect(show(coop(input))).toEqual({ a: ['u-0', 't-1'], b: ['t-0'] });
    // The constrained path withholds it instead, whoever gets it.
    const equal = { partitionsPerTopic: { t: 2 }, members: [member('a', ['t'], owning('t-0')), member('b', ['t'], owning('t-0'))] };
    expect(show(coop(equal))).toEqual({ a: [], b: ['t-1'] });
  });

  it('general path: a member owning everything keeps only its share; the rest waits a round (JDK 17 checked)', () => {
    const input = {
      partitionsPerTopic: { t: 4, u: 2 },
      members: [member('a', ['t', 'u'], owning('t-0, t-1, t-2, t-3, u-0, u-1', 3)), member('b', ['t'], owning('', 3)), member('c', ['u'], owning('', 3))],
    };
    expect(show(coop(input))).toEqual({ a: ['t-3', 'u-1'], b: [], c: [] });
    const { result, finalInput } = untilStable(input);
    expect(validityAndBalanceProblems(finalInput, result)).toEqual([]);
    expect(isFullyBalanced(result)).toBe(true);
  });

  it('testReassignmentAfterOneConsumerAdded: converges to a balanced assignment, never moving a partition in one step', () => {
    const ids = Array.from({ length: 9 }, (_, i) => `c0${i + 1}`);
    const r1 = coop({ partitionsPerTopic: { topic: 20 }, members: ids.map((id) => member(id, ['topic'])) });
    const grown = nextRound({ partitionsPerTopic: { topic: 20 }, members: [...ids, 'c10'].map((id) => member(id, ['topic'])) }, r1, gen);
    const { result, finalInput } = untilStable(grown);
    expect(validityAndBalanceProblems(finalInput, result)).toEqual([]);
    expect(isFullyBalanced(result)).toBe(true);
  });
});

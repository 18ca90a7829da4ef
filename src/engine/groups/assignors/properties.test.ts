import fc from 'fast-check';
import { ASSIGNOR_NAMES, assign } from './index.ts';
import { isFullyBalanced, nextRound, validityAndBalanceProblems } from './test-helpers.ts';
import type { AssignorInput, AssignorMember, Assignment, AssignorName } from './types.ts';

const TOPICS = ['t0', 't1', 't2', 'orders', 'Aa', 'BB'];
const IDS = ['c1', 'c2', 'c3', 'c10', 'consumer-a', 'consumer-b', 'AaAa', 'BBBB', 'm-7f'];
const NEW_IDS = ['n1', 'n2', 'n3'];
const key = (tp: { topic: string; partition: number }) => `${tp.topic}-${tp.partition}`;

/** A group and its cluster; every member subscribes to at least one listed topic. */
const groupArb = (equalSubscriptions: boolean) => fc.record({
  counts: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: TOPICS.length, maxLength: TOPICS.length }),
  topicCount: fc.integer({ min: 1, max: TOPICS.length }),
  ids: fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 1, maxLength: 7 }),
  masks: fc.array(fc.integer({ min: 1, max: 63 }), { minLength: 7, maxLength: 7 }),
  statics: fc.array(fc.option(fc.constantFrom('i1', 'i2', 'i3'), { nil: undefined }), { minLength: 7, maxLength: 7 }),
}).map(({ counts, topicCount, ids, masks, statics }): AssignorInput => {
  const topics = TOPICS.slice(0, topicCount);
  const partitionsPerTopic = Object.fromEntries(topics.map((t, i) => [t, counts[i]!]));
  const members = ids.map((id, i): AssignorMember => {
    const own = topics.filter((_, bit) => (masks[i]! >> bit) & 1);
    const subscribed = equalSubscriptions || own.length === 0 ? [...topics] : own;
    const instanceId = statics[i];
    return instanceId === undefined ? { id, topics: subscribed } : { id, topics: subscribed, instanceId };
  });
  return { partitionsPerTopic, members };
});

/** A follow-up rebalance: survivors own what `strategy` gave them (one generation), some leave, some join. */
const rebalanceArb = (strategy: AssignorName, equalSubscriptions: boolean) => fc.record({
  group: groupArb(equalSubscriptions),
  leaving: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
  joining: fc.integer({ min: 0, max: 3 }),
  resubscribe: fc.boolean(),
}).map(({ group, leaving, joining, resubscribe }) => {
  const previous = assign(strategy, group);
  const allTopics = Object.keys(group.partitionsPerTopic);
  let members = nextRound(group, previous, 3).members.filter((_, i) => !leaving[i]);
  // Unequal groups may also change subscriptions; the generation stays the same for everyone.
  if (resubscribe && !equalSubscriptions) members = members.map((m, i) => (i % 2 === 0 ? { ...m, topics: [...allTopics] } : m));
  const topics = equalSubscriptions ? members[0]?.topics ?? allTopics : allTopics;
  for (const id of NEW_IDS.slice(0, joining)) members.push({ id, topics: [...topics] });
  return { previous, input: { partitionsPerTopic: group.partitionsPerTopic, members } };
});

function subscribedPartitions(input: AssignorInput): Set<string> {
  const all = new Set<string>();
  for (const m of input.members) {
    for (const topic of m.topics) {
      const count = input.partitionsPerTopic[topic] ?? 0;
      for (let p = 0; p < count; p++) all.add(`${topic}-${p}`);
    }
  }
  return all;
}

function assignedOnce(result: Assignment): Map<string, string> {
  const owner = new Map<string, string>();
  for (const [id, list] of Object.entries(result)) {
    for (const tp of list) {
      expect(owner.has(key(tp)), `${key(tp)} assigned twice`).toBe(false);
      owner.set(key(tp), id);
    }
  }
  return owner;
}

function onlySubscribedTopics(input: AssignorInput, result: Assignment): void {
  for (const m of input.members) for (const tp of result[m.id]!) expect(m.topics).toContain(tp.topic);
}

describe('assignor properties', () => {
  it.each(ASSIGNOR_NAMES)('%s: every member is a key, every subscribed partition goes to exactly one subscriber', (strategy) => {
    fc.assert(fc.property(fc.boolean().chain((eq) => rebalanceArb(strategy, eq)), ({ input }) => {
      const result = assign(strategy, input);
      expect(Object.keys(result).sort()).toEqual(input.members.map((m) => m.id).sort());
      const owner = assignedOnce(result);
      onlySubscribedTopics(input, result);
      const expected = subscribedPartitions(input);
      expect(new Set(owner.keys()).size).toBe(owner.size);
      for (const k of owner.keys()) expect(expected.has(k)).toBe(true);
      if (strategy !== 'cooperative-sticky') expect(owner.size).toBe(expected.size);
    }), { numRuns: 150 });
  });

  it.each(ASSIGNOR_NAMES)('%s: deterministic, and the input is left untouched', (strategy) => {
    fc.assert(fc.property(rebalanceArb(strategy, false), ({ input }) => {
      const snapshot = structuredClone(input);
      const first = assign(strategy, input);
      expect(input).toEqual(snapshot);
      expect(assign(strategy, structuredClone(input))).toEqual(first);
    }), { numRuns: 60 });
  });

  it('range and roundrobin do not depend on the order members are listed in (no instance-id ties)', () => {
    fc.assert(fc.property(groupArb(false), fc.constantFrom<AssignorName>('range', 'roundrobin'), (group, strategy) => {
      const distinct = { ...group, members: group.members.map(({ instanceId: _drop, ...m }) => m) };
      const reversed = { ...distinct, members: [...distinct.members].reverse() };
      const sorted = (a: Assignment) => Object.fromEntries(Object.entries(a).map(([id, l]) => [id, l.map(key).sort()]));
      expect(sorted(assign(strategy, reversed))).toEqual(sorted(assign(strategy, distinct)));
    }), { numRuns: 100 });
  });

  it.each(['sticky', 'cooperative-sticky'] as const)('%s: equal subscriptions end balanced (max - min <= 1)', (strategy) => {
    fc.assert(fc.property(rebalanceArb(strategy, true), ({ input }) => {
      let current = input;
      let result = assign(strategy, current);
      // Cooperative needs the follow-up rebalance(s) once withheld partitions have been revoked.
      for (let round = 0; strategy === 'cooperative-sticky' && round < 3; round++) {
        current = nextRound(current, result, 4 + round);
        result = assign(strategy, current);
      }
      expect(isFullyBalanced(result)).toBe(true);
      expect(validityAndBalanceProblems(current, result)).toEqual([]);
    }), { numRuns: 150 });
  });

  it('sticky: with unequal subscriptions the result passes Kafka\'s validity-and-balance check', () => {
    fc.assert(fc.property(rebalanceArb('sticky', false), ({ input }) => {
      expect(validityAndBalanceProblems(input, assign('sticky', input))).toEqual([]);
    }), { numRuns: 150 });
  });

  it.each(['sticky', 'cooperative-sticky'] as const)('%s: each member keeps its owned partitions up to its fair share', (strategy) => {
    fc.assert(fc.property(rebalanceArb(strategy, true), ({ input }) => {
      const result = assign(strategy, input);
      const total = subscribedPartitions(input).size;
      const minQuota = Math.floor(total / input.members.length);
      for (const m of input.members) {
        const kept = result[m.id]!.filter((tp) => (m.owned ?? []).some((o) => key(o) === key(tp))).length;
        expect(kept).toBeGreaterThanOrEqual(Math.min(m.owned?.length ?? 0, minQuota));
      }
    }), { numRuns: 150 });
  });

  it.each(['sticky', 'cooperative-sticky'] as const)('%s: an unchanged group keeps exactly what it owns', (strategy) => {
    fc.assert(fc.property(fc.boolean().chain(groupArb), (group) => {
      const settled = assign(strategy, nextRound(group, assign('sticky', group), 1));
      const again = assign(strategy, nextRound(group, settled, 2));
      const asSets = (a: Assignment) => Object.fromEntries(Object.entries(a).map(([id, l]) => [id, l.map(key).sort()]));
      expect(asSets(again)).toEqual(asSets(settled));
    }), { numRuns: 150 });
  });

  it('cooperative-sticky: the sticky result minus exactly the partitions another member still owns', () => {
    fc.assert(fc.property(fc.boolean().chain((eq) => rebalanceArb('cooperative-sticky', eq)), ({ input }) => {
      const eager = assign('sticky', input);
      const coop = assign('cooperative-sticky', input);
      for (const m of input.members) {
        const kept = new Set(coop[m.id]!.map(key));
        const ownedByOthers = new Set(input.members.filter((o) => o.id !== m.id).flatMap((o) => (o.owned ?? []).map(key)));
        for (const tp of eager[m.id]!) expect(kept.has(key(tp))).toBe(!ownedByOthers.has(key(tp)) || (m.owned ?? []).some((o) => key(o) === key(tp)));
        expect(coop[m.id]!.every((tp) => eager[m.id]!.some((e) => key(e) === key(tp)))).toBe(true);
      }
    }), { numRuns: 200 });
  });
});

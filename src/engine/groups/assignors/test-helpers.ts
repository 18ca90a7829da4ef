// Helpers shared by the assignor tests (kept out of the assignors themselves).
import type { AssignorInput, AssignorMember, Assignment, TopicPartition } from './types.ts';

/** "t1-0, t1-3" (Kafka's TopicPartition#toString, comma separated) to partitions. */
export function tps(text: string): TopicPartition[] {
  return text.split(',').map((s) => s.trim()).filter((s) => s.length > 0).map((s) => {
    const at = s.lastIndexOf('-');
    return { topic: s.slice(0, at), partition: Number(s.slice(at + 1)) };
  });
}

/** Each member's list as "topic-partition" strings, in order. */
export function show(assignment: Assignment): Record<string, string[]> {
  return Object.fromEntries(Object.entries(assignment).map(([id, list]) => [id, list.map((tp) => `${tp.topic}-${tp.partition}`)]));
}

/** Each member's partitions as a sorted set, for Kafka tests that compare HashSets. */
export function showSorted(assignment: Assignment): Record<string, string[]> {
  return Object.fromEntries(Object.entries(show(assignment)).map(([id, list]) => [id, [...list].sort()]));
}

export function member(id: string, topics: string[], extra: Partial<Omit<AssignorMember, 'id' | 'topics'>> = {}): AssignorMember {
  return { id, topics, ...extra };
}

/** The members again, now owning what `assignment` gave them, in `generation`. */
export function nextRound(input: AssignorInput, assignment: Assignment, generation: number): AssignorInput {
  return {
    partitionsPerTopic: input.partitionsPerTopic,
    members: input.members.map((m) => ({ ...m, owned: assignment[m.id] ?? [], generation })),
  };
}

/**
 * AbstractStickyAssignorTest.verifyValidityAndBalance: members get only subscribed topics, no
 * partition twice, and two members whose sizes differ by 2+ share no topic among their partitions.
 */
export function validityAndBalanceProblems(input: AssignorInput, assignment: Assignment): string[] {
  const problems: string[] = [];
  const topicsOf = new Map(input.members.map((m) => [m.id, new Set(m.topics)]));
  const owner = new Map<string, string>();
  for (const [id, list] of Object.entries(assignment)) {
    for (const tp of list) {
      if (!topicsOf.get(id)?.has(tp.topic)) problems.push(`${id} got ${tp.topic}-${tp.partition} without subscribing`);
      const key = `${tp.topic}-${tp.partition}`;
      if (owner.has(key)) problems.push(`${key} given to ${owner.get(key)!} and ${id}`);
      owner.set(key, id);
    }
  }
  const ids = Object.keys(assignment).sort();
  for (const a of ids) {
    for (const b of ids) {
      const la = assignment[a]!;
      const lb = assignment[b]!;
      if (a >= b || Math.abs(la.length - lb.length) <= 1) continue;
      const topicsB = new Set(lb.map((tp) => tp.topic));
      if (la.some((tp) => topicsB.has(tp.topic))) problems.push(`${a} (${la.length}) and ${b} (${lb.length}) could be balanced`);
    }
  }
  return problems;
}

export function sizes(assignment: Assignment): number[] {
  return Object.values(assignment).map((list) => list.length);
}

export function isFullyBalanced(assignment: Assignment): boolean {
  const s = sizes(assignment);
  return s.length === 0 || Math.max(...s) - Math.min(...s) <= 1;
}

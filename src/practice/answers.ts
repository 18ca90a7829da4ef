import type { Answer } from './types.ts';

// Answers compare by value: lists of broker ids or partitions as sets, an assignment member by
// member (each list as a set). Anything else a learner might send (junk included) is just unequal.

function canonicalList(list: unknown[]): unknown[] | undefined {
  const items = list.map((v) => (typeof v === 'number' || typeof v === 'string' ? v : undefined));
  if (items.some((v) => v === undefined)) return undefined;
  return [...new Set(items)].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))));
}

/** A string equal for equal answers; undefined for a value that is no answer at all. */
export function canonical(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : undefined;
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    const list = canonicalList(value);
    return list === undefined ? undefined : JSON.stringify(list);
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries: [string, unknown][] = [];
    for (const name of Object.keys(value).sort()) {
      const list = (value as Record<string, unknown>)[name];
      if (!Array.isArray(list)) return undefined;
      const items = canonicalList(list);
      if (items === undefined) return undefined;
      entries.push([name, items]);
    }
    return JSON.stringify(entries);
  }
  return undefined;
}

export function sameAnswer(a: unknown, b: Answer): boolean {
  const left = canonical(a);
  return left !== undefined && left === canonical(b);
}

/** Choices in an order that says nothing about which is right: by kind, then by value. */
export function orderChoices(choices: Answer[]): Answer[] {
  const rank = (v: Answer) => (v === null ? 3 : typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  return [...choices].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return a.length - b.length;
    return canonical(a)!.localeCompare(canonical(b)!);
  });
}

import { logEndOffset, partitionCount, records, type SimState } from '../engine/index.ts';
import type { StepContext } from './choices.ts';
import type { CompactionPrediction } from './types.ts';

// The compaction lesson's question, "at which offsets does this key still have records?", read from
// the engine after the step. Wrong choices are the beliefs students hold about Kafka's LogCleaner:
// nothing removed yet (or everything old removed at once, ignoring the active segment and
// min.cleanable.dirty.ratio), offsets renumbered, the first value kept, a tombstone gone at once or
// kept for ever, the old value back once its tombstone goes. Each has its misconception id.

/** The key has no record left. */
export const KEY_GONE = 'none';

const offsetsOf = (state: SimState, p: CompactionPrediction) => records(state, p.topic, p.partition).filter((r) => r.key === p.key);

export function compactionAnswer(p: CompactionPrediction, after: SimState): string {
  const offsets = offsetsOf(after, p).map((r) => r.offset);
  return offsets.length === 0 ? KEY_GONE : offsets.join(',');
}

/** Offsets of `key` before the step, and those its produces add (one partition: the log end onwards). */
function allOffsets(p: CompactionPrediction, ctx: StepContext): { offset: number; tombstone: boolean }[] {
  const out = offsetsOf(ctx.before, p).map((r) => ({ offset: r.offset, tombstone: r.value === null }));
  if (partitionCount(ctx.before, p.topic) !== 1) return out;
  let next = logEndOffset(ctx.before, p.topic, p.partition) ?? 0;
  for (const c of ctx.commands) {
    if (c.type !== 'produce' || c.topic !== p.topic) continue;
    if (c.key === p.key) out.push({ offset: next, tombstone: c.value === null });
    next++;
  }
  return out;
}

/** The key's last value before its latest tombstone, from the lesson's history. */
function valueBeforeTombstone(p: CompactionPrediction, ctx: StepContext): number | undefined {
  let last: number | undefined;
  for (const e of ctx.history) {
    if (e.type !== 'recordProduced' || e.topic !== p.topic || e.partition !== p.partition || e.key !== p.key) continue;
    if (e.value !== null) last = e.offset;
  }
  return last;
}

/** Each wrong choice a student holds, with its misconception id, most plausible first. */
function candidates(p: CompactionPrediction, answer: string, ctx: StepContext): [choice: string, id: string][] {
  const all = allOffsets(p, ctx);
  const latest = all.at(-1);
  const endsDeleted = latest?.tombstone ?? false;
  const out: [string, string][] = [];
  if (all.length > 0) out.push([all.map((r) => r.offset).join(','), endsDeleted && answer === KEY_GONE ? 'tombstoneKeptForever' : 'compactionNeverRuns']);
  if (latest) out.push([String(latest.offset), endsDeleted && answer === KEY_GONE ? 'tombstoneKeptForever' : 'compactionCleansEverything']);
  if (endsDeleted) {
    // Older records of the key still there: this step's cleaning is the first to see the tombstone.
    out.push([KEY_GONE, all.length > 1 ? 'tombstoneRemovedAtOnce' : 'tombstoneExpiresByTime']);
    const before = valueBeforeTombstone(p, ctx);
    if (before !== undefined) out.push([String(before), 'tombstoneRevealsOldValue']);
  }
  if (answer !== KEY_GONE && !answer.includes(',')) {
    // Offsets renumbered: the kept record's place among the records left.
    const index = records(ctx.after, p.topic, p.partition).findIndex((r) => String(r.offset) === answer);
    if (index >= 0) out.push([String(index), 'compactionRenumbers']);
  }
  if (!endsDeleted && all.length > 0) out.push([String(all[0]!.offset), 'compactionKeepsFirst']);
  return out;
}

const MAX_WRONG = 3;

/** The answer and up to three wrong choices: "none" first, then by how many offsets, then by offset. */
export function compactionChoices(p: CompactionPrediction, answer: string, ctx: StepContext): string[] {
  const picked = new Set([answer]);
  for (const [choice] of candidates(p, answer, ctx)) if (picked.size <= MAX_WRONG) picked.add(choice);
  const size = (c: string) => (c === KEY_GONE ? 0 : c.split(',').length);
  return [...picked].sort((a, b) => size(a) - size(b) || a.localeCompare(b, 'en', { numeric: true }));
}

/** The misconception behind a wrong choice (the rule itself when no belief matches it). */
export function compactionMisconception(p: CompactionPrediction, choice: string, answer: string, ctx: StepContext): string {
  return candidates(p, answer, ctx).find(([c]) => c === choice)?.[1] ?? 'compactionRule';
}

/** The words of a choice. */
export function compactionChoiceLabel(t: (key: 'lessonUi.kept.none' | 'lessonUi.kept.one' | 'lessonUi.kept.many', params?: Record<string, string | number>) => string, choice: string): string {
  if (choice === KEY_GONE) return t('lessonUi.kept.none');
  const offsets = choice.split(',');
  return offsets.length === 1 ? t('lessonUi.kept.one', { offset: choice }) : t('lessonUi.kept.many', { offsets: offsets.join(', ') });
}

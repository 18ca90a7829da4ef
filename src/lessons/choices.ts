import { committedOffset, groupIds, groupMembers, logEndOffset, logStartOffset, ownerOf, partitionCount, position, tpKey, type Command, type SimEvent, type SimState } from '../engine/index.ts';
import { compactedReadBeliefs } from './compacted-reads.ts';
import type { Prediction } from './types.ts';

// The choices of a prediction: the answer among the wrong answers a student actually holds, read
// from the engine's states before and after the step, never a run of numbers around the answer
// (which gives it away: the middle one is right). Numbers are listed ascending and members by name,
// so the order says nothing about which one is right.

export const NOBODY = 'nobody';

/** What a question's choices may look at: the step's states and commands, and what happened before it. */
export interface StepContext {
  before: SimState;
  after: SimState;
  /** The commands of the step the question is asked before. */
  commands: readonly Command[];
  /** Every event from the lesson's start up to the step (not the step's own). */
  history: readonly SimEvent[];
}

/** Choices beyond the answer, at most; with the answer a list of four, as usual in a quiz. */
const MAX_WRONG = 3;

/**
 * Picks wrong answers in the order given (the most plausible first), skipping the answer, repeats,
 * negatives, and any number that would put the answer between its two neighbours. Tops up to
 * `max` with numbers two or more away from the answer (below it first), so most lists have four
 * choices and the answer's place in them varies from question to question.
 */
export function pickNumbers(answer: number, plausible: readonly (number | undefined)[], max = MAX_WRONG): number[] {
  const picked = new Set<number>();
  const fits = (n: number | undefined): n is number => {
    if (n === undefined || !Number.isInteger(n) || n < 0 || n === answer || picked.has(n)) return false;
    const neighbour = n === answer - 1 ? answer + 1 : n === answer + 1 ? answer - 1 : undefined;
    if (neighbour !== undefined && picked.has(neighbour)) return false;
    // Nor may the last pick close a run of consecutive numbers (3, 4, 5, 6): a list that lazy reads as a hint.
    return picked.size < max - 1 || !isRun([answer, n, ...picked]);
  };
  for (const n of plausible) if (picked.size < max && fits(n)) picked.add(n);
  for (let d = 2; picked.size < max && d < answer + 10; d++) for (const n of [answer - d, answer + d]) if (picked.size < max && fits(n)) picked.add(n);
  return [answer, ...picked].sort((a, b) => a - b);
}

function isRun(numbers: number[]): boolean {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted.length >= 3 && sorted.every((n, i) => i === 0 || n === sorted[i - 1]! + 1);
}

/** The partition of the last record produced to `topic` before the step, from the lesson's events. */
function lastPartition(history: readonly SimEvent[], topic: string, key?: string): number | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (e.type === 'recordProduced' && e.topic === topic && (key === undefined || e.key === key)) return e.partition;
  }
  return undefined;
}

/**
 * Which partition: on three partitions or fewer, every one (all are guesses, and there is no run to
 * hide); otherwise the partition this key went to before (keys "stick" even after partitions are
 * added, a student thinks), the previous record's partition, and the round-robin next.
 */
function partitionChoices(topic: string, answer: number, ctx: StepContext): string[] {
  const count = partitionCount(ctx.before, topic);
  if (count <= 3) return Array.from({ length: count }, (_, p) => String(p));
  const produce = ctx.commands.find((c) => c.type === 'produce' && c.topic === topic);
  const key = produce?.type === 'produce' ? produce.key : undefined;
  const previous = lastPartition(ctx.history, topic);
  const plausible = [
    key === undefined ? undefined : lastPartition(ctx.history, topic, key),
    previous,
    previous === undefined ? 0 : (previous + 1) % count,
    ...Array.from({ length: count }, (_, p) => p),
  ].filter((p) => p === undefined || p < count);
  return pickNumbers(answer, plausible).map(String);
}

/** Ends when a crash, a departure, passing time or new partitions may leave a partition unowned. */
function nobodyPlausible(prediction: Extract<Prediction, { kind: 'ownerAfter' }>, ctx: StepContext): boolean {
  if (ownerOf(ctx.before, prediction.group, prediction.topic, prediction.partition) === undefined) return true;
  return ctx.commands.some((c) => c.type === 'crashConsumer' || c.type === 'removeConsumer' || c.type === 'advanceTime' || c.type === 'alterPartitions');
}

/**
 * Which member: every member before and after the step (so a member who joins in the step is one
 * choice among several, neither the only new name nor missing), the previous owner among them, and
 * nobody when the step can leave the partition unowned, or to make up two wrong answers.
 */
function ownerChoices(prediction: Extract<Prediction, { kind: 'ownerAfter' }>, answer: string, ctx: StepContext): string[] {
  const members = new Set([...groupMembers(ctx.before, prediction.group), ...groupMembers(ctx.after, prediction.group)]);
  const previous = ownerOf(ctx.before, prediction.group, prediction.topic, prediction.partition);
  if (previous !== undefined) members.add(previous);
  if (answer !== NOBODY) members.add(answer);
  const named = [...members].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const wrong = named.filter((m) => m !== answer).length;
  return answer === NOBODY || wrong < 2 || nobodyPlausible(prediction, ctx) ? [...named, NOBODY] : named;
}

/**
 * Which offset: the misconceptions, most plausible first. Where the consumer was before the step;
 * for the position after a poll in the step, the last offset read instead of the next; where another member
 * of its group was, or how far the group had handed records out before a crash, and the offset
 * before that (the last one processed); the group's committed offset; where auto.offset.reset
 * would put it; the log end and the last record; the log start (0 until retention moves it); other
 * groups' committed offsets (a group shares nothing with them).
 */
function offsetChoices(prediction: Extract<Prediction, { kind: 'positionAfter' | 'firstOffsetRead' }>, answer: number, ctx: StepContext): string[] {
  const { before, after } = ctx;
  const { consumer, topic, partition } = prediction;
  const group = before.consumers[consumer]?.group ?? after.consumers[consumer]?.group;
  const others = group === undefined ? [] : groupMembers(before, group).filter((m) => m !== consumer);
  const otherPositions = others.flatMap((m) => {
    const p = position(before, m, topic, partition);
    return p === undefined ? [] : [p, p - 1];
  });
  // A crashed member's position is gone; the group still knows how far it had handed records out.
  const delivered = group === undefined ? undefined : before.groups[group]?.delivered[tpKey(topic, partition)];
  const end = logEndOffset(before, topic, partition);
  const endAfter = logEndOffset(after, topic, partition);
  const otherGroups = groupIds(before).filter((g) => g !== group).sort().map((g) => committedOffset(before, g, topic, partition));
  const readsInStep = prediction.kind === 'positionAfter' && ctx.commands.some((c) => c.type === 'poll' && c.consumer === consumer);
  const reset = before.consumers[consumer]?.autoOffsetReset ?? after.consumers[consumer]?.autoOffsetReset;
  const start = logStartOffset(before, topic, partition) ?? 0;
  // A compacted topic: the tombstones it expects to read, the removed record at its committed offset.
  const compacted = prediction.kind === 'firstOffsetRead' ? compactedReadBeliefs(before, after, ctx.history, consumer, topic, partition).map(([o]) => o) : [];
  const plausible = [
    ...compacted,
    position(before, consumer, topic, partition),
    readsInStep ? answer - 1 : undefined,
    ...otherPositions,
    delivered,
    delivered === undefined ? undefined : delivered - 1,
    group === undefined ? undefined : committedOffset(before, group, topic, partition),
    // Where auto.offset.reset would put it, as if the group had no committed offset.
    reset === 'latest' ? end : reset === 'earliest' ? start : undefined,
    end,
    endAfter,
    end === undefined ? undefined : end - 1,
    start,
    ...otherGroups,
  ];
  return pickNumbers(answer, plausible).map(String);
}

/** The choices for an existing kind of question, or undefined for a kind this file does not know. */
export function choicesFor(prediction: Prediction, answer: string, ctx: StepContext): string[] | undefined {
  switch (prediction.kind) {
    case 'nextRecordPartition':
      return partitionChoices(prediction.topic, Number(answer), ctx);
    case 'ownerAfter':
      return ownerChoices(prediction, answer, ctx);
    case 'positionAfter':
    case 'firstOffsetRead':
      return offsetChoices(prediction, Number(answer), ctx);
    default:
      return undefined;
  }
}

import { logEndOffset, segments, type SimState } from '../engine/index.ts';
import { segmentsResponse } from '../practice/segments.ts';
import type { YourTurnTarget } from '../view/hooks/your-turn.tsx';
import { NOT_OLDEST } from './misconceptions.ts';
import type { Lesson, LessonStep, Prediction } from './types.ts';

// "Your turn" steps (issue 21): the learner answers a prediction by acting on the figure instead of
// picking from a list. The answer is the prediction's, read from the engine after the step
// (player.ts predictionAnswer), so the figure's object that is right is never written by hand.

/** The prediction kinds a learner can answer on the figure, and the object that answers each. */
export const YOUR_TURN_TARGETS = {
  nextRecordPartition: 'partition',
  leaderAfter: 'broker',
  positionAfter: 'offset',
  firstOffsetRead: 'offset',
  highWatermarkAfter: 'offset',
  ownerAfter: 'member',
  idleMemberAfter: 'member',
  // Marked as a set on the figure (every broker of the ISR), then Check: see YOUR_TURN_SETS.
  isrAfter: 'broker',
  // The segments retention deletes, marked then checked: the log start offset they leave.
  logStartAfter: 'segment',
} as const satisfies Partial<Record<Prediction['kind'], YourTurnTarget['kind']>>;

/** Kinds answered by marking several objects then "Check" (graded as a set), not by one click. */
export const YOUR_TURN_SETS: ReadonlySet<Prediction['kind']> = new Set(['isrAfter', 'logStartAfter']);

export type YourTurnPrediction = Extract<Prediction, { kind: keyof typeof YOUR_TURN_TARGETS }>;

export function isYourTurnPrediction(p: Prediction): p is YourTurnPrediction {
  return p.kind in YOUR_TURN_TARGETS;
}

/** The target kind a step asks for, or undefined when the step is not a your-turn step. */
export function yourTurnKind(step: LessonStep): YourTurnTarget['kind'] | undefined {
  return step.yourTurn && step.predict && isYourTurnPrediction(step.predict) ? YOUR_TURN_TARGETS[step.predict.kind] : undefined;
}

/**
 * The prediction choice an action on the figure stands for (the same strings predictionAnswer
 * gives), or undefined when the object cannot answer this question (a partition of another topic).
 */
export function targetChoice(prediction: YourTurnPrediction, target: YourTurnTarget): string | undefined {
  switch (prediction.kind) {
    case 'nextRecordPartition': return target.kind === 'partition' && target.topic === prediction.topic ? String(target.partition) : undefined;
    case 'leaderAfter': return target.kind === 'broker' ? String(target.broker) : undefined;
    // One broker alone is no answer to "which brokers": the marked set is (markedChoice).
    case 'isrAfter':
    case 'logStartAfter':
      return undefined;
    case 'ownerAfter':
    case 'idleMemberAfter':
      return target.kind === 'member' ? target.consumer : undefined;
    case 'positionAfter':
    case 'firstOffsetRead':
    case 'highWatermarkAfter':
      return target.kind === 'offset' && target.topic === prediction.topic && target.partition === prediction.partition ? String(target.offset) : undefined;
  }
}

/**
 * The prediction choice a set of marked objects stands for (isrAfter: the brokers' ids ascending,
 * comma-separated, as isrLabel writes them; logStartAfter: the log start offset the marked segments
 * leave in `before`, or NOT_OLDEST), or undefined for a kind answered by one click.
 */
export function markedChoice(prediction: YourTurnPrediction, marked: readonly YourTurnTarget[], before?: SimState): string | undefined {
  if (prediction.kind === 'logStartAfter') {
    if (!before) return undefined;
    const { topic, partition } = prediction;
    const bases = new Set(marked.flatMap((t) => (t.kind === 'segment' && t.topic === topic && t.partition === partition ? [t.baseOffset] : [])));
    const start = segmentsResponse(segments(before, topic, partition), bases, logEndOffset(before, topic, partition) ?? 0);
    return start === 'notOldest' ? NOT_OLDEST : String(start);
  }
  if (prediction.kind !== 'isrAfter') return undefined;
  const ids = [...new Set(marked.flatMap((t) => (t.kind === 'broker' ? [t.broker] : [])))].sort((a, b) => a - b);
  return ids.join(',');
}

/** Every your-turn step of a lesson with its 1-based number. */
export function yourTurnSteps(lesson: Lesson): { step: number; predict: YourTurnPrediction & { question: string } }[] {
  return lesson.steps.flatMap((s, i) => (yourTurnKind(s) && s.predict && isYourTurnPrediction(s.predict) ? [{ step: i + 1, predict: s.predict }] : []));
}

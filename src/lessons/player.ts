import { ownerOf, position, type SimEvent, type SimState } from '../engine/index.ts';
import { choicesFor, NOBODY, type StepContext } from './choices.ts';
import { clusterAnswer, clusterChoices, isClusterPrediction } from './player-cluster.ts';
import { clientPredictionAnswer, clientPredictionChoices } from './player-clients.ts';
import { compactionAnswer, compactionChoices } from './player-compaction.ts';
import type { Lesson, Prediction } from './types.ts';

// Pure helpers of the lesson player: where each lesson step sits on the command timeline, and
// the choices and answer of a prediction, read from the engine (never written by hand).

/** stepEnds[k] = commands applied once step k+1 is shown (steps count from 1 in URLs). */
export function stepEnds(lesson: Lesson): number[] {
  const ends: number[] = [];
  let total = 0;
  for (const step of lesson.steps) {
    total += step.commands.length;
    ends.push(total);
  }
  return ends;
}

export function lessonCommands(lesson: Lesson) {
  return lesson.steps.flatMap((s) => s.commands);
}

/** A step number from a URL: an integer within 1..count, or undefined. */
export function parseStep(text: string | null, count: number): number | undefined {
  if (text === null || !/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= count ? n : undefined;
}

export { NOBODY };

/** The answer once the step ran: a partition number, a member id (or NOBODY), or an offset. */
export function predictionAnswer(prediction: Prediction, after: SimState, stepEvents: readonly SimEvent[]): string {
  if (isClusterPrediction(prediction)) return clusterAnswer(prediction, after, stepEvents);
  switch (prediction.kind) {
    case 'nextRecordPartition': {
      const produced = stepEvents.find((e) => e.type === 'recordProduced' && e.topic === prediction.topic);
      return produced && produced.type === 'recordProduced' ? String(produced.partition) : '?';
    }
    case 'ownerAfter':
      return ownerOf(after, prediction.group, prediction.topic, prediction.partition) ?? NOBODY;
    case 'positionAfter':
      return String(position(after, prediction.consumer, prediction.topic, prediction.partition) ?? '?');
    case 'firstOffsetRead': {
      for (const e of stepEvents) {
        if (e.type !== 'recordsFetched' || e.consumer !== prediction.consumer) continue;
        const batch = e.batches.find((b) => b.topic === prediction.topic && b.partition === prediction.partition);
        if (batch?.records[0]) return String(batch.records[0].offset);
      }
      return String(position(after, prediction.consumer, prediction.topic, prediction.partition) ?? '?');
    }
    case 'offsetsOfKey':
    case 'coordinatorAfter':
    case 'idleMemberAfter':
    case 'leaderElectionsAfter':
    case 'logStartAfter':
      return clientPredictionAnswer(prediction, after, stepEvents);
    case 'keptOffsetsOfKey':
      return compactionAnswer(prediction, after);
    default: {
      const never: never = prediction;
      return String(never);
    }
  }
}

/**
 * What the student may pick before the step runs: the answer among the wrong answers students
 * hold (choices.ts; the replication kinds in player-cluster.ts). `step` tells them what the step
 * does and what came before; without it they see only the state before.
 */
export function predictionChoices(prediction: Prediction, before: SimState, answer: string, step?: Omit<StepContext, 'before'>): string[] {
  const ctx: StepContext = { before, after: step?.after ?? before, commands: step?.commands ?? [], history: step?.history ?? [] };
  if (isClusterPrediction(prediction)) return clusterChoices(prediction, ctx.before, ctx.after, answer);
  switch (prediction.kind) {
    case 'offsetsOfKey':
    case 'coordinatorAfter':
    case 'idleMemberAfter':
    case 'leaderElectionsAfter':
    case 'logStartAfter':
      return clientPredictionChoices(prediction, ctx.before, answer);
    case 'keptOffsetsOfKey':
      return compactionChoices(prediction, answer, ctx);
    default:
      return choicesFor(prediction, answer, ctx) ?? [answer];
  }
}

import { lessonById } from './index.ts';
import type { ScenarioStorage } from './scenario-file.ts';
import { LESSON_IDS, type LessonId } from './types.ts';

// How far a student got in each lesson, kept in localStorage on this device only: the steps seen
// and the last step open (where "continue" goes back to). A lesson whose last step was reached is
// complete. Stored data is untrusted: anything malformed is read as no progress.

export const PROGRESS_KEY = 'kafka-sim:lesson-progress:v1';

export interface LessonProgress {
  /** Steps seen, from 1, ascending. */
  seen: number[];
  /** The step open last, to continue from. */
  last: number;
}

export type Progress = Partial<Record<LessonId, LessonProgress>>;

export function readProgress(storage: ScenarioStorage | undefined): Progress {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(PROGRESS_KEY) ?? '{}');
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Progress = {};
  for (const id of LESSON_IDS) {
    const entry = (raw as Record<string, unknown>)[id];
    const count = lessonById(id)!.steps.length;
    if (typeof entry !== 'object' || entry === null) continue;
    const { seen, last } = entry as { seen?: unknown; last?: unknown };
    const valid = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= count;
    const steps = Array.isArray(seen) ? [...new Set(seen.filter(valid))].sort((a, b) => a - b) : [];
    if (steps.length === 0) continue;
    out[id] = { seen: steps, last: valid(last) ? last : steps.at(-1)! };
  }
  return out;
}

/** Notes that `step` of `lesson` was shown. Storage that is full or refused only loses the note. */
export function markSeen(storage: ScenarioStorage | undefined, lesson: LessonId, step: number): void {
  if (storage === undefined) return;
  const progress = readProgress(storage);
  const seen = new Set(progress[lesson]?.seen ?? []).add(step);
  progress[lesson] = { seen: [...seen].sort((a, b) => a - b), last: step };
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Progress is a convenience; the lesson goes on without it.
  }
}

export function isComplete(lesson: LessonId, progress: LessonProgress | undefined): boolean {
  return progress !== undefined && progress.seen.includes(lessonById(lesson)!.steps.length);
}

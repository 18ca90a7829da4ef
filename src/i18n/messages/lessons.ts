import type { Entry } from '../entry.ts';

// Narration of the guided lessons (src/lessons/), Korean first. Keys: lesson.<id>.title,
// lesson.<id>.summary, lesson.<id>.step<n> (n counts from 1) and lesson.<id>.step<n>.question
// for a step that asks a prediction. No placeholders: every number is written out and checked by
// src/lessons/lessons.test.ts against what the engine does.
//
// Every ./lessons-*.ts file is merged here by itself (each exports one object of entries): a new
// lesson file needs no line anywhere else. Its keys are typed as `lesson.${string}`, which is
// what the lesson scripts hold (src/lessons/types.ts: narration is a key given as a string).
type LessonKey = `lesson.${string}`;
const modules = import.meta.glob<Record<string, Record<string, Entry>>>('./lessons-*.ts', { eager: true });

export const LESSON_MESSAGES: Readonly<Record<LessonKey, Entry>> = Object.assign(
  {},
  ...Object.keys(modules).sort().flatMap((path) => Object.values(modules[path]!)),
) as Record<LessonKey, Entry>;

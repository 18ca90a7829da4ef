import type { Entry } from '../entry.ts';
import { LESSON_MESSAGES_1 } from './lessons-1.ts';
import { LESSON_MESSAGES_2 } from './lessons-2.ts';
import { LESSON_MESSAGES_3 } from './lessons-3.ts';
import { LESSON_MESSAGES_BROKERS } from './lessons-brokers.ts';
import { LESSON_COMPACTION_MESSAGES } from './lessons-compaction.ts';
import { LESSON_CLIENT_MESSAGES } from './lessons-clients.ts';
import { LESSON_MESSAGES_REBALANCE } from './lessons-rebalance.ts';
import { LESSON_EXACTLY_ONCE_MESSAGES } from './lessons-exactly-once.ts';

// Narration of the guided lessons (src/lessons/), Korean first. Keys: lesson.<id>.title,
// lesson.<id>.summary, lesson.<id>.step<n> (n counts from 1) and lesson.<id>.step<n>.question
// for a step that asks a prediction. No placeholders: every number is written out and checked by
// src/lessons/lessons.test.ts against what the engine does.
//
// A new ./lessons-*.ts file is listed here (catalog.test.ts fails for a message file whose keys
// the catalogue lacks). Explicit imports rather than import.meta.glob: the browser tests import
// the catalogue outside Vite, where glob does not exist. Keys are typed as `lesson.${string}`,
// which is what the lesson scripts hold (src/lessons/types.ts: narration is a key given as a string).
type LessonKey = `lesson.${string}`;

export const LESSON_MESSAGES: Readonly<Record<LessonKey, Entry>> = {
  ...LESSON_MESSAGES_1,
  ...LESSON_MESSAGES_2,
  ...LESSON_MESSAGES_3,
  ...LESSON_MESSAGES_BROKERS,
  ...LESSON_CLIENT_MESSAGES,
  ...LESSON_COMPACTION_MESSAGES,
  ...LESSON_EXACTLY_ONCE_MESSAGES,
  ...LESSON_MESSAGES_REBALANCE,
};

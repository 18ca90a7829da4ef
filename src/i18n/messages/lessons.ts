import type { Entry } from '../entry.ts';
import { LESSON_MESSAGES_1 } from './lessons-1.ts';
import { LESSON_MESSAGES_2 } from './lessons-2.ts';
import { LESSON_MESSAGES_3 } from './lessons-3.ts';
import { LESSON_MESSAGES_BROKERS } from './lessons-brokers.ts';

// Narration of the guided lessons (src/lessons/), Korean first. Keys: lesson.<id>.title,
// lesson.<id>.summary, lesson.<id>.step<n> (n counts from 1) and lesson.<id>.step<n>.question
// for a step that asks a prediction. No placeholders: every number is written out and checked by
// src/lessons/lessons.test.ts against what the engine does.
export const LESSON_MESSAGES = {
  ...LESSON_MESSAGES_1,
  ...LESSON_MESSAGES_2,
  ...LESSON_MESSAGES_3,
  ...LESSON_MESSAGES_BROKERS,
} satisfies Record<string, Entry>;

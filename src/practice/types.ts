import type { Command } from '../engine/index.ts';

// A practice exercise is a plain JSON value: the engine scenario, one question, its answer as the
// engine reports it, and (for multiple choice) the wrong answers students hold, each named by the
// misconception behind it (i18n key `practice.misconception.<id>`).

export const CONCEPTS = [
  'keyPartition', 'keylessPlacement', 'assignment', 'rebalance', 'lag', 'offsetsAfterCrash', 'retention',
  'highWatermark', 'isrAfterFault', 'leaderAfterFault', 'acksOutcome', 'idempotentRetry', 'coordinator',
] as const;
export type Concept = (typeof CONCEPTS)[number];

/** `"topic-partition"` strings per member, ascending: the assignment after the replay. */
export type AssignmentAnswer = Record<string, string[]>;
export type Answer = number | string | null | number[] | AssignmentAnswer;

export interface Question {
  /** An i18n key (`practice.question.<concept>`). */
  text: string;
  params: Record<string, string | number>;
}

export interface Exercise {
  concept: Concept;
  seed: number;
  commands: Command[];
  /**
   * How many of `commands` the figure shows while the question is asked; the rest is the step the
   * question is about (shown once answered, or step by step by "show me").
   */
  setupLength: number;
  question: Question;
  answer: Answer;
  choices?: Answer[];
  /** Index of a wrong choice (as a string, JSON's object keys) → misconception id. */
  misconceptions: Record<string, string>;
}

export interface Grade { correct: boolean; misconception?: string }

/** A wrong answer a generator offers, with the belief that leads to it. */
export interface Distractor { value: Answer | undefined; misconception: string }

/** What a concept's generator returns for one attempt; undefined when the draw does not make a good question. */
export interface Draft {
  commands: Command[];
  setupLength: number;
  question: Question;
  answer: Answer;
  distractors: Distractor[];
}

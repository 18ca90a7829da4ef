import { canonical, orderChoices, sameAnswer } from './answers.ts';
import { highWatermarkConcept, isrAfterFault, leaderAfterFault } from './cluster.ts';
import { assignmentConcept, coordinatorConcept, rebalanceConcept } from './groups.ts';
import { lagConcept, offsetsAfterCrash, retentionConcept } from './offsets.ts';
import { keylessPlacement, keyPartition } from './placement.ts';
import { acksOutcome, idempotentRetry } from './producers.ts';
import { Draw } from './random.ts';
import { CONCEPTS, type Answer, type Concept, type Draft, type Exercise, type Grade } from './types.ts';

// Practice the engine grades: each concept's generator builds a small scenario from a seed, runs
// it through the engine, and asks one question whose answer the engine's queries give. Wrong
// choices are the answers students hold, each named by its misconception.

export { CONCEPTS };
export type { Answer, Concept, Exercise, Grade };
export { sameAnswer, canonical } from './answers.ts';
export { SEND_OUTCOMES } from './producers.ts';

const GENERATORS: Record<Concept, (draw: Draw, seed: number) => Draft | undefined> = {
  keyPartition,
  keylessPlacement,
  assignment: assignmentConcept,
  rebalance: rebalanceConcept,
  lag: lagConcept,
  offsetsAfterCrash,
  retention: retentionConcept,
  highWatermark: highWatermarkConcept,
  isrAfterFault,
  leaderAfterFault,
  acksOutcome,
  idempotentRetry,
  coordinator: coordinatorConcept,
};

/** Wrong answers in each concept's order of plausibility, at most this many. */
const MAX_WRONG = 3;
/** Draws per exercise before giving up on a seed (every seed tried so far needs far fewer). */
const ATTEMPTS = 40;

export function isConcept(value: unknown): value is Concept {
  return typeof value === 'string' && (CONCEPTS as readonly string[]).includes(value);
}

function toExercise(concept: Concept, seed: number, draft: Draft): Exercise | undefined {
  const seen = new Set([canonical(draft.answer)]);
  const wrong: { value: Answer; misconception: string }[] = [];
  for (const d of draft.distractors) {
    if (d.value === undefined || wrong.length >= MAX_WRONG) continue;
    const key = canonical(d.value);
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    wrong.push({ value: d.value, misconception: d.misconception });
  }
  if (wrong.length < 2) return undefined;
  const choices = orderChoices([draft.answer, ...wrong.map((w) => w.value)]);
  const misconceptions: Record<string, string> = {};
  choices.forEach((c, i) => {
    const w = wrong.find((x) => sameAnswer(c, x.value));
    if (w) misconceptions[String(i)] = w.misconception;
  });
  // A plain JSON value: no shared arrays, nothing but JSON types.
  return JSON.parse(JSON.stringify({ concept, seed, commands: draft.commands, setupLength: draft.setupLength, question: draft.question, answer: draft.answer, choices, misconceptions })) as Exercise;
}

/**
 * The exercise for `concept` and `seed`: the same for the same pair, always. Undefined for an
 * unknown concept or a seed that is not a non-negative safe integer.
 */
export function generateExercise(concept: string, seed: number): Exercise | undefined {
  if (!isConcept(concept) || typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0) return undefined;
  const draw = new Draw(seed, concept);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const draft = GENERATORS[concept](draw, seed);
    const exercise = draft && toExercise(concept, seed, draft);
    if (exercise) return exercise;
  }
  return undefined;
}

/** Correct exactly when `response` equals the answer (lists as sets); a wrong choice names its misconception. Never throws. */
export function gradeAnswer(exercise: Exercise, response: unknown): Grade {
  try {
    if (sameAnswer(response, exercise.answer)) return { correct: true };
    const index = exercise.choices?.findIndex((c) => sameAnswer(response, c)) ?? -1;
    const misconception = index >= 0 ? exercise.misconceptions[String(index)] : undefined;
    return misconception === undefined ? { correct: false } : { correct: false, misconception };
  } catch {
    return { correct: false };
  }
}

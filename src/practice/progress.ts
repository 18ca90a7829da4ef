import { array, boolean, literal, maxLength, maxValue, minValue, number, object, optional, picklist, pipe, record, regex, safeInteger, safeParse, string } from 'valibot';
import { CONCEPTS, type Concept } from './types.ts';

// Practice progress per concept, kept on this device (localStorage, versioned) and handed in as a
// small JSON file. A file is untrusted: it is checked against a schema and either taken whole or
// refused whole with a reason the page translates; a refusal changes nothing.

export const PRACTICE_PROGRESS_KEY = 'kafka-sim:practice-progress:v1';
export const PROGRESS_FORMAT = 'kafka-sim-practice-progress';
export const PROGRESS_VERSION = 1;
/** A progress file is a few KB; anything much larger is not one. */
export const MAX_PROGRESS_BYTES = 64 * 1024;
/** First-try results remembered per concept: what the next exercise adapts to. */
export const RECENT = 5;

export interface ConceptProgress {
  /** Exercises answered (their first answer counts). */
  attempts: number;
  /** Of those, right at the first try. */
  correct: number;
  /** The latest first-try results, oldest first (at most RECENT). */
  recent: boolean[];
  /** Wrong first answers by misconception id. */
  missed: Record<string, number>;
  /** Exercises of this concept opened so far: the next one's seed. */
  served: number;
}

export type PracticeProgress = Partial<Record<Concept, ConceptProgress>>;

export interface ProgressFile { format: typeof PROGRESS_FORMAT; version: typeof PROGRESS_VERSION; concepts: PracticeProgress }

const count = pipe(number(), safeInteger(), minValue(0), maxValue(1_000_000_000));
const conceptSchema = object({
  attempts: count,
  correct: count,
  recent: pipe(array(boolean()), maxLength(RECENT)),
  missed: record(pipe(string(), regex(/^[A-Za-z0-9]{1,40}$/)), count),
  served: optional(count, 0),
});
const fileSchema = object({
  format: literal(PROGRESS_FORMAT),
  version: literal(PROGRESS_VERSION),
  concepts: record(picklist(CONCEPTS), conceptSchema),
});

export type ProgressProblem =
  | { code: 'tooLarge'; bytes: number }
  | { code: 'notJson' }
  | { code: 'foreign' }
  | { code: 'newerVersion'; version: number }
  | { code: 'invalid'; path: string };

export type ProgressParse = { ok: true; progress: PracticeProgress } | { ok: false; problem: ProgressProblem };

function pathOf(issue: { path?: readonly { key: unknown }[] | undefined } | undefined): string {
  return (issue?.path ?? []).map((p) => String(p.key)).join('.');
}

/** Reads a progress file (or the stored entry): all of it, or a reason. */
export function parseProgress(text: string): ProgressParse {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PROGRESS_BYTES) return { ok: false, problem: { code: 'tooLarge', bytes } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== PROGRESS_FORMAT) return { ok: false, problem: { code: 'foreign' } };
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > PROGRESS_VERSION) return { ok: false, problem: { code: 'newerVersion', version } };
  const parsed = safeParse(fileSchema, raw);
  if (!parsed.success) return { ok: false, problem: { code: 'invalid', path: pathOf(parsed.issues[0]) } };
  const progress: PracticeProgress = {};
  for (const [concept, entry] of Object.entries(parsed.output.concepts) as [Concept, ConceptProgress][]) {
    if (entry.correct > entry.attempts) return { ok: false, problem: { code: 'invalid', path: `concepts.${concept}.correct` } };
    progress[concept] = { attempts: entry.attempts, correct: entry.correct, recent: [...entry.recent], missed: { ...entry.missed }, served: entry.served };
  }
  return { ok: true, progress };
}

export function serializeProgress(progress: PracticeProgress): string {
  const file: ProgressFile = { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, concepts: progress };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface ProgressStorage { getItem(key: string): string | null; setItem(key: string, value: string): void }

/** What this device kept; anything unreadable counts as no progress. */
export function readPracticeProgress(storage: ProgressStorage | undefined): PracticeProgress {
  try {
    const text = storage?.getItem(PRACTICE_PROGRESS_KEY);
    if (!text) return {};
    const parsed = parseProgress(text);
    return parsed.ok ? parsed.progress : {};
  } catch {
    return {};
  }
}

/** False when the device refused (storage full or blocked): the page says so, practice goes on. */
export function writePracticeProgress(storage: ProgressStorage | undefined, progress: PracticeProgress): boolean {
  try {
    if (!storage) return false;
    storage.setItem(PRACTICE_PROGRESS_KEY, serializeProgress(progress));
    return true;
  } catch {
    return false;
  }
}

const empty = (): ConceptProgress => ({ attempts: 0, correct: 0, recent: [], missed: {}, served: 0 });

/** The first answer to an exercise of `concept`. */
export function recordAnswer(progress: PracticeProgress, concept: Concept, correct: boolean, misconception?: string): PracticeProgress {
  const was = progress[concept] ?? empty();
  const missed = { ...was.missed };
  if (!correct && misconception !== undefined) missed[misconception] = (missed[misconception] ?? 0) + 1;
  return { ...progress, [concept]: { ...was, attempts: was.attempts + 1, correct: was.correct + (correct ? 1 : 0), recent: [...was.recent, correct].slice(-RECENT), missed } };
}

/** Exercise `seed` of `concept` was opened (the next by default): the next one gets a later seed. */
export function recordServed(progress: PracticeProgress, concept: Concept, seed?: number): PracticeProgress {
  const was = progress[concept] ?? empty();
  return { ...progress, [concept]: { ...was, served: Math.max(was.served, (seed ?? was.served) + 1) } };
}

/**
 * How much a concept needs practice: each recent miss counts 2, each recent first-try success −1,
 * a concept never tried +1 (so every concept comes up), capped below by 0.
 */
export function need(entry: ConceptProgress | undefined): number {
  if (!entry || entry.attempts === 0) return 1;
  const misses = entry.recent.filter((r) => !r).length;
  return Math.max(0, misses * 2 - (entry.recent.length - misses));
}

/**
 * The next exercise: the concept that needs it most (more of what the learner misses); ties go to
 * the least tried, then to the concept after `current` in CONCEPTS order. Its seed is how many of
 * that concept were opened before, so each is new and the same progress gives the same next one.
 */
export function nextExercise(progress: PracticeProgress, current?: Concept): { concept: Concept; seed: number } {
  const start = current === undefined ? 0 : CONCEPTS.indexOf(current) + 1;
  const order = CONCEPTS.map((_, i) => CONCEPTS[(start + i) % CONCEPTS.length]!);
  let best = order[0]!;
  for (const c of order) {
    const [a, b] = [progress[c], progress[best]];
    if (need(a) > need(b) || (need(a) === need(b) && (a?.attempts ?? 0) < (b?.attempts ?? 0))) best = c;
  }
  return { concept: best, seed: progress[best]?.served ?? 0 };
}

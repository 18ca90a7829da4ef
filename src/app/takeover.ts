import { parseScenario, serializeScenario, type Scenario } from '../lessons/scenario-file.ts';
import type { SimStore } from '../store/sim-store.ts';
import { currentScenario } from './sandbox-boot.ts';

// A lesson's take-over page is work of its own before it is kept: it lives in this tab's session
// storage, so a reload reopens the taken-over work (not the lesson's step again), and once kept as
// the sandbox a reload does not ask again.

const KEY = 'kafka-sim:takeover:v1';

interface Record { lesson: string; step: number; kept: boolean; scenario: string }

function session(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The take-over work this tab saved for `lesson` at `step`, if any. */
export function readTakeOver(lesson: string, step: number): { scenario: Scenario; kept: boolean } | undefined {
  try {
    const text = session()?.getItem(KEY);
    if (!text) return undefined;
    const record = JSON.parse(text) as Partial<Record>;
    if (record.lesson !== lesson || record.step !== step || typeof record.scenario !== 'string') return undefined;
    const parsed = parseScenario(record.scenario, { replay: false });
    return parsed.ok ? { scenario: parsed.scenario, kept: record.kept === true } : undefined;
  } catch {
    return undefined;
  }
}

function write(record: Record): void {
  try {
    session()?.setItem(KEY, JSON.stringify(record));
  } catch {
    // Session storage full or blocked: a reload then reopens the lesson's step, as before.
  }
}

/** Keeps the take-over page's work in session storage as it changes; returns the unsubscribe. */
export function trackTakeOver(store: SimStore, lesson: string, step: number, kept: () => boolean): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const save = () => write({ lesson, step, kept: kept(), scenario: serializeScenario(currentScenario(store)) });
  save();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.timeline === previous.timeline) return;
    clearTimeout(pending);
    pending = setTimeout(save, 300);
  });
  return () => {
    clearTimeout(pending);
    unsubscribe();
  };
}

/** Marks the take-over work as kept as the sandbox (a reload then opens it without asking). */
export function markTakeOverKept(store: SimStore, lesson: string, step: number): void {
  write({ lesson, step, kept: true, scenario: serializeScenario(currentScenario(store)) });
}

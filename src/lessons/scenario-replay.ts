import { append, createTimeline, seek, type Timeline } from '../store/timeline.ts';
import { replayProblem, scenarioProfile, type Scenario, type ScenarioProblem } from './scenario-file.ts';

// Loading a scenario replays its commands from the seed. The limits keep the worst file around a
// second, but a slow machine could take longer: the replay runs in slices that give the page back
// between them, reports how far it is, and stops when asked.

export type ReplayResult =
  | { ok: true; timeline: Timeline }
  | { ok: false; problems: ScenarioProblem[] }
  | { ok: false; cancelled: true };

export interface ReplayOptions {
  /** Called after each slice with commands replayed so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops the replay at the next slice; the result is { cancelled: true }. */
  signal?: AbortSignal;
  /** Wall-clock milliseconds of work per slice. */
  sliceMs?: number;
  /** Hands control back to the page between slices (tests pass their own). */
  yieldToPage?: () => Promise<void>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Replays `scenario.commands` into a new timeline (seed from the scenario, cursor at
 * `scenario.cursor` or the end). A command the engine refuses stops it with that command's problem.
 */
export async function replayScenario(scenario: Scenario, options: ReplayOptions = {}): Promise<ReplayResult> {
  const { onProgress, signal, sliceMs = 30, yieldToPage = nextTask } = options;
  const total = scenario.commands.length;
  let timeline = createTimeline({ seed: scenario.seed, kafkaVersion: scenarioProfile(scenario) });
  let i = 0;
  while (i < total) {
    if (signal?.aborted) return { ok: false, cancelled: true };
    const sliceEnd = performance.now() + sliceMs;
    do {
      const outcome = append(timeline, scenario.commands[i]);
      if (!outcome.ok) return { ok: false, problems: [replayProblem(i, outcome.error)] };
      timeline = outcome.timeline;
      i++;
    } while (i < total && performance.now() < sliceEnd);
    onProgress?.(i, total);
    if (i < total) await yieldToPage();
  }
  if (signal?.aborted) return { ok: false, cancelled: true };
  return { ok: true, timeline: scenario.cursor === undefined ? timeline : seek(timeline, scenario.cursor) };
}

import { followLagWork, lagCost, type LagSeries } from './lag-series.ts';
import { rememberStep, seekCost, seekTarget, seekWork, type Timeline } from './timeline.ts';
import type { Work } from './work.ts';

// Issue 22: a seek that needs a long replay (a far jump, a step back onto a heavy stretch, and the
// lag chart's window behind it) never freezes the page. Every seek first works for one slice; one
// that lands within it is set at once, as before (no progress, no flicker). A longer one reports
// how far it got and continues in later slices, giving the page back between them, until it lands
// or is cancelled. Until it lands, the timeline stays at its old cursor: Cancel only forgets it.

/** Wall-clock milliseconds of replay per slice: Cancel (or any input) waits at most about this long. */
export const SEEK_SLICE_MS = 12;

/** Time and task queue, injected so that tests run slices by hand. */
export interface SeekScheduler {
  now(): number;
  /** Runs `task` once the page has had its turn (painting, input); returns what cancels it. */
  later(task: () => void): () => void;
}

/** Never out of time: every seek lands at once (the store's default: tests, benches, node). */
export const syncScheduler: SeekScheduler = { now: () => 0, later: () => () => undefined };

/** The page's: performance.now, and a task after the browser's turn to paint and handle input. */
export const pageScheduler: SeekScheduler = {
  now: () => performance.now(),
  later: (task) => {
    const id = setTimeout(task, 0);
    return () => clearTimeout(id);
  },
};

/** A seek running in slices: from which cursor to which, and commands replayed out of those planned. */
export interface SeekProgress { readonly from: number; readonly to: number; readonly done: number; readonly total: number }

export interface Landed { readonly timeline: Timeline; readonly lagSeries: LagSeries }

/**
 * Lag windows of seeks that ran in slices, for the next visit (the timeline keeps their states,
 * see rememberStep). Keyed by the command log itself: any change to it makes a new log object.
 */
export function createLandedCache(size = 4) {
  let entries: { commands: Timeline['commands']; dropped: number; cursor: number; lagSeries: LagSeries }[] = [];
  return {
    get: (timeline: Timeline, target: number) => entries.find((e) => e.commands === timeline.commands && e.dropped === timeline.dropped && e.cursor === target)?.lagSeries,
    put(landed: Landed) {
      const { commands, dropped, cursor } = landed.timeline;
      entries = [...entries.filter((e) => e.commands !== commands || e.cursor !== cursor).slice(-(size - 1)), { commands, dropped, cursor, lagSeries: landed.lagSeries }];
    },
  };
}
export type LandedCache = ReturnType<typeof createLandedCache>;

/** What a seek to `step` will replay: the target, the lag series to follow from, and how many commands. */
export function planSliced(timeline: Timeline, series: LagSeries, step: number, cache: LandedCache) {
  const target = seekTarget(timeline, step);
  const lagFrom = cache.get(timeline, target) ?? series;
  const total = seekCost(timeline, target) + lagCost(lagFrom, { ...timeline, cursor: target });
  return { target, lagFrom, total };
}

function* seekAndFollow(timeline: Timeline, series: LagSeries, target: number, stop: () => boolean): Work<Landed> {
  const next = yield* seekWork(timeline, target, stop);
  return { timeline: next, lagSeries: yield* followLagWork(series, next, undefined, stop) };
}

export interface SeekListener {
  /** The seek did not land within its first slice, or made progress in a later one. */
  progress(progress: SeekProgress): void;
  landed(landed: Landed): void;
}

/** Starts a seek (see above); `cancel` stops it within the slice running, or at once between slices. */
export function startSeek(timeline: Timeline, series: LagSeries, step: number, scheduler: SeekScheduler, cache: LandedCache, on: SeekListener): { cancel(): void } {
  const { target, lagFrom, total } = planSliced(timeline, series, step, cache);
  let deadline = 0;
  const stop = () => scheduler.now() >= deadline;
  const work = seekAndFollow(timeline, lagFrom, target, stop);
  let done = 0;
  let slices = 0;
  let over = false;
  let pending: (() => void) | undefined;
  const slice = () => {
    if (over) return;
    slices++;
    deadline = scheduler.now() + SEEK_SLICE_MS;
    for (;;) {
      const next = work.next();
      if (next.done) {
        over = true;
        // It was long: the next visit is instant (the state kept by the timeline, the lag window here).
        if (slices > 1) {
          rememberStep(timeline, next.value.timeline);
          cache.put(next.value);
        }
        on.landed(next.value);
        return;
      }
      done += next.value;
      if (stop()) break;
    }
    on.progress({ from: timeline.cursor, to: target, done: Math.min(done, total), total });
    pending = scheduler.later(slice);
  };
  slice();
  return {
    cancel() {
      over = true;
      pending?.();
    },
  };
}

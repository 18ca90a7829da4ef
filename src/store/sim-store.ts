import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ProfileName, SimError, SimState, SimulationOptions } from '../engine/index.ts';
import { EMPTY_LAG_SERIES, followLag, type LagSeries } from './lag-series.ts';
import { clockTick, type ClockMark } from './clock.ts';
import { createLandedCache, startSeek, syncScheduler, type SeekProgress, type SeekScheduler } from './seek-slices.ts';
import { append, appendAll, atEnd, createTimeline, seek, seekRange, seekTarget, type Timeline } from './timeline.ts';

export { pageScheduler } from './seek-slices.ts';

// One store per simulator instance (several widgets share a blog page). Plain Zustand vanilla:
// the React binding is a thin hook in the view.

/** Steps per second; TOP_SPEED means one step per animation frame. */
export const TOP_SPEED = 60;
export const SPEEDS = [0.5, 1, 2, 4, 8, TOP_SPEED] as const;

export interface SimStoreState {
  timeline: Timeline;
  /** Each group's lag at every step near the cursor (bounded; see lag-series.ts). */
  lagSeries: LagSeries;
  playing: boolean;
  /** Live traffic continues past the end (a feed); otherwise the end of the timeline is the end. */
  live: boolean;
  /** Play at the end runs the model clock (the sandbox; see clock.ts). */
  clock: boolean;
  /** Where Reset goes: the starting scenario's last step (the sandbox), else 0. */
  home: number;
  /** Steps per second while playing. */
  speed: number;
  lastError: SimError | undefined;
  /** A seek too long for one slice, running (seek-slices.ts); the timeline stays at its cursor until it lands. */
  seeking: SeekProgress | undefined;
  /** Stops the running seek: the timeline stays where it was before it. */
  cancelSeek(): void;
  dispatch(command: unknown): SimError | undefined;
  stepForward(): void;
  stepBack(): void;
  seek(step: number): void;
  /** Shows step `to` with the events of every command since `from` (a lesson step). */
  showRange(from: number, to: number): void;
  reset(): void;
  /**
   * Plays from the cursor, stopping at the end. Pressed at the end: live traffic continues, the
   * clock (when on) runs model time, otherwise it does nothing (see Controls).
   */
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  /** Called by the playback clock: one step, pausing at the end. */
  tick(): void;
  /** Replaces the whole timeline (a loaded scenario): a new seed, its commands, and where to stand. */
  load(seed: number, commands: readonly unknown[], cursor?: number, kafkaVersion?: ProfileName): SimError | undefined;
  /** Replaces the whole timeline with one already built (a scenario replayed in slices). */
  loadTimeline(timeline: Timeline): void;
  /** A refusal found by the view before reaching the engine (same shape as the engine's). */
  reportError(error: SimError): void;
  clearError(): void;
}

export interface SimStoreOptions extends SimulationOptions {
  commands?: readonly unknown[];
  /** Where the cursor starts; the end of `commands` when absent. */
  startAt?: number;
  /** Live traffic: when playing past the end, the next command comes from here. */
  feed?: (state: SimState, step: number) => unknown;
  /** Bound on the steps kept for stepping back (live runs); unbounded when absent. */
  maxHistory?: number;
  /** Play at the end runs the model clock, appending time steps (the sandbox). */
  clock?: boolean;
  /** Where Reset goes for a timeline (the sandbox's starting scenario); step 0 when absent. */
  home?: (timeline: Timeline) => number;
  /** Time and task queue of sliced seeks: pageScheduler on a page; absent, every seek lands at once. */
  scheduler?: SeekScheduler;
}

export type SimStore = StoreApi<SimStoreState>;

// Every new timeline is set through one of these, so the lag series follows the cursor exactly.
/** The cursor moved over the same history. */
const moved = (s: SimStoreState, timeline: Timeline) => ({ timeline, lagSeries: followLag(s.lagSeries, timeline) });
/** A command was applied at the cursor of `s`: what came after it is another history now. */
const forked = (s: SimStoreState, timeline: Timeline) => ({ timeline, lagSeries: followLag(s.lagSeries, timeline, s.timeline.dropped + s.timeline.cursor) });
/** The last step was replaced (a merged clock step): the series forks before it. */
const amended = (s: SimStoreState, timeline: Timeline) => ({ timeline, lagSeries: followLag(s.lagSeries, timeline, s.timeline.dropped + s.timeline.cursor - 1) });
/** A whole new timeline. */
const fresh = (timeline: Timeline) => ({ timeline, lagSeries: followLag(EMPTY_LAG_SERIES, timeline) });

export function createSimStore(options: SimStoreOptions = {}): SimStore {
  const { commands = [], startAt, feed, maxHistory, clock = false, home, scheduler = syncScheduler, ...simOptions } = options;
  const loaded = appendAll(createTimeline(simOptions, undefined, maxHistory), commands);
  const initialTimeline = startAt === undefined ? loaded.timeline : seek(loaded.timeline, startAt);
  const homeOf = (timeline: Timeline) => Math.max(0, Math.min(timeline.commands.length, home?.(timeline) ?? 0));
  // The clock's last step while it is the tip (merging), and whether this Play began at the end:
  // a replay from the past stops at the end as before; Play pressed at the end runs the clock.
  let mark: ClockMark | undefined;
  let runClock = false;
  // The seek running in slices, if any: anything else that changes the timeline stops it first.
  let running: { cancel(): void } | undefined;
  const landedCache = createLandedCache();
  const stopSeek = () => {
    running?.cancel();
    running = undefined;
  };
  return createStore<SimStoreState>()((set, get) => {
    const goTo = (step: number) => {
      // The slider sends the same step again while held still: the seek running goes on.
      if (running && get().seeking?.to === seekTarget(get().timeline, step)) return;
      stopSeek();
      const job = startSeek(get().timeline, get().lagSeries, step, scheduler, landedCache, {
        progress: (seeking) => set({ seeking }),
        landed: (landed) => {
          // Only the running seek can land: a replaced or cancelled one never does.
          running = undefined;
          set({ ...landed, seeking: undefined });
        },
      });
      if (get().seeking) running = job;
    };
    /** Before the timeline changes otherwise: the running seek is forgotten. */
    const settle = () => {
      stopSeek();
      if (get().seeking) set({ seeking: undefined });
    };
    return {
      ...fresh(initialTimeline),
      playing: false,
      live: feed !== undefined,
      clock,
      home: homeOf(initialTimeline),
      speed: 1,
      lastError: loaded.error,
      seeking: undefined,
      cancelSeek: settle,
      dispatch(command) {
        settle();
        const outcome = append(get().timeline, command);
        if (!outcome.ok) {
          set({ lastError: outcome.error });
          return outcome.error;
        }
        set({ ...forked(get(), outcome.timeline), lastError: undefined });
        return undefined;
      },
      // Steps and seeks count from the cursor shown: a seek still running is replaced.
      stepForward: () => goTo(get().timeline.cursor + 1),
      stepBack: () => {
        set({ playing: false });
        goTo(get().timeline.cursor - 1);
      },
      seek: goTo,
      showRange: (from, to) => {
        settle();
        set(moved(get(), seekRange(get().timeline, from, to)));
      },
      reset: () => {
        set({ playing: false });
        goTo(get().home);
      },
      play: () => {
        // At the end there is nothing to replay: it does not jump back to step 0 behind the student's
        // back (Controls disables Play there and says why); live traffic or the clock continue instead.
        const end = atEnd(get().timeline);
        if (end && !feed && !clock) return;
        runClock = end && clock;
        set({ playing: true });
      },
      pause: () => set({ playing: false }),
      setSpeed: (speed) => set({ speed }),
      tick: () => {
        // Playing waits for a seek running in slices to land.
        if (get().seeking) return;
        const timeline = get().timeline;
        if (atEnd(timeline) && feed) {
          const outcome = append(timeline, feed(timeline.state, timeline.dropped + timeline.cursor));
          if (outcome.ok) set(forked(get(), outcome.timeline));
          else set({ playing: false, lastError: outcome.error });
          return;
        }
        if (atEnd(timeline) && runClock) {
          const outcome = clockTick(timeline, mark);
          if (!outcome.ok) {
            set({ playing: false, lastError: outcome.error });
            return;
          }
          mark = outcome.mark;
          set(outcome.merged ? amended(get(), outcome.timeline) : forked(get(), outcome.timeline));
          return;
        }
        if (atEnd(timeline)) {
          set({ playing: false });
          return;
        }
        const next = seek(timeline, timeline.cursor + 1);
        set({ ...moved(get(), next), playing: !atEnd(next) });
      },
      load(seed, loadCommands, cursor, kafkaVersion) {
        settle();
        // A scenario names its version (or 'classic'); without one the store's own version stays.
        const loadedTimeline = appendAll(createTimeline({ ...simOptions, seed, ...(kafkaVersion === undefined ? {} : { kafkaVersion }) }), loadCommands);
        if (loadedTimeline.error) return loadedTimeline.error;
        const next = cursor === undefined ? loadedTimeline.timeline : seek(loadedTimeline.timeline, cursor);
        set({ ...fresh(next), home: homeOf(next), playing: false, lastError: undefined });
        return undefined;
      },
      loadTimeline: (timeline) => {
        settle();
        set({ ...fresh(timeline), home: homeOf(timeline), playing: false, lastError: undefined });
      },
      reportError: (error) => set({ lastError: error }),
      clearError: () => set({ lastError: undefined }),
    };
  });
}

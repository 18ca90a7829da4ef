import { AppendVec } from '../engine/append-vec.ts';
import { drain, never, type Work } from './work.ts';
import { applyCommand, createSimulation, replayCommand, replayCommands, replayCommandsUntil, type Command, type SimError, type SimEvent, type SimState, type SimulationOptions } from '../engine/index.ts';

// The timeline: an initial state, the log of accepted commands, a cursor, and snapshots every
// SNAPSHOT_EVERY steps. Seeking restores the nearest snapshot at or before the target and replays
// at most SNAPSHOT_EVERY - 1 commands, so a jump never replays the whole history, and stepping back
// gives exactly the state that was there (states are immutable values).

export const SNAPSHOT_EVERY = 64;

export interface Timeline {
  readonly options: SimulationOptions;
  readonly initial: SimState;
  /** Shared append-only storage: appending at the end is O(1), not a copy of the history. */
  readonly commands: AppendVec<Command>;
  /** snapshots[i] is the state after SNAPSHOT_EVERY * i commands; snapshots[0] is the initial state. */
  readonly snapshots: AppendVec<SimState>;
  /** How many commands are applied: 0..commands.length. */
  readonly cursor: number;
  readonly state: SimState;
  /** Events of the step that led to the cursor (empty at step 0). */
  readonly events: readonly SimEvent[];
  /** Steps forgotten from the front to bound memory (see maxHistory); 0 for lessons and sandboxes. */
  readonly dropped: number;
  /** Keep at most about this many steps of history; undefined keeps everything. */
  readonly maxHistory: number | undefined;
}

export function createTimeline(options: SimulationOptions = {}, initial: SimState = createSimulation(options), maxHistory?: number): Timeline {
  return { options, initial, commands: AppendVec.empty(), snapshots: AppendVec.of([initial]), cursor: 0, state: initial, events: [], dropped: 0, maxHistory };
}

/**
 * Forgets the oldest SNAPSHOT_EVERY steps once the history is longer than maxHistory: the next
 * snapshot becomes the initial state. Old states hold records that retention already deleted,
 * so without this a long live run would keep every record ever produced.
 */
function trimHistory(timeline: Timeline): Timeline {
  const max = timeline.maxHistory;
  if (max === undefined || timeline.commands.length <= max + SNAPSHOT_EVERY || timeline.cursor < SNAPSHOT_EVERY) return timeline;
  const initial = timeline.snapshots.at(1);
  if (!initial) return timeline;
  return {
    ...timeline,
    initial,
    snapshots: timeline.snapshots.dropFirst(1),
    commands: timeline.commands.dropFirst(SNAPSHOT_EVERY),
    cursor: timeline.cursor - SNAPSHOT_EVERY,
    dropped: timeline.dropped + SNAPSHOT_EVERY,
  };
}

export type AppendOutcome = { ok: true; timeline: Timeline } | { ok: false; error: SimError };

/**
 * Applies a command at the cursor. Acting in the past drops the steps after the cursor (as an
 * editor's redo does); the caller warns the user first. A refused command changes nothing.
 */
export function append(timeline: Timeline, command: unknown): AppendOutcome {
  const result = applyCommand(timeline.state, command);
  if (result.error) return { ok: false, error: result.error };
  const commands = timeline.commands.take(timeline.cursor).push(command as Command);
  const cursor = timeline.cursor + 1;
  const keptSnapshots = timeline.snapshots.take(Math.floor(timeline.cursor / SNAPSHOT_EVERY) + 1);
  const snapshots = cursor % SNAPSHOT_EVERY === 0 ? keptSnapshots.push(result.state) : keptSnapshots;
  return { ok: true, timeline: trimHistory({ ...timeline, commands, snapshots, cursor, state: result.state, events: result.events }) };
}

/** Appends many commands at once (loading a scenario); stops at the first refused one. */
export function appendAll(timeline: Timeline, commands: readonly unknown[]): { timeline: Timeline; error?: SimError; failedAt?: number } {
  let current = timeline;
  for (let i = 0; i < commands.length; i++) {
    const outcome = append(current, commands[i]);
    if (!outcome.ok) return { timeline: current, error: outcome.error, failedAt: i };
    current = outcome.timeline;
  }
  return { timeline: current };
}

/** A step narrating at least this many events is heavy: its state is kept so a second visit is instant. */
export const HEAVY_STEP_EVENTS = 2_000;
const HEAVY_PER_SNAPSHOT = 4;

/**
 * Heavy steps' results, per snapshot they were replayed from: the commands from that snapshot up to
 * and including the step (by identity), and the state and events after it. States and commands are
 * immutable, so the same snapshot and the same commands give the same result; the WeakMap lets a
 * forgotten snapshot take its entries with it.
 */
const heavySteps = new WeakMap<SimState, { path: readonly unknown[]; state: SimState; events: readonly SimEvent[] }[]>();

function cachedHeavyStep(snapshot: SimState, timeline: Timeline, from: number, target: number) {
  let best: { path: readonly unknown[]; state: SimState; events: readonly SimEvent[] } | undefined;
  for (const entry of heavySteps.get(snapshot) ?? []) {
    if (from + entry.path.length > target || (best && entry.path.length <= best.path.length)) continue;
    if (entry.path.every((command, k) => timeline.commands.at(from + k) === command)) best = entry;
  }
  return best;
}

/** The step a seek to `step` lands on: clamped to the timeline. */
export const seekTarget = (timeline: Timeline, step: number): number => Math.max(0, Math.min(timeline.commands.length, Math.trunc(step)));

/** Where a seek to `target` starts replaying: the cursor (one step forward), a heavy step kept, or the nearest snapshot. */
function planSeek(timeline: Timeline, target: number) {
  // Moving one step forward from the cursor is the common case while playing: apply just that command.
  let from = target === timeline.cursor + 1 ? timeline.cursor : Math.floor(target / SNAPSHOT_EVERY) * SNAPSHOT_EVERY;
  let state = from === timeline.cursor ? timeline.state : timeline.snapshots.at(from / SNAPSHOT_EVERY);
  if (state === undefined) {
    from = 0;
    state = timeline.initial;
  }
  const snapshot = from % SNAPSHOT_EVERY === 0 && from !== timeline.cursor ? state : undefined;
  const start = from;
  let events: readonly SimEvent[] = [];
  const cached = snapshot && cachedHeavyStep(snapshot, timeline, from, target);
  if (cached) {
    from += cached.path.length;
    state = cached.state;
    events = cached.events;
  }
  return { snapshot, start, from, state, events };
}

/** How many commands a seek to `step` replays (0 at the cursor or onto a step kept). */
export function seekCost(timeline: Timeline, step: number): number {
  const target = seekTarget(timeline, step);
  return target === timeline.cursor ? 0 : target - planSeek(timeline, target).from;
}

/**
 * Keeps the state at `after.cursor` (reached from `before`) for the next visit: a heavy step, or a
 * seek so long that it ran in slices. Only a state replayed from a snapshot can be found again.
 */
export function rememberStep(before: Timeline, after: Timeline): void {
  const { snapshot, start, from } = planSeek(before, after.cursor);
  if (!snapshot || from >= after.cursor) return;
  const entries = heavySteps.get(snapshot) ?? [];
  const path = Array.from({ length: after.cursor - start }, (_, k) => before.commands.at(start + k));
  heavySteps.set(snapshot, [...entries.slice(-(HEAVY_PER_SNAPSHOT - 1)), { path, state: after.state, events: after.events }]);
}

/** seek as work that stops between commands when `stop()` says so (see work.ts). */
export function* seekWork(timeline: Timeline, step: number, stop: () => boolean = never): Work<Timeline> {
  const target = seekTarget(timeline, step);
  if (target === timeline.cursor) return timeline;
  const plan = planSeek(timeline, target);
  let { from, state } = plan;
  // The timeline's own commands, accepted when appended, are replayed without checking them again,
  // as one transient per slice up to the step shown (the state it starts from never changes); the
  // step shown is applied on its own, so a heavy one can be kept for the next visit.
  while (from < target - 1) {
    const replayed = replayCommandsUntil(state, timeline.commands, from, target - 1, stop);
    const count = replayed.next - from;
    state = replayed.state;
    from = replayed.next;
    yield count;
  }
  if (from < target) {
    const result = replayCommand(state, timeline.commands.at(target - 1)!);
    const after = { ...timeline, cursor: target, state: result.state, events: result.events };
    if (result.events.length >= HEAVY_STEP_EVENTS) rememberStep(timeline, after);
    yield 1;
    return after;
  }
  return { ...timeline, cursor: target, state, events: plan.events };
}

export const seek = (timeline: Timeline, step: number): Timeline => drain(seekWork(timeline, step));

export const stepForward = (timeline: Timeline): Timeline => seek(timeline, timeline.cursor + 1);
export const stepBack = (timeline: Timeline): Timeline => seek(timeline, timeline.cursor - 1);
export const atEnd = (timeline: Timeline): boolean => timeline.cursor >= timeline.commands.length;
/**
 * The step number shown to people: a live run forgets its oldest steps (maxHistory), and every
 * number on the page (counter, event log, questions) counts the forgotten ones too.
 */
export const shownStep = (timeline: Timeline, cursor = timeline.cursor): number => timeline.dropped + cursor;

/**
 * Moves to step `to` showing every event of the commands in [from, to): a lesson step can hold
 * several commands, and its narration and animations cover all of them.
 */
export function seekRange(timeline: Timeline, from: number, to: number): Timeline {
  const start = seek(timeline, Math.min(from, to));
  const target = Math.max(0, Math.min(timeline.commands.length, to));
  if (target <= start.cursor) return start;
  const { state, events } = replayCommands(start.state, timeline.commands, start.cursor, target, true);
  return { ...timeline, cursor: target, state, events };
}

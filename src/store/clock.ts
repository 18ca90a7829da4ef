import { applyCommand, type Command, type SimError, type SimEvent, type SimState } from '../engine/index.ts';
import { append, SNAPSHOT_EVERY, type AppendOutcome, type Timeline } from './timeline.ts';

// The model clock that Play runs at the end of a sandbox's timeline: every tick appends an
// ordinary `advanceTime` step, so fetch rounds, the high watermark, acknowledgements, fencing after
// broker.session.timeout.ms, ISR shrink after replica.lag.time.max.ms, retries and retention
// happen while the student watches.
//
// A long idle run must not grow the timeline without bound: a tick in which nothing but time
// passes merges into the clock's previous step when that step, too, was only time passing. The
// merged step is one command, `advanceTime` by the sum, applied to the state before the previous
// step: so step back from it lands exactly on the state before the idle stretch, and step forward
// (or a reload of the saved file) replays that one command to exactly what was shown.

/** Model time per clock tick: at 1 step/s the model clock runs at wall-clock pace. */
export const CLOCK_TICK_MS = 1_000;

/** The step the clock appended last, while it is still the tip of the timeline. */
export interface ClockMark {
  /** The timeline right after the clock's step: any other change makes a new object. */
  readonly after: Timeline;
  /** The state before the clock's step (the state at cursor - 1). */
  readonly before: SimState;
  /** How much model time that step advanced. */
  readonly ms: number;
}

/** Nothing happened in the step but the clock moving. */
export const onlyTimePassed = (events: readonly SimEvent[]): boolean => events.every((e) => e.type === 'timeAdvanced');

/**
 * Replaces the last step of a timeline standing at its end by `command` applied to `before` (the
 * state at cursor - 1). The snapshot at the cursor, if one is due there, is the new state.
 */
export function amendLast(timeline: Timeline, before: SimState, command: unknown): AppendOutcome {
  const { cursor } = timeline;
  if (cursor === 0 || cursor !== timeline.commands.length) return append(timeline, command);
  const result = applyCommand(before, command);
  if (result.error) return { ok: false, error: result.error };
  const commands = timeline.commands.take(cursor - 1).push(command as Command);
  const kept = timeline.snapshots.take(Math.floor((cursor - 1) / SNAPSHOT_EVERY) + 1);
  const snapshots = cursor % SNAPSHOT_EVERY === 0 ? kept.push(result.state) : kept;
  return { ok: true, timeline: { ...timeline, commands, snapshots, state: result.state, events: result.events } };
}

export type ClockOutcome =
  | { ok: true; timeline: Timeline; mark: ClockMark; merged: boolean }
  | { ok: false; error: SimError };

/** One tick of the clock at the end of `timeline`; `mark` is the clock's previous step, if any. */
export function clockTick(timeline: Timeline, mark: ClockMark | undefined, ms = CLOCK_TICK_MS): ClockOutcome {
  if (mark && mark.after === timeline && onlyTimePassed(timeline.events)) {
    const total = mark.ms + ms;
    const merged = amendLast(timeline, mark.before, { type: 'advanceTime', ms: total });
    // Merged only when the whole stretch stayed quiet; otherwise what happened gets a step of its own.
    if (merged.ok && onlyTimePassed(merged.timeline.events)) {
      return { ok: true, timeline: merged.timeline, mark: { after: merged.timeline, before: mark.before, ms: total }, merged: true };
    }
  }
  const outcome = append(timeline, { type: 'advanceTime', ms });
  if (!outcome.ok) return outcome;
  return { ok: true, timeline: outcome.timeline, mark: { after: outcome.timeline, before: timeline.state, ms }, merged: false };
}

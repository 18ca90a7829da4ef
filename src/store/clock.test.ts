import fc from 'fast-check';
import { applyCommand, type Command, type SimState } from '../engine/index.ts';
import { snapshot } from '../engine/test-support/snapshot.ts';
import { CLOCK_TICK_MS, clockTick, onlyTimePassed, type ClockMark } from './clock.ts';
import { createSimStore } from './sim-store.ts';
import { append, appendAll, createTimeline, seek, SNAPSHOT_EVERY, type Timeline } from './timeline.ts';

// Play at the end of the sandbox runs the model clock: ordinary advanceTime steps, quiet ones merged.

const REPLICATED: Command[] = [
  { type: 'addBroker', broker: 2 }, { type: 'addBroker', broker: 3 },
  { type: 'createTopic', topic: 'r', partitions: 1, replicationFactor: 3 },
  { type: 'addProducer', producer: 'p' },
];

/** What a state shows, with the replication (leader, ISR, epoch, each copy's log end and high watermark). */
function picture(state: SimState): unknown {
  const replication = Object.values(state.topics).map((t) => t.replication.map((r) => ({
    leader: r.leader, isr: r.isr, leaderEpoch: r.leaderEpoch,
    followers: Object.values(r.followers).map((f) => f && [f.broker, f.log.logEndOffset, f.log.highWatermark]),
  })));
  return { state: snapshot(state), replication, brokers: state.brokers.map((b) => [b.id, b.status]) };
}

/** Replaying the commands from the start gives exactly the state shown at the cursor. */
function replayed(timeline: Timeline): SimState {
  let state = timeline.initial;
  for (let i = 0; i < timeline.cursor; i++) state = applyCommand(state, timeline.commands.at(i)).state;
  return state;
}

function tickN(timeline: Timeline, mark: ClockMark | undefined, n: number) {
  let t = timeline;
  let m = mark;
  for (let i = 0; i < n; i++) {
    const outcome = clockTick(t, m);
    if (!outcome.ok) throw new Error(outcome.error.message);
    t = outcome.timeline;
    m = outcome.mark;
  }
  return { timeline: t, mark: m };
}

const start = () => appendAll(createTimeline({ seed: 3, kafkaVersion: 'classic' }), REPLICATED).timeline;

describe('the model clock (Play at the end of the sandbox)', () => {
  it('acks=all: clock ticks bring the followers up, the high watermark to the record and the acknowledgement (replica.fetch.wait.max.ms rounds)', () => {
    const produced = append(start(), { type: 'produce', producer: 'p', topic: 'r', value: 'v' });
    if (!produced.ok) throw new Error('produce refused');
    const events = [];
    let timeline = produced.timeline;
    let mark: ClockMark | undefined;
    for (let i = 0; i < 3; i++) {
      const outcome = clockTick(timeline, mark);
      if (!outcome.ok) throw new Error(outcome.error.message);
      events.push(...outcome.timeline.events);
      ({ timeline, mark } = outcome);
    }
    expect(events.filter((e) => e.type === 'highWatermarkAdvanced' && e.to === 1).length).toBeGreaterThan(0);
    expect(events.some((e) => e.type === 'produceAcknowledged' && e.acks === 'all')).toBe(true);
    expect(timeline.state.time).toBe(3 * CLOCK_TICK_MS);
  });

  it('a crashed leader is fenced after broker.session.timeout.ms and a new leader elected, each in its own step', () => {
    const r = start();
    const leader = r.state.topics.r!.replication[0]!.leader!;
    const crashed = append(r, { type: 'crashBroker', broker: leader });
    if (!crashed.ok) throw new Error('crash refused');
    const { timeline } = tickN(crashed.timeline, undefined, 12);
    expect(timeline.state.brokers.find((b) => b.id === leader)?.status).toBe('fenced');
    expect(timeline.state.topics.r!.replication[0]!.leader).not.toBe(leader);
    // The step that fenced it is a step of its own: seek there and find the election's events.
    const steps = Array.from({ length: timeline.commands.length - crashed.timeline.cursor }, (_, i) => seek(timeline, crashed.timeline.cursor + 1 + i));
    expect(steps.some((s) => s.events.some((e) => e.type === 'brokerFenced') && s.events.some((e) => e.type === 'leaderElected'))).toBe(true);
  });

  it('a long idle run does not grow the timeline: quiet ticks merge into one advanceTime step', () => {
    const before = start();
    const { timeline } = tickN(before, undefined, 200);
    expect(timeline.commands.length).toBe(before.commands.length + 1);
    expect(timeline.commands.at(-1)).toEqual({ type: 'advanceTime', ms: 200 * CLOCK_TICK_MS });
    expect(timeline.state.time).toBe(200 * CLOCK_TICK_MS);
    expect(onlyTimePassed(timeline.events)).toBe(true);
  });

  it('an hour of idle clock is a handful of steps: only the log.retention.check.interval.ms checks (every 5 min) get steps of their own', () => {
    const before = start();
    const { timeline } = tickN(before, undefined, 3600);
    const added = timeline.commands.slice(before.commands.length);
    expect(added.length).toBeLessThanOrEqual(1 + 2 * 12);
    expect(added.every((c) => c.type === 'advanceTime')).toBe(true);
    expect(added.reduce((sum, c) => sum + (c.type === 'advanceTime' ? c.ms : 0), 0)).toBe(3600 * CLOCK_TICK_MS);
  });

  it('step back from a merged step lands exactly on the state before the idle stretch; forward gives what was shown', () => {
    const before = start();
    const { timeline } = tickN(before, undefined, 40);
    expect(picture(seek(timeline, timeline.cursor - 1).state)).toEqual(picture(before.state));
    expect(picture(seek(seek(timeline, timeline.cursor - 1), timeline.cursor).state)).toEqual(picture(timeline.state));
  });

  it('a tick is never merged into a step the clock did not append (a +1 s press stays its own step)', () => {
    const pressed = append(start(), { type: 'advanceTime', ms: 1000 });
    if (!pressed.ok) throw new Error('refused');
    const { timeline } = tickN(pressed.timeline, undefined, 3);
    expect(timeline.commands.at(pressed.timeline.cursor - 1)).toEqual({ type: 'advanceTime', ms: 1000 });
    expect(timeline.commands.length).toBe(pressed.timeline.commands.length + 1);
  });

  it('a merged step on a snapshot boundary keeps the snapshot equal to the replay', () => {
    // Records to a single-copy topic: nothing to replicate, so every tick after them is quiet.
    let timeline = tickN(appendAll(start(), [{ type: 'createTopic', topic: 's', partitions: 1 }]).timeline, undefined, 0).timeline;
    while ((timeline.cursor + 1) % SNAPSHOT_EVERY !== 0) {
      const outcome = append(timeline, { type: 'produce', producer: 'p', topic: 's', value: 'x' });
      if (!outcome.ok) throw new Error('refused');
      timeline = outcome.timeline;
    }
    const ticked = tickN(timeline, undefined, 60).timeline;
    expect(ticked.commands.length).toBe(SNAPSHOT_EVERY);
    const boundary = ticked.snapshots.at(1);
    expect(boundary && picture(boundary)).toEqual(picture(replayed(seek(ticked, SNAPSHOT_EVERY))));
  });

  it('property: whatever mix of actions and ticks, the state shown is the replay of the timeline\'s commands', () => {
    const action = fc.oneof(
      fc.constant({ kind: 'tick' as const }),
      fc.constant({ kind: 'tick' as const }),
      fc.constant({ kind: 'tick' as const }),
      fc.constant({ kind: 'command' as const, command: { type: 'produce', producer: 'p', topic: 'r', value: 'v' } }),
      fc.integer({ min: 1, max: 3 }).map((broker) => ({ kind: 'command' as const, command: { type: 'crashBroker', broker } })),
      fc.integer({ min: 1, max: 3 }).map((broker) => ({ kind: 'command' as const, command: { type: 'startBroker', broker } })),
    );
    fc.assert(fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
      let timeline = start();
      let mark: ClockMark | undefined;
      for (const a of actions) {
        if (a.kind === 'tick') {
          const outcome = clockTick(timeline, mark);
          if (outcome.ok) ({ timeline, mark } = outcome);
        } else {
          const outcome = append(timeline, a.command);
          if (outcome.ok) timeline = outcome.timeline;
        }
      }
      expect(picture(timeline.state)).toEqual(picture(replayed(timeline)));
      expect(picture(seek(seek(timeline, 0), timeline.cursor).state)).toEqual(picture(timeline.state));
    }), { numRuns: 40 });
  });
});

describe('the store runs the clock only where it is on', () => {
  it('sandbox: Play at the end runs the clock; Pause stops it; Reset goes to the starting scene', () => {
    const store = createSimStore({ seed: 3, kafkaVersion: 'classic', commands: REPLICATED, clock: true, home: () => 2 });
    expect(store.getState().home).toBe(2);
    store.getState().play();
    expect(store.getState().playing).toBe(true);
    store.getState().tick();
    store.getState().tick();
    expect(store.getState().timeline.state.time).toBe(2 * CLOCK_TICK_MS);
    store.getState().pause();
    expect(store.getState().playing).toBe(false);
    store.getState().reset();
    expect(store.getState().timeline.cursor).toBe(2);
  });

  it('a replay started in the past stops at the end; the clock runs only when Play is pressed at the end', () => {
    const store = createSimStore({ seed: 3, kafkaVersion: 'classic', commands: REPLICATED, clock: true });
    store.getState().seek(REPLICATED.length - 1);
    store.getState().play();
    store.getState().tick();
    store.getState().tick();
    expect(store.getState()).toMatchObject({ playing: false, timeline: { cursor: REPLICATED.length } });
    expect(store.getState().timeline.commands.length).toBe(REPLICATED.length);
  });

  it('a lesson (no clock) keeps today\'s rule: Play at the end does nothing', () => {
    const store = createSimStore({ seed: 3, kafkaVersion: 'classic', commands: REPLICATED });
    store.getState().play();
    expect(store.getState().playing).toBe(false);
  });
});

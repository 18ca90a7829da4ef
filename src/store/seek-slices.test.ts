import { runCommands, type Command } from '../engine/index.ts';
import { snapshot } from '../engine/test-support/snapshot.ts';
import { EMPTY_LAG_SERIES, followLag, lagWindow } from './lag-series.ts';
import { SEEK_SLICE_MS, type SeekScheduler } from './seek-slices.ts';
import { createSimStore } from './sim-store.ts';
import { appendAll, createTimeline, HEAVY_STEP_EVENTS, seek, seekCost } from './timeline.ts';

// Issue 22: a seek that needs a long replay runs in slices and never freezes the page. Time is a
// counter that moves `msPerCheck` each time the replay asks for it (once per command replayed),
// and the slices run when the test says: no timers, no wall clock.

function manualScheduler(msPerCheck: number) {
  let time = 0;
  const queue: (() => void)[] = [];
  const scheduler: SeekScheduler = {
    now: () => (time += msPerCheck),
    later(task) {
      queue.push(task);
      return () => {
        const i = queue.indexOf(task);
        if (i >= 0) queue.splice(i, 1);
      };
    },
  };
  return { scheduler, queue, runNext: () => queue.shift()?.() };
}

const options = { seed: 3, kafkaVersion: 'classic' } as const;
const commands: Command[] = [
  { type: 'createTopic', topic: 'orders', partitions: 3 },
  { type: 'addProducer', producer: 'p' },
  { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['orders'], autoOffsetReset: 'earliest' },
];
for (let i = 0; i < 360; i++) commands.push(i % 6 === 5 ? { type: 'poll', consumer: 'c', maxRecords: 3 } : { type: 'produce', producer: 'p', topic: 'orders', key: `k${i % 11}`, value: `v${i}` });

/** The state at `step` replayed from the start, and the lag window a fresh series computes there. */
function truth(step: number) {
  const timeline = seek(appendAll(createTimeline(options), commands).timeline, step);
  return { state: snapshot(runCommands(commands.slice(0, step), options)), lag: lagWindow(followLag(EMPTY_LAG_SERIES, timeline), timeline) };
}

describe('a long seek runs in slices', () => {
  const far = 190; // from the end (363): 62 commands from the snapshot at 128, and the lag window's 126 from 64

  it('gives the page back between slices, the timeline staying where it was, and lands on exactly the state replayed from the start', () => {
    const { scheduler, queue, runNext } = manualScheduler(1);
    const store = createSimStore({ ...options, commands, scheduler });
    const before = store.getState().timeline;
    store.getState().seek(far);
    let progress = store.getState().seeking!;
    expect(progress).toMatchObject({ from: commands.length, to: far });
    expect(progress.done).toBeGreaterThan(0);
    expect(progress.done).toBeLessThan(progress.total);
    let slices = 1;
    while (store.getState().seeking) {
      // Between slices: the timeline is untouched and the store takes other actions.
      expect(store.getState().timeline).toBe(before);
      store.getState().setSpeed(2);
      expect(queue).toHaveLength(1);
      runNext();
      slices++;
      const next = store.getState().seeking;
      if (next) expect(next.done).toBeGreaterThan(progress.done);
      if (next) progress = next;
    }
    // Each slice replays about SEEK_SLICE_MS commands here (one ms per command).
    expect(slices).toBeGreaterThanOrEqual(Math.floor(progress.total / SEEK_SLICE_MS));
    const { timeline, lagSeries } = store.getState();
    expect(timeline.cursor).toBe(far);
    expect(snapshot(timeline.state)).toEqual(truth(far).state);
    expect(lagWindow(lagSeries, timeline)).toEqual(truth(far).lag);
  });

  it('Cancel leaves the timeline and lag chart at the cursor they had; the slice queued does nothing', () => {
    const { scheduler, queue, runNext } = manualScheduler(1);
    const store = createSimStore({ ...options, commands, scheduler });
    const { timeline, lagSeries } = store.getState();
    store.getState().seek(far);
    runNext();
    expect(store.getState().seeking).toBeDefined();
    store.getState().cancelSeek();
    expect(store.getState().seeking).toBeUndefined();
    expect(queue).toHaveLength(0);
    expect(store.getState().timeline).toBe(timeline);
    expect(store.getState().lagSeries).toBe(lagSeries);
  });

  it('another step while one runs replaces it; playing waits for it to land', () => {
    const { scheduler, runNext } = manualScheduler(1);
    const store = createSimStore({ ...options, commands, scheduler });
    store.getState().seek(far);
    store.getState().play();
    store.getState().tick();
    expect(store.getState().timeline.cursor).toBe(commands.length);
    store.getState().seek(far + 64);
    expect(store.getState().seeking?.to).toBe(far + 64);
    while (store.getState().seeking) runNext();
    expect(store.getState().timeline.cursor).toBe(far + 64);
    expect(snapshot(store.getState().timeline.state)).toEqual(truth(far + 64).state);
  });

  it('a step back that needs a long replay is sliced too and stays exact', () => {
    const { scheduler, runNext } = manualScheduler(1);
    const store = createSimStore({ ...options, commands, scheduler, startAt: 320 });
    store.getState().stepBack();
    expect(store.getState().seeking?.to).toBe(319);
    while (store.getState().seeking) runNext();
    expect(store.getState().timeline.cursor).toBe(319);
    expect(snapshot(store.getState().timeline.state)).toEqual(truth(319).state);
    expect(lagWindow(store.getState().lagSeries, store.getState().timeline)).toEqual(truth(319).lag);
  });

  it('a short seek lands at once: no progress, nothing queued', () => {
    const { scheduler, queue } = manualScheduler(1);
    const store = createSimStore({ ...options, commands, scheduler, startAt: 200 });
    store.getState().stepForward();
    store.getState().seek(202);
    expect(store.getState().seeking).toBeUndefined();
    expect(queue).toHaveLength(0);
    expect(store.getState().timeline.cursor).toBe(202);
    expect(snapshot(store.getState().timeline.state)).toEqual(truth(202).state);
  });

  it('a second visit to where a sliced seek landed is instant', () => {
    const { scheduler, queue, runNext } = manualScheduler(1);
    const store = createSimStore({ ...options, commands, scheduler });
    store.getState().seek(far);
    while (store.getState().seeking) runNext();
    const landed = store.getState().timeline.state;
    store.getState().seek(10);
    while (store.getState().seeking) runNext();
    store.getState().seek(far);
    expect(store.getState().seeking).toBeUndefined();
    expect(queue).toHaveLength(0);
    expect(store.getState().timeline.state).toBe(landed);
  });
});

describe('a heavy step is kept', () => {
  // acks=all records that min.insync.replicas=2 can never accept on one broker: each retries, narrated.
  const heavyCommands: Command[] = [
    { type: 'createTopic', topic: 't', partitions: 1, minInsyncReplicas: 2 },
    { type: 'addProducer', producer: 'p', enableIdempotence: false },
  ];
  for (let i = 0; i < 500; i++) heavyCommands.push({ type: 'produce', producer: 'p', topic: 't', value: 'v' });
  heavyCommands.push({ type: 'advanceTime', ms: 60_000 }, { type: 'advanceTime', ms: 1 });
  const heavy = heavyCommands.length - 1;

  it('stepping onto it a second time replays nothing: the very same state', () => {
    const store = createSimStore({ seed: 1, kafkaVersion: 'classic', commands: heavyCommands, startAt: 0 });
    expect(seekCost(store.getState().timeline, heavy)).toBe(heavy % 64);
    store.getState().seek(heavy);
    expect(store.getState().timeline.events.length).toBeGreaterThanOrEqual(HEAVY_STEP_EVENTS);
    const first = store.getState().timeline.state;
    store.getState().seek(0);
    expect(seekCost(store.getState().timeline, heavy)).toBe(0);
    store.getState().seek(heavy);
    expect(store.getState().timeline.state).toBe(first);
  });
});

import { groupLag, type Command } from '../engine/index.ts';
import { LAG_WINDOW, lagWindow } from './lag-series.ts';
import { createSimStore } from './sim-store.ts';
import { appendAll, createTimeline, seek, SNAPSHOT_EVERY } from './timeline.ts';

const setup: Command[] = [
  { type: 'createTopic', topic: 't', partitions: 1 },
  { type: 'addProducer', producer: 'p' },
  { type: 'addConsumer', consumer: 'c', group: 'g', topics: ['t'], autoOffsetReset: 'earliest', enableAutoCommit: false },
  { type: 'poll', consumer: 'c' },
  { type: 'commit', consumer: 'c' },
];
const produce = (n: number): Command[] => Array.from({ length: n }, (_, i): Command => ({ type: 'produce', producer: 'p', topic: 't', value: `${i}` }));
const sawtooth: Command[] = [...setup, ...produce(8), { type: 'poll', consumer: 'c' }, { type: 'commit', consumer: 'c' }, ...produce(8)];

function windowOf(store: ReturnType<typeof createSimStore>) {
  const { lagSeries, timeline } = store.getState();
  return lagWindow(lagSeries, timeline).map((p) => [p.step, p.lag['g'] ?? 0]);
}

describe('lag series, one point per step', () => {
  it('draws a sawtooth: 8 after eight records, still 8 after the poll, 0 after the commit, 8 again', () => {
    const store = createSimStore({ seed: 1, kafkaVersion: 'classic' });
    for (const c of sawtooth) expect(store.getState().dispatch(c)).toBeUndefined();
    const points = windowOf(store);
    // Step 5 is the first commit (at offset 0); steps 6..13 produce, 14 polls, 15 commits, 16..23 produce.
    expect(points.map(([step]) => step)).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(points.slice(5).map(([, lag]) => lag)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('gives the same points whether played step by step, loaded at once, or jumped to', () => {
    const played = createSimStore({ seed: 1, kafkaVersion: 'classic', commands: sawtooth, startAt: 0 });
    for (let i = 0; i < sawtooth.length; i++) played.getState().stepForward();
    const loaded = createSimStore({ seed: 1, kafkaVersion: 'classic', commands: sawtooth });
    const jumped = createSimStore({ seed: 1, kafkaVersion: 'classic', commands: sawtooth, startAt: 3 });
    jumped.getState().seek(sawtooth.length);
    expect(windowOf(played)).toEqual(windowOf(loaded));
    expect(windowOf(jumped)).toEqual(windowOf(loaded));
  });

  it('is exact after stepping back and after acting in the past', () => {
    const store = createSimStore({ seed: 1, kafkaVersion: 'classic', commands: sawtooth });
    store.getState().seek(15);
    expect(windowOf(store).at(-1)).toEqual([15, 0]);
    expect(windowOf(store)).toHaveLength(16);
    store.getState().stepBack();
    expect(windowOf(store).at(-1)).toEqual([14, 8]);
    // Acting at step 14 replaces the commit and everything after it.
    store.getState().dispatch({ type: 'produce', producer: 'p', topic: 't', value: 'x' });
    expect(windowOf(store).slice(-2)).toEqual([[14, 8], [15, 9]]);
  });

  const long: Command[] = [...setup, ...produce(700)];

  it('keeps at most the window up to the cursor, each point the true lag of its step', () => {
    const { timeline } = appendAll(createTimeline({ seed: 1, kafkaVersion: 'classic' }), long);
    const store = createSimStore({ seed: 1, kafkaVersion: 'classic', commands: long });
    const points = lagWindow(store.getState().lagSeries, store.getState().timeline);
    expect(points).toHaveLength(LAG_WINDOW);
    expect(points.at(-1)!.step).toBe(long.length);
    for (const p of points.filter((_, i) => i % 17 === 0)) expect(p.lag['g']).toBe(groupLag(seek(timeline, p.step).state, 'g'));
    // Back past the cached points and forward again: still the true lag, never more than twice the window held.
    store.getState().seek(SNAPSHOT_EVERY * 3 + 7);
    const back = lagWindow(store.getState().lagSeries, store.getState().timeline);
    expect(back.at(-1)!.step).toBe(SNAPSHOT_EVERY * 3 + 7);
    expect(back.at(-1)!.lag['g']).toBe(groupLag(seek(timeline, SNAPSHOT_EVERY * 3 + 7).state, 'g'));
    for (let i = 0; i < 300; i++) store.getState().stepForward();
    expect(store.getState().lagSeries.points.length).toBeLessThanOrEqual(2 * LAG_WINDOW);
    expect(lagWindow(store.getState().lagSeries, store.getState().timeline).at(-1)!.lag['g']).toBe(groupLag(store.getState().timeline.state, 'g'));
  });

  it('stays bounded in a live run whose old history is forgotten, numbering steps from the start', () => {
    let i = 0;
    const store = createSimStore({ seed: 1, kafkaVersion: 'classic', commands: setup, maxHistory: 200, feed: () => ({ type: 'produce', producer: 'p', topic: 't', value: `${i++}` }) });
    store.getState().play();
    for (let n = 0; n < 1_000; n++) store.getState().tick();
    const { lagSeries, timeline } = store.getState();
    expect(timeline.dropped).toBeGreaterThan(0);
    expect(lagSeries.points.length).toBeLessThanOrEqual(2 * LAG_WINDOW);
    const points = lagWindow(lagSeries, timeline);
    expect(points.at(-1)).toMatchObject({ step: setup.length + 1_000, lag: { g: 1_000 } });
    expect(points).toHaveLength(LAG_WINDOW);
  });
});

// The timeline store: jumping to random steps of a 100,000-command timeline (median and p95),
// against the goal of one frame (16 ms) median and 50 ms p95.
import { CLASSIC_PROFILE, type Command } from '../src/engine/index.ts';
import { heavyCommand, heavySetup } from '../src/lessons/scenarios/heavy.ts';
import { appendAll, createTimeline, seek } from '../src/store/timeline.ts';

const STEPS = Number(process.env.BENCH_TIMELINE_STEPS ?? 100_000);
const JUMPS = 2_000;

const setup = heavySetup();
const commands: Command[] = [...setup];
for (let i = setup.length; i < STEPS; i++) commands.push(heavyCommand(i));
const buildStart = performance.now();
// The heavy scene's own profile, as the page runs it (src/app/boot.ts): its producers use the
// 2.3-era DefaultPartitioner, which the newest profile refuses.
const { timeline, error } = appendAll(createTimeline({ seed: 1, kafkaVersion: CLASSIC_PROFILE }), commands);
if (error) throw new Error(error.message);
const buildMs = performance.now() - buildStart;

// A seeded LCG for the jump targets, so runs compare.
let seed = 12345;
const nextTarget = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % (STEPS + 1));
const times: number[] = [];
let current = timeline;
for (let i = 0; i < JUMPS; i++) {
  const target = nextTarget();
  const start = performance.now();
  current = seek(current, target);
  times.push(performance.now() - start);
}
const sorted = times.sort((a, b) => a - b);
const at = (p: number) => sorted[Math.floor((sorted.length - 1) * p)]!;
console.log(`store: a ${STEPS.toLocaleString('en')}-command timeline (heavy scenario), built in ${buildMs.toFixed(0)} ms; ${JUMPS} jumps to random steps`);
console.log(`  jump median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms  (goal: median < 16 ms, p95 < 50 ms)`);

// A live run (the heavy scenario's endless traffic, history bounded to 2,000 steps): the heap
// after GC should stop growing once retention deletes as fast as producers write.
{
  const { heavyFeed } = await import('../src/lessons/scenarios/heavy.ts');
  const { createSimStore } = await import('../src/store/sim-store.ts');
  const gc = (globalThis as { gc?: () => void }).gc;
  const store = createSimStore({ seed: 1, kafkaVersion: CLASSIC_PROFILE, commands: heavySetup(), feed: heavyFeed, maxHistory: 2_000 });
  store.getState().play();
  const rows: string[] = [];
  for (let round = 1; round <= 6; round++) {
    for (let i = 0; i < 10_000; i++) store.getState().tick();
    gc?.();
    gc?.();
    rows.push(`${((process.memoryUsage().heapUsed) / 1e6).toFixed(1)} MB`);
  }
  const t = store.getState().timeline;
  // A refused feed command stops live play: a run that did not go on would measure nothing.
  if (t.dropped + t.cursor < 60_000) throw new Error(`the live run stopped after ${t.dropped + t.cursor} steps: ${store.getState().lastError?.message ?? 'no error recorded'}`);
  console.log(`store: live run of ${(t.dropped + t.cursor).toLocaleString('en')} steps with a 2,000-step history; heap after GC every 10,000 steps: ${rows.join(', ')}`);
}

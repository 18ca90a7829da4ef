// The most expensive scenario file the limits allow (built from SIM_LIMITS by
// src/lessons/scenarios/worst-case.ts): how long loading it takes, as the page's Load button does
// it: read and check the file (parseScenario without replay), replay it into a timeline in slices
// (replayScenario), and hand that to the store. Goal: under 2 s on this machine for the slowest one.
import { MAX_COMMANDS, parseScenario, serializeScenario } from '../src/lessons/scenario-file.ts';
import { replayScenario } from '../src/lessons/scenario-replay.ts';
import { worstCases } from '../src/lessons/scenarios/worst-case.ts';
import { createSimStore } from '../src/store/sim-store.ts';

const GOAL_MS = 2_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const only = process.env['BENCH_WORST'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
let slowest = { name: '', ms: 0, bytes: 0, commands: 0 };
for (const { name, scenario, refused } of worstCases()) {
  if (only && !name.includes(only)) continue;
  const text = serializeScenario(scenario);
  const bytes = new TextEncoder().encode(text).length;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const parsed = parseScenario(text, { replay: false });
    if (!parsed.ok) throw new Error(`${name}: refused: ${JSON.stringify(parsed.problems[0])}`);
    const replayed = await replayScenario(parsed.scenario);
    // A file the limits refuse part-way must be refused, and at once: the time is to the refusal.
    if (replayed.ok === Boolean(refused)) throw new Error(`${name}: ${refused ? 'accepted, should be refused' : `refused: ${JSON.stringify(replayed)}`}`);
    if (replayed.ok) createSimStore().getState().loadTimeline(replayed.timeline);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  // The first run includes the JIT warming up, as a page's first load does.
  console.log(`  ${name}: ${scenario.commands.length.toLocaleString('en-US')} commands, ${(bytes / 1024).toFixed(0)} KB${refused ? ', refused' : ''}: median ${ms.toFixed(0)} ms, first run ${times[0]!.toFixed(0)} ms`);
  if (ms > slowest.ms) slowest = { name, ms, bytes, commands: scenario.commands.length };
}
console.log(`worst accepted scenario file (limits: ${MAX_COMMANDS.toLocaleString('en-US')} commands): ${slowest.name}: load + replay ${slowest.ms.toFixed(0)} ms (goal < ${GOAL_MS} ms) ${slowest.ms < GOAL_MS ? 'OK' : 'OVER'}`);

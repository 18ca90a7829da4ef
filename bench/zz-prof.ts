import { applyCommand, createSimulation, type Command } from '/work/wt/core/src/engine/index.ts';
import { timeline } from '/work/wt/core/bench/workload.ts';
const replicated = process.env.REPL === '1';
const commands: Command[] = timeline(300_000, replicated);
for (let r = 0; r < 2; r++) {
  let state = createSimulation({ seed: 1 });
  for (const c of commands) state = applyCommand(state, c).state;
}

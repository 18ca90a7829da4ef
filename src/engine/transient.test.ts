import fc from 'fast-check';
import { applyCommand, createSimulation, replayCommands, runCommands } from './apply.ts';
import type { Command } from './commands.ts';
import type { SimEvent } from './events.ts';
import type { SimState } from './types.ts';
import type { ProfileName } from './versions/profiles.ts';
import { plain, scenarios } from './test-support/random-commands.ts';
import { withCopiesOnly } from './transient.ts';

// The transient core (transient.ts) against the straightforward path: applyCommand one command at
// a time with no transient anywhere (withCopiesOnly) copies what each step changes and hands out
// every state, so it is the oracle. For random command sequences of every command type, faults included, runCommands and the
// timeline's replays (replayCommands, from the start or from a state handed out earlier) give the
// same states and events, and no state handed out ever changes afterwards.

interface Step { command: Command; state: SimState; events: SimEvent[]; picture: unknown }

/**
 * The oracle: one applyCommand per step with no transient anywhere (withCopiesOnly: every step
 * copies what it changes), every state pictured when handed out; refused commands dropped.
 */
function oracle(commands: readonly Command[], seed: number, kafkaVersion: ProfileName): { initial: SimState; steps: Step[] } {
  return withCopiesOnly(() => copyingSteps(commands, seed, kafkaVersion));
}

function copyingSteps(commands: readonly Command[], seed: number, kafkaVersion: ProfileName): { initial: SimState; steps: Step[] } {
  const initial = createSimulation({ seed, kafkaVersion });
  const steps: Step[] = [];
  let state = initial;
  for (const command of commands) {
    const result = applyCommand(state, command);
    if (result.error) continue;
    state = result.state;
    steps.push({ command, state, events: result.events, picture: plain(state) });
  }
  return { initial, steps };
}

describe('transient core agrees with the copy-per-step path', () => {
  it('runCommands reaches the state that applyCommand step by step reaches', () => {
    fc.assert(fc.property(scenarios, ({ commands, seed, kafkaVersion }) => {
      const { initial, steps } = oracle(commands, seed, kafkaVersion);
      expect(plain(runCommands(commands, { seed, kafkaVersion }))).toEqual(plain(steps.at(-1)?.state ?? initial));
      // No state handed out changed afterwards, the replays' included.
      steps.forEach((step) => expect(plain(step.state)).toEqual(step.picture));
    }), { numRuns: 40 });
  }, 120_000);

  it('applyCommand, whose steps may grow what they copied in place, gives every state and event the copying steps give', () => {
    fc.assert(fc.property(scenarios, ({ commands, seed, kafkaVersion }) => {
      const { steps } = oracle(commands, seed, kafkaVersion);
      let state = createSimulation({ seed, kafkaVersion });
      let i = 0;
      for (const command of commands) {
        const result = applyCommand(state, command);
        if (result.error) continue;
        const expected = steps[i++]!;
        expect(plain(result.state)).toEqual(expected.picture);
        expect(result.events).toEqual(expected.events);
        state = result.state;
      }
      expect(i).toBe(steps.length);
      steps.forEach((step) => expect(plain(step.state)).toEqual(step.picture));
    }), { numRuns: 40 });
  }, 120_000);

  it('a replay from any state handed out gives every step\'s state and events, and leaves that state as it was', () => {
    fc.assert(fc.property(scenarios, fc.nat(), fc.nat(), ({ commands, seed, kafkaVersion }, a, b) => {
      const { initial, steps } = oracle(commands, seed, kafkaVersion);
      if (steps.length === 0) return;
      const log = steps.map((s) => s.command);
      const from = a % steps.length;
      const to = from + 1 + (b % (steps.length - from));
      const start = from === 0 ? initial : steps[from - 1]!.state;
      const startPicture = plain(start);
      const last = replayCommands(start, log, from, to);
      expect(plain(last.state)).toEqual(steps[to - 1]!.picture);
      expect(last.events).toEqual(steps[to - 1]!.events);
      const all = replayCommands(start, log, from, to, true);
      expect(plain(all.state)).toEqual(steps[to - 1]!.picture);
      expect(all.events).toEqual(steps.slice(from, to).flatMap((s) => s.events));
      // Replaying on from a state a replay returned (the store's next seek) changes neither.
      if (to < steps.length) {
        const more = replayCommands(last.state, log, to, steps.length);
        expect(plain(more.state)).toEqual(steps.at(-1)!.picture);
        expect(plain(last.state)).toEqual(steps[to - 1]!.picture);
      }
      expect(plain(start)).toEqual(startPicture);
      steps.forEach((step) => expect(plain(step.state)).toEqual(step.picture));
    }), { numRuns: 40 });
  }, 120_000);
});

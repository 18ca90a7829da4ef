import { applyCommand, createSimulation, type ApplyResult } from '../apply.ts';
import type { Command } from '../commands.ts';
import type { SimEvent } from '../events.ts';
import type { SimState } from '../types.ts';

/** Applies commands, failing the test on the first refused one; returns the state and every event. */
export function run(commands: readonly Command[], start: SimState = createSimulation({ seed: 7, kafkaVersion: 'classic' })): { state: SimState; events: SimEvent[] } {
  let state = start;
  const events: SimEvent[] = [];
  for (const command of commands) {
    const result: ApplyResult = applyCommand(state, command);
    if (result.error) throw new Error(`${command.type} refused: ${result.error.message}`);
    state = result.state;
    events.push(...result.events);
  }
  return { state, events };
}

export function eventsOf<T extends SimEvent['type']>(events: readonly SimEvent[], type: T): Extract<SimEvent, { type: T }>[] {
  return events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type);
}

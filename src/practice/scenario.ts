import { applyCommand, CLASSIC_PROFILE, createSimulation, type Command, type SimEvent, type SimState } from '../engine/index.ts';

/**
 * The exercises were written for the simulator's rules from before versions (records sent at once,
 * linger.ms 0): they run under the classic profile, in the generator and on the page alike.
 */
export const PRACTICE_PROFILE = CLASSIC_PROFILE;

/**
 * Builds a scenario command by command through the engine, so the generator can read the state
 * part-way (which broker leads before the fault) and knows at once when the engine refuses a
 * command (the draft is then dropped: an exercise replays with no refused command).
 */
export class Scenario {
  readonly commands: Command[] = [];
  state: SimState;
  /** Every event, and the events of the last command. */
  readonly events: SimEvent[] = [];
  lastEvents: SimEvent[] = [];
  refused = false;
  /** Commands shown before the question is asked; the rest is what the question is about. */
  setupLength = 0;

  constructor(seed: number) {
    this.state = createSimulation({ seed, kafkaVersion: PRACTICE_PROFILE });
  }

  run(...commands: Command[]): this {
    for (const command of commands) {
      if (this.refused) return this;
      const result = applyCommand(this.state, command);
      if (result.error) {
        this.refused = true;
        return this;
      }
      this.commands.push(command);
      this.state = result.state;
      this.lastEvents = result.events;
      this.events.push(...result.events);
    }
    return this;
  }

  /** The question is about what follows. */
  mark(): this {
    this.setupLength = this.commands.length;
    return this;
  }

  /** Brokers 2..n next to the broker 1 every simulation starts with. */
  brokers(count: number): this {
    for (let id = 2; id <= count; id++) this.run({ type: 'addBroker', broker: id });
    return this;
  }
}

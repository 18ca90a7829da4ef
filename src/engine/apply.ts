import type { Command } from './commands.ts';
import { KAFKA_DEFAULTS } from './defaults.ts';
import type { SimError } from './errors.ts';
import type { SimEvent } from './events.ts';
import { addConsumer, commit, crashConsumer, poll, removeConsumer } from './handlers/consumers.ts';
import { type Events, type HandlerResult, isError } from './handlers/context.ts';
import { alterTopicConfig, resetOffsets } from './handlers/admin.ts';
import { addBroker, crashBroker, isolateBroker, reconnectBroker, startBroker, stopBroker } from './handlers/brokers.ts';
import { addProducer, flush, loseNextAck, produce, removeProducer } from './handlers/producers.ts';
import { pauseOrResume, restartConsumer, seek, seekTo } from './handlers/seek.ts';
import { advanceTime } from './handlers/time.ts';
import { abortTransaction, beginTransaction, commitTransaction, initTransactions, sendOffsetsToTransaction } from './handlers/transactions.ts';
import { adminAbortTransaction, lateProduce } from './handlers/late-writes.ts';
import { alterPartitions, configureBroker, createTopic } from './handlers/topics.ts';
import { seedToState } from './rng.ts';
import type { SimState } from './types.ts';
import { validateCommand } from './validate.ts';
import { checkLimits } from './limits.ts';
import { transiently } from './transient.ts';
import { withEventsUnread } from './unread-events.ts';
import { NEWEST_KAFKA_VERSION, type ProfileName } from './versions/profiles.ts';

export interface SimulationOptions {
  seed?: number;
  /** The Kafka version to model (newest when absent); 'classic' replays files made before versions existed. */
  kafkaVersion?: ProfileName;
  /** log.retention.check.interval.ms; Kafka's default is 5 minutes. */
  retentionCheckIntervalMs?: number;
}

export interface ApplyResult {
  state: SimState;
  events: SimEvent[];
  error?: SimError;
}

export function createSimulation(options: SimulationOptions = {}): SimState {
  const seed = options.seed ?? 1;
  const interval = options.retentionCheckIntervalMs ?? KAFKA_DEFAULTS.retentionCheckIntervalMs;
  return {
    seed,
    kafkaVersion: options.kafkaVersion ?? NEWEST_KAFKA_VERSION,
    rngState: seedToState(seed),
    time: 0,
    broker: { retentionCheckIntervalMs: interval, maxRequestSize: KAFKA_DEFAULTS.maxRequestSize },
    nextRetentionCheckAt: interval,
    // A cluster of one broker, id 1, until addBroker adds more.
    brokers: [{ id: 1, status: 'online' }],
    nextProducerId: 0,
    topics: {},
    producers: {},
    consumers: {},
    groups: {},
    offsetsTopic: undefined,
    transactions: undefined,
  };
}

function dispatch(state: SimState, command: Command, events: Events): HandlerResult {
  switch (command.type) {
    case 'createTopic': return createTopic(state, command, events);
    case 'alterPartitions': return alterPartitions(state, command, events);
    case 'configureBroker': return configureBroker(state, command, events);
    case 'addProducer': return addProducer(state, command, events);
    case 'removeProducer': return removeProducer(state, command, events);
    case 'produce': return produce(state, command, events);
    case 'addConsumer': return addConsumer(state, command, events);
    case 'poll': return poll(state, command, events);
    case 'commit': return commit(state, command, events);
    case 'removeConsumer': return removeConsumer(state, command, events);
    case 'crashConsumer': return crashConsumer(state, command, events);
    // One transient (transient.ts) for the whole advance: its fetch rounds, drains and acks may change
    // in place what the advance itself copied, and only its final state is handed out.
    case 'advanceTime': return transiently(() => advanceTime(state, command, events));
    case 'seek': return seek(state, command, events);
    case 'seekToBeginning': case 'seekToEnd': return seekTo(state, command, events);
    case 'pause': case 'resume': return pauseOrResume(state, command, events);
    case 'restartConsumer': return restartConsumer(state, command, events);
    case 'addBroker': return addBroker(state, command, events);
    case 'stopBroker': return stopBroker(state, command, events);
    case 'crashBroker': return crashBroker(state, command, events);
    case 'startBroker': return startBroker(state, command, events);
    case 'isolateBroker': return isolateBroker(state, command, events);
    case 'reconnectBroker': return reconnectBroker(state, command, events);
    case 'loseNextAck': return loseNextAck(state, command, events);
    case 'flush': return flush(state, command, events);
    case 'resetOffsets': return resetOffsets(state, command, events); case 'alterTopicConfig': return alterTopicConfig(state, command, events);
    case 'initTransactions': return initTransactions(state, command, events);
    case 'beginTransaction': return beginTransaction(state, command, events);
    case 'sendOffsetsToTransaction': return sendOffsetsToTransaction(state, command, events);
    case 'commitTransaction': return commitTransaction(state, command, events);
    case 'abortTransaction': return abortTransaction(state, command, events);
    case 'lateProduce': return lateProduce(state, command, events);
    case 'adminAbortTransaction': return adminAbortTransaction(state, command, events);
    default: {
      const never: never = command;
      throw new Error(`unhandled command ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Applies one command. A refused command returns the very same state object, no events, and an
 * error saying why; `command` may be any JSON, since it is checked before use.
 */
export function applyCommand(state: SimState, command: unknown): ApplyResult {
  const events: Events = [];
  const result = checkedDispatch(state, command, events);
  if (isError(result)) return { state, events: [], error: result };
  return { state: result, events };
}

/** An untrusted command checked (its shape, then the limits it can touch) and, if it passes, applied. */
function checkedDispatch(state: SimState, command: unknown, events: Events): HandlerResult {
  return validateCommand(command) ?? checkLimits(state, command as Command) ?? dispatch(state, command as Command, events);
}

/**
 * Applies a command that was already accepted by applyCommand from this same state: a timeline
 * replaying its own log (seek, step back, the lag chart). Untrusted input is checked once, where it
 * enters (applyCommand); checking it again on every replay would pay for it per seek. Since the
 * engine is deterministic, the same command from the same state passes the same checks.
 */
export function replayCommand(state: SimState, command: Command): ApplyResult {
  const events: Events = [];
  const result = dispatch(state, command, events);
  if (isError(result)) return { state, events: [], error: result };
  return { state: result, events };
}

/** Applies commands in order from a fresh simulation; refused commands change nothing and are skipped. */
export function runCommands(commands: readonly unknown[], options: SimulationOptions = {}): SimState {
  // One transient for the whole replay (transient.ts): only the final state is handed out.
  // Nobody reads the replayed commands' events either (unread-events.ts).
  return transiently(() => withEventsUnread(() => {
    let state = createSimulation(options);
    // applyCommand's steps without its result objects: one events array, emptied after each command.
    const events: Events = [];
    for (const command of commands) {
      const result = checkedDispatch(state, command, events);
      if (!isError(result)) state = result;
      events.length = 0;
    }
    return state;
  }));
}

/**
 * Replays commands [from, to) of a timeline's own log from `state` (see replayCommand) as one
 * transient: the state it starts from is never changed; only the returned state is handed out,
 * with the events of the last command (or of all of them, given `allEvents`).
 */
export function replayCommands(state: SimState, commands: { at(index: number): Command | undefined }, from: number, to: number, allEvents = false): { state: SimState; events: SimEvent[] } {
  const { state: last, events } = replayCommandsUntil(state, commands, from, to, () => false, allEvents);
  return { state: last, events };
}

/**
 * replayCommands that stops early when `stop()` says so, after at least one command: a long seek
 * replays in slices and gives the page back between them. `next` is the first command not replayed.
 * `stop` is the caller's (a time budget in the store); the engine reads no clock itself.
 */
export function replayCommandsUntil(state: SimState, commands: { at(index: number): Command | undefined }, from: number, to: number, stop: () => boolean, allEvents = false): { state: SimState; events: SimEvent[]; next: number } {
  return transiently(() => {
    let current = state;
    let events: SimEvent[] = [];
    let i = from;
    while (i < to) {
      const result = replayCommand(current, commands.at(i)!);
      current = result.state;
      i++;
      // A loop, not push(...): one step can narrate tens of thousands of events.
      if (allEvents) for (const e of result.events) events.push(e);
      else events = result.events;
      if (stop()) break;
    }
    return { state: current, events, next: i };
  });
}

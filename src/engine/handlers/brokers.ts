import type { AddBrokerCommand, BrokerCommand } from '../commands.ts';
import { KAFKA_DEFAULTS, SIM_LIMITS } from '../defaults.ts';
import { simError, type SimError } from '../errors.ts';
import { failOver } from '../producer/requests.ts';
import { electLeaderlessPartitions, removeBrokerFromPartitions } from '../replication/controller.ts';
import { settleSkippedRounds } from '../replication/settle.ts';
import type { BrokerState, BrokerStatus, SimState } from '../types.ts';
import type { Events, HandlerResult } from './context.ts';

// Brokers join, stop cleanly, crash, come back, and can be cut off from the others. The controller
// (KRaft) reacts: a clean stop moves leadership at once (controlled shutdown); a crash is noticed
// only when the broker's session times out (broker.session.timeout.ms) and it is fenced.

function unknownBroker(id: number): SimError {
  // BrokerIdNotRegisteredException
  return simError('BROKER_NOT_REGISTERED', `Broker ID ${id} is not currently registered`, { broker: id });
}

function withStatus(state: SimState, id: number, status: BrokerStatus, crashedAt?: number): SimState {
  const brokers = state.brokers.map((b): BrokerState => {
    if (b.id !== id) return b;
    return crashedAt === undefined ? { id, status } : { id, status, crashedAt };
  });
  return { ...state, brokers };
}

function find(state: SimState, id: number): BrokerState | SimError {
  return state.brokers.find((b) => b.id === id) ?? unknownBroker(id);
}

function isBrokerError(value: BrokerState | SimError): value is SimError {
  return 'code' in value;
}

function notRunning(broker: BrokerState): SimError {
  return simError('BROKER_NOT_RUNNING', `Broker ${broker.id} is not running (it is ${broker.status})`, { broker: broker.id, status: broker.status });
}

export function addBroker(state: SimState, command: AddBrokerCommand, events: Events): HandlerResult {
  if (state.brokers.some((b) => b.id === command.broker)) {
    // DuplicateBrokerRegistrationException
    return simError('DUPLICATE_BROKER_REGISTRATION', `Another broker is registered with broker ID ${command.broker}.`, { broker: command.broker });
  }
  if (state.brokers.length >= SIM_LIMITS.maxBrokers) {
    return simError('TOO_MANY_BROKERS', `This simulator draws at most ${SIM_LIMITS.maxBrokers} brokers`, { max: SIM_LIMITS.maxBrokers });
  }
  events.push({ type: 'brokerAdded', at: state.time, broker: command.broker });
  const brokers = [...state.brokers, { id: command.broker, status: 'online' as const }].sort((a, b) => a.id - b.id);
  return { ...state, brokers };
}

/** Controlled shutdown: leadership and ISR membership move away first, then the process stops. */
export function stopBroker(state: SimState, command: BrokerCommand, events: Events): HandlerResult {
  const broker = find(state, command.broker);
  if (isBrokerError(broker)) return broker;
  if (broker.status !== 'online' && broker.status !== 'isolated') return notRunning(broker);
  events.push({ type: 'brokerStopped', at: state.time, broker: broker.id });
  let next = withStatus(settleSkippedRounds(state), broker.id, 'stopped');
  next = removeBrokerFromPartitions(next, broker.id, 'controlled-shutdown', events);
  return failOver(next, broker.id, 'NETWORK_EXCEPTION', events);
}

/** The process dies. Clients see their connections drop; the controller notices after broker.session.timeout.ms. */
export function crashBroker(state: SimState, command: BrokerCommand, events: Events): HandlerResult {
  const broker = find(state, command.broker);
  if (isBrokerError(broker)) return broker;
  if (broker.status !== 'online' && broker.status !== 'isolated') return notRunning(broker);
  events.push({ type: 'brokerCrashed', at: state.time, broker: broker.id, sessionTimeoutMs: KAFKA_DEFAULTS.brokerSessionTimeoutMs });
  const next = withStatus(settleSkippedRounds(state), broker.id, 'crashed', state.time);
  return failOver(next, broker.id, 'NETWORK_EXCEPTION', events);
}

/** The controller's session for a crashed broker expired (BrokerHeartbeatManager): fence it and move what it led. */
export function fenceBroker(state: SimState, id: number, events: Events): SimState {
  events.push({ type: 'brokerFenced', at: state.time, broker: id });
  const next = withStatus(state, id, 'fenced');
  return removeBrokerFromPartitions(next, id, 'fenced', events);
}

/**
 * The broker starts again with its logs as it left them: it registers, is unfenced, may lead
 * partitions that had no leader, and its replicas catch up as followers (truncating first where
 * their log diverged from the leader's).
 */
export function startBroker(state: SimState, command: BrokerCommand, events: Events): HandlerResult {
  const broker = find(state, command.broker);
  if (isBrokerError(broker)) return broker;
  if (broker.status === 'online' || broker.status === 'isolated') {
    return simError('BROKER_ALREADY_RUNNING', `Broker ${broker.id} is already running`, { broker: broker.id });
  }
  // A crashed broker the controller has not fenced yet re-registers: its old session ends first.
  const uncleanShutdown = broker.status !== 'stopped';
  let next = broker.status === 'crashed' ? fenceBroker(state, broker.id, events) : state;
  events.push({ type: 'brokerStarted', at: state.time, broker: broker.id });
  next = withStatus(next, broker.id, 'online');
  next = resetFollowerStates(next, broker.id);
  return electLeaderlessPartitions(next, broker.id, events, uncleanShutdown);
}

/** A restarted follower checks its log against the leader again before fetching. */
function resetFollowerStates(state: SimState, broker: number): SimState {
  let topics = state.topics;
  for (const topic of Object.values(state.topics)) {
    let replication = topic.replication;
    topic.replication.forEach((r, p) => {
      const follower = r.followers[broker];
      if (!follower) return;
      const { validatedEpoch: _v, fetchOffset: _f, ...rest } = follower;
      void _v; void _f;
      if (replication === topic.replication) replication = replication.slice();
      (replication as typeof topic.replication[number][])[p] = { ...r, followers: { ...r.followers, [broker]: rest } };
    });
    if (replication !== topic.replication) topics = { ...topics, [topic.name]: { ...topic, replication } };
  }
  return topics === state.topics ? state : { ...state, topics };
}

/** Cut off from the other brokers (replication stops both ways); it still answers clients and the controller. */
export function isolateBroker(state: SimState, command: BrokerCommand, events: Events): HandlerResult {
  const broker = find(state, command.broker);
  if (isBrokerError(broker)) return broker;
  if (broker.status === 'isolated') return simError('BROKER_ALREADY_ISOLATED', `Broker ${broker.id} is already cut off`, { broker: broker.id });
  if (broker.status !== 'online') return notRunning(broker);
  events.push({ type: 'brokerIsolated', at: state.time, broker: broker.id });
  return withStatus(settleSkippedRounds(state), broker.id, 'isolated');
}

export function reconnectBroker(state: SimState, command: BrokerCommand, events: Events): HandlerResult {
  const broker = find(state, command.broker);
  if (isBrokerError(broker)) return broker;
  if (broker.status !== 'isolated') return simError('BROKER_NOT_ISOLATED', `Broker ${broker.id} is not cut off (it is ${broker.status})`, { broker: broker.id, status: broker.status });
  events.push({ type: 'brokerReconnected', at: state.time, broker: broker.id });
  return withStatus(state, broker.id, 'online');
}

import type { SimError } from '../errors.ts';
import type { SimEvent } from '../events.ts';
import type { ConsumerState, GroupState, SimState, TopicState } from '../types.ts';

/** A handler returns the next state (having pushed its events) or an error that discards everything. */
export type HandlerResult = SimState | SimError;

export function isError<T extends object>(result: T | SimError): result is SimError {
  return 'code' in result && 'message' in result;
}

export type Events = SimEvent[];

export function withTopic(state: SimState, topic: TopicState): SimState {
  return { ...state, topics: { ...state.topics, [topic.name]: topic } };
}

export function withConsumer(state: SimState, consumer: ConsumerState): SimState {
  return { ...state, consumers: { ...state.consumers, [consumer.id]: consumer } };
}

export function withGroup(state: SimState, group: GroupState): SimState {
  return { ...state, groups: { ...state.groups, [group.id]: group } };
}

export function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

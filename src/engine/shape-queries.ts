import type { AssignorName, SimState } from './types.ts';

// What code outside the engine reads of the state's shape: topic and group names, partition
// counts, members, assignors and subscriptions. Reading through these keeps the views, the store,
// the console and the lessons working whatever the core does inside a call.
//
// Lists are stable: the same state part gives the same array (a name list is cached per topics or
// groups object, which a published state never changes), so a selector may return them directly.
// Never call them on a state the engine is still building inside a call.

const EMPTY: readonly string[] = Object.freeze([]);
const namesOf = new WeakMap<object, readonly string[]>();

function keysOf(map: object): readonly string[] {
  let names = namesOf.get(map);
  if (!names) namesOf.set(map, (names = Object.freeze(Object.keys(map))));
  return names;
}

/** Topic names, in the order the topics were created. */
export function topicNames(state: SimState): readonly string[] {
  return keysOf(state.topics);
}

/** The number of partitions of a topic; 0 for a topic that does not exist. */
export function partitionCount(state: SimState, topic: string): number {
  return Object.hasOwn(state.topics, topic) ? state.topics[topic]!.partitions.length : 0;
}

/** Consumer group ids, in the order the groups were first joined. */
export function groupIds(state: SimState): readonly string[] {
  return keysOf(state.groups);
}

/** The group's member consumer names, in join order (crashed members stay until their session expires). */
export function groupMembers(state: SimState, group: string): readonly string[] {
  return Object.hasOwn(state.groups, group) ? state.groups[group]!.members : EMPTY;
}

/** The group's partition.assignment.strategy, or undefined for a group that does not exist. */
export function groupAssignor(state: SimState, group: string): AssignorName | undefined {
  return Object.hasOwn(state.groups, group) ? state.groups[group]!.assignor : undefined;
}

/** The topics a consumer subscribed to (KafkaConsumer.subscription()); empty for an unknown consumer. */
export function subscription(state: SimState, consumer: string): readonly string[] {
  return Object.hasOwn(state.consumers, consumer) ? state.consumers[consumer]!.topics : EMPTY;
}

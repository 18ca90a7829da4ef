import { type Draft, isOwned, own } from '../transient.ts';
import { topicWith, type FollowerReplica, type PartitionLog, type PartitionReplication, type SimState, type TopicState, withTopicsAndProducers } from '../types.ts';

// Small helpers that replace one partition's leader log and/or replication state, copying only
// the topic and the arrays that change.

/**
 * The state with one partition's leader log and/or replication replaced: each object on the path
 * copied once, or, in a transient (transient.ts), changed in place where the running transient made it.
 */
export function withPartition(state: SimState, topicName: string, partition: number, log: PartitionLog | undefined, replication: PartitionReplication | undefined): SimState {
  const topics = topicsWithPartition(state.topics, topicName, partition, log, replication);
  if (topics === state.topics) return state;
  if (!isOwned(state)) return own(withTopicsAndProducers(state, topics, state.producers, state.rngState));
  (state as Draft<SimState>).topics = topics;
  return state;
}

/**
 * The topics map with one partition's leader log and/or replication replaced, the same way as
 * withPartition: the produce path's publish builds its root with the producer's change in it.
 */
export function topicsWithPartition(topics: SimState['topics'], topicName: string, partition: number, log: PartitionLog | undefined, replication: PartitionReplication | undefined): SimState['topics'] {
  const topic = topics[topicName]!;
  let partitions = topic.partitions;
  let replicationList = topic.replication;
  let changed = false;
  if (log && log !== partitions[partition]) {
    partitions = isOwned(partitions) ? partitions : own(partitions.slice());
    (partitions as PartitionLog[])[partition] = log;
    changed = true;
  }
  if (replication && replication !== replicationList[partition]) {
    replicationList = isOwned(replicationList) ? replicationList : own(replicationList.slice());
    (replicationList as PartitionReplication[])[partition] = replication;
    changed = true;
  }
  if (!changed) return topics;
  let next = topic;
  if (isOwned(topic)) {
    (topic as Draft<TopicState>).partitions = partitions;
    (topic as Draft<TopicState>).replication = replicationList;
  } else next = own(topicWith(topic, partitions, replicationList));
  if (topics[topicName] === next) return topics;
  // Copied and set rather than spread with a computed key: fetch rounds run this per follower.
  const draft: Record<string, TopicState> = isOwned(topics) ? topics as Record<string, TopicState> : own(Object.assign({}, topics));
  draft[topicName] = next;
  return draft;
}

/** The replication with `follower` in its place: copied, or, in a transient, set in place where the transient made both. */
export function withFollower(replication: PartitionReplication, follower: FollowerReplica): PartitionReplication {
  if (isOwned(replication) && isOwned(replication.followers)) {
    (replication.followers as Record<number, FollowerReplica>)[follower.broker] = follower;
    return replication;
  }
  // A spread, not Object.assign: followers are keyed by broker id, and V8 copies integer keys
  // several times faster this way.
  return own({ ...replication, followers: own({ ...replication.followers, [follower.broker]: follower }) });
}

export function freshFollower(broker: number, log: PartitionLog, now: number): FollowerReplica {
  return { broker, log, lastFetchAt: now, lastFetchLeaderLogEndOffset: 0, lastCaughtUpAt: now };
}

/** Every replica's log of a partition, by broker id. */
export function replicaLogs(topic: TopicState, partition: number): Map<number, PartitionLog> {
  const replication = topic.replication[partition]!;
  const logs = new Map<number, PartitionLog>();
  logs.set(replication.logBroker, topic.partitions[partition]!);
  for (const follower of Object.values(replication.followers)) logs.set(follower.broker, follower.log);
  return logs;
}

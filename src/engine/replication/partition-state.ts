import { topicWith, type FollowerReplica, type PartitionLog, type PartitionReplication, type SimState, type TopicState, withTopicsAndProducers } from '../types.ts';

// Small helpers that replace one partition's leader log and/or replication state, copying only
// the topic and the arrays that change.

export function withPartition(state: SimState, topicName: string, partition: number, log: PartitionLog | undefined, replication: PartitionReplication | undefined): SimState {
  const topic = state.topics[topicName]!;
  let partitions = topic.partitions;
  let replicationList = topic.replication;
  if (log && log !== partitions[partition]) {
    partitions = partitions.slice();
    (partitions as PartitionLog[])[partition] = log;
  }
  if (replication && replication !== replicationList[partition]) {
    replicationList = replicationList.slice();
    (replicationList as PartitionReplication[])[partition] = replication;
  }
  if (partitions === topic.partitions && replicationList === topic.replication) return state;
  // Copied and set rather than spread with a computed key: fetch rounds run this per follower.
  const topics: Record<string, TopicState> = Object.assign({}, state.topics);
  topics[topicName] = topicWith(topic, partitions, replicationList);
  return withTopicsAndProducers(state, topics, state.producers, state.rngState);
}

export function withFollower(replication: PartitionReplication, follower: FollowerReplica): PartitionReplication {
  // A spread, not Object.assign: followers are keyed by broker id, and V8 copies integer keys
  // several times faster this way.
  return { ...replication, followers: { ...replication.followers, [follower.broker]: follower } };
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

import type { Events } from '../handlers/context.ts';
import { completeAcks } from '../producer/requests.ts';
import { type SimState, tpKey } from '../types.ts';
import { withPartition } from './partition-state.ts';
import { highWatermarkHeld } from '../versions/rules.ts';

/**
 * Partition.maybeIncrementLeaderHW: the high watermark is the smallest log end offset among the
 * in-sync replicas, as the leader last saw each in a fetch. A follower the leader has not heard
 * from since it became leader holds it back. It never moves down. Acknowledges acks=all requests
 * it passes, at once or, given `deferred`, when the caller settles the partitions collected there.
 */
export function maybeAdvanceHighWatermark(state: SimState, topicName: string, partition: number, events: Events, deferred?: Set<string>): SimState {
  const topic = state.topics[topicName]!;
  const replication = topic.replication[partition]!;
  const log = topic.partitions[partition]!;
  if (replication.leader === undefined) return state;
  if (highWatermarkHeld(state, topic, replication.isr.length)) return state;
  let highWatermark = log.logEndOffset;
  for (const broker of replication.isr) {
    if (broker === replication.leader) continue;
    const known = replication.followers[broker]?.fetchOffset;
    if (known === undefined) return state;
    highWatermark = Math.min(highWatermark, known);
  }
  if (highWatermark <= log.highWatermark) return state;
  events.push({ type: 'highWatermarkAdvanced', at: state.time, topic: topicName, partition, broker: replication.leader, from: log.highWatermark, to: highWatermark });
  const next = withPartition(state, topicName, partition, { ...log, highWatermark }, undefined);
  // A fetch round answers its acknowledgements together, after all its fetches.
  if (deferred) {
    deferred.add(tpKey(topicName, partition));
    return next;
  }
  return completeAcks(next, new Set([tpKey(topicName, partition)]), events);
}

import { JavaHashMap, topicPartitionHash } from '../java-hash.ts';
import type { TopicPartition } from '../types.ts';
import { tpKey } from './common.ts';

interface ConsumerPair {
  readonly src: string;
  readonly dst: string;
}

const pairKey = (pair: ConsumerPair): string => JSON.stringify([pair.src, pair.dst]);

function newPartitionSet(): JavaHashMap<TopicPartition, true> {
  return new JavaHashMap<TopicPartition, true>(tpKey, (tp) => topicPartitionHash(tp.topic, tp.partition));
}

/**
 * AbstractStickyAssignor.PartitionMovements: records, per topic, which partitions moved from which
 * member to which, so that a move can be undone by moving a partition back instead of shuffling a new
 * one. The per-pair partition sets are HashSets and Kafka takes `iterator().next()` from them, so they
 * are kept in Java HashSet order.
 */
export class PartitionMovements {
  private readonly movements = new Map<string, ConsumerPair>();
  private readonly byTopic = new Map<string, Map<string, JavaHashMap<TopicPartition, true>>>();

  private removeMovementRecordOfPartition(tp: TopicPartition): ConsumerPair {
    const pair = this.movements.get(tpKey(tp))!;
    this.movements.delete(tpKey(tp));
    const forTopic = this.byTopic.get(tp.topic)!;
    const partitions = forTopic.get(pairKey(pair))!;
    partitions.delete(tp);
    if (partitions.size === 0) forTopic.delete(pairKey(pair));
    if (forTopic.size === 0) this.byTopic.delete(tp.topic);
    return pair;
  }

  private addPartitionMovementRecord(tp: TopicPartition, pair: ConsumerPair): void {
    this.movements.set(tpKey(tp), pair);
    const forTopic = this.byTopic.get(tp.topic) ?? new Map<string, JavaHashMap<TopicPartition, true>>();
    this.byTopic.set(tp.topic, forTopic);
    const partitions = forTopic.get(pairKey(pair)) ?? newPartitionSet();
    forTopic.set(pairKey(pair), partitions);
    partitions.set(tp, true);
  }

  movePartition(tp: TopicPartition, oldConsumer: string, newConsumer: string): void {
    if (this.movements.has(tpKey(tp))) {
      // The partition moved before: collapse the chain, or drop it when it goes back home.
      const existing = this.removeMovementRecordOfPartition(tp);
      if (existing.src !== newConsumer) this.addPartitionMovementRecord(tp, { src: existing.src, dst: newConsumer });
    } else {
      this.addPartitionMovementRecord(tp, { src: oldConsumer, dst: newConsumer });
    }
  }

  /** getTheActualPartitionToBeMoved: prefer reversing an earlier move of the same topic. */
  partitionToMove(tp: TopicPartition, oldConsumer: string, newConsumer: string): TopicPartition {
    const forTopic = this.byTopic.get(tp.topic);
    if (!forTopic) return tp;
    const origin = this.movements.get(tpKey(tp))?.src ?? oldConsumer;
    const reverse = forTopic.get(pairKey({ src: newConsumer, dst: origin }));
    return reverse?.firstKey() ?? tp;
  }
}

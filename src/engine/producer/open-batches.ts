import type { OpenBatch, ProduceRequest, ProducerState } from '../types.ts';

// Reading a producer's open batches (ProducerState.accumulator) without the accumulator's logic:
// queries and timers use these, and they import nothing but types.

/** Every record held in the producer's open batches, oldest batch first. */
export function heldRecords(producer: ProducerState): ProduceRequest[] {
  const out: ProduceRequest[] = [];
  for (const batch of producer.accumulator ?? []) for (const r of batch.records) out.push(r);
  return out;
}

/** How many records the producer's open batches hold. */
export function heldCount(producer: ProducerState): number {
  let n = 0;
  for (const batch of producer.accumulator ?? []) n += batch.records.length;
  return n;
}

/** The earliest moment a producer's open batch is due (linger.ms after its first record), if any. */
export function nextBatchDue(producer: ProducerState): number | undefined {
  let first: number | undefined;
  for (const batch of producer.accumulator ?? []) if (first === undefined || batch.sendAt < first) first = batch.sendAt;
  return first;
}

/** The producer's oldest open batch, if any. */
export function oldestBatch(producer: ProducerState | undefined): OpenBatch | undefined {
  return producer?.accumulator?.[0];
}

/** Where the producer's open batch for a partition is in its accumulator, or -1. */
export function openBatchIndex(accumulator: readonly OpenBatch[] | undefined, topic: string, partition: number): number {
  if (accumulator === undefined) return -1;
  for (let i = 0; i < accumulator.length; i++) {
    const batch = accumulator[i]!;
    if (batch.partition === partition && batch.topic === topic) return i;
  }
  return -1;
}

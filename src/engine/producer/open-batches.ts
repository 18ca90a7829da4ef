import type { OpenBatch, ProduceRequest, ProducerState } from '../types.ts';

// Reading a producer's open batches (ProducerState.accumulator) without the accumulator's logic:
// queries and timers use these, and they import nothing but types.

/** Every record held in the producer's open batches, oldest batch first. */
export function heldRecords(producer: ProducerState): ProduceRequest[] {
  const out: ProduceRequest[] = [];
  for (const batch of Object.values(producer.accumulator ?? {})) for (const r of batch.records) out.push(r);
  return out;
}

/** How many records the producer's open batches hold. */
export function heldCount(producer: ProducerState): number {
  let n = 0;
  for (const batch of Object.values(producer.accumulator ?? {})) n += batch.records.length;
  return n;
}

/** The earliest moment a producer's open batch is due (linger.ms after its first record), if any. */
export function nextBatchDue(producer: ProducerState): number | undefined {
  let first: number | undefined;
  for (const batch of Object.values(producer.accumulator ?? {})) if (first === undefined || batch.sendAt < first) first = batch.sendAt;
  return first;
}

/** The producer's oldest open batch (the first in insertion order), if any. */
export function oldestBatch(producer: ProducerState | undefined): OpenBatch | undefined {
  for (const batch of Object.values(producer?.accumulator ?? {})) return batch;
  return undefined;
}

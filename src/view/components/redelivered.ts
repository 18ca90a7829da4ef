import { fetchedRecords, type SimEvent } from '../../engine/index.ts';

// What a consumer's poll() in this step handed it again (the group had received it before), as
// "orders-0 3–4, orders-1 7": a comparable string, so a member re-renders only when it changes.

/** Consecutive offsets as ranges: [3, 4, 7] → "3–4, 7". */
export function offsetRanges(offsets: readonly number[]): string {
  const sorted = [...offsets].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i]!;
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i]! + 1) i++;
    out.push(sorted[i] === from ? `${from}` : `${from}–${sorted[i]!}`);
  }
  return out.join(', ');
}

/** The step's redelivered records for `consumer`, by partition; '' when there are none. */
export function redeliveredTo(events: readonly SimEvent[], consumer: string): string {
  const byPartition = new Map<string, number[]>();
  for (const e of events) {
    if (e.type !== 'recordsFetched' || e.consumer !== consumer) continue;
    for (const r of fetchedRecords(e)) {
      if (!r.redelivered) continue;
      const tp = `${r.topic}-${r.partition}`;
      byPartition.set(tp, [...(byPartition.get(tp) ?? []), r.offset]);
    }
  }
  return [...byPartition].map(([tp, offsets]) => `${tp} ${offsetRanges(offsets)}`).join(', ');
}

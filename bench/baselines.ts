// The plain mutable loops the engine is measured against: the same appends (on one replica or
// three), high watermark, acknowledgements and offset moves as the bench's workloads, with arrays
// and maps changed in place. What the engine's immutability and bookkeeping cost is the ratio.
import { partitionForKey } from '../src/engine/index.ts';
import { ADVANCE_EVERY, GROUPS, MEMBERS, PARTITIONS, POLL_EVERY, keys, consumerIds } from './workload.ts';

interface BaselineRecord { offset: number; key: string; value: string; timestamp: number; producer: string }

export interface BaselineResult { fetched: number; acked: number }

const owned = (m: number) => [m * 3, m * 3 + 1, m * 3 + 2];

/** Unreplicated: appends on one log per partition; every POLL_EVERY records each consumer reads up to 500 and commits. */
export function unreplicatedBaseline(records: number): BaselineResult {
  const logs: BaselineRecord[][] = Array.from({ length: PARTITIONS }, () => []);
  const positions = consumerIds.map(() => new Map<number, number>());
  const committed = Array.from({ length: GROUPS }, () => new Map<number, number>());
  let fetched = 0;
  for (let i = 0; i < records; i++) {
    const key = keys[i % keys.length]!;
    const p = partitionForKey(key, PARTITIONS);
    const log = logs[p]!;
    log.push({ offset: log.length, key, value: `order #${i}`, timestamp: 0, producer: 'p' });
    if ((i + 1) % POLL_EVERY === 0) {
      consumerIds.forEach((_, c) => {
        const g = Math.floor(c / MEMBERS);
        let budget = 500;
        const out: BaselineRecord[] = [];
        for (const partition of owned(c % MEMBERS)) {
          const from = positions[c]!.get(partition) ?? 0;
          const batch = logs[partition]!.slice(from, from + budget);
          out.push(...batch);
          budget -= batch.length;
          positions[c]!.set(partition, from + batch.length);
        }
        fetched += out.length;
        for (const [partition, offset] of positions[c]!) committed[g]!.set(partition, offset);
      });
    }
  }
  return { fetched, acked: 0 };
}

/** Replicated: the same appends on a leader and two follower copies, a fetch round every ADVANCE_EVERY records moving the high watermark and answering acks. */
export function replicatedBaseline(records: number): BaselineResult {
  const leaders: BaselineRecord[][] = Array.from({ length: PARTITIONS }, () => []);
  const followers: BaselineRecord[][][] = Array.from({ length: 2 }, () => Array.from({ length: PARTITIONS }, () => []));
  const highWatermark = new Array<number>(PARTITIONS).fill(0);
  const pending: { partition: number; offset: number }[] = [];
  const positions = consumerIds.map(() => new Map<number, number>());
  const committed = Array.from({ length: GROUPS }, () => new Map<number, number>());
  let fetched = 0;
  let acked = 0;
  for (let i = 0; i < records; i++) {
    const key = keys[i % keys.length]!;
    const p = partitionForKey(key, PARTITIONS);
    const log = leaders[p]!;
    log.push({ offset: log.length, key, value: `order #${i}`, timestamp: 0, producer: 'p' });
    pending.push({ partition: p, offset: log.length - 1 });
    if ((i + 1) % ADVANCE_EVERY === 0) {
      for (const copies of followers) copies.forEach((copy, part) => { for (let o = copy.length; o < leaders[part]!.length; o++) copy.push(leaders[part]![o]!); });
      for (let part = 0; part < PARTITIONS; part++) highWatermark[part] = Math.min(leaders[part]!.length, ...followers.map((f) => f[part]!.length));
      acked += pending.filter((r) => r.offset < highWatermark[r.partition]!).length;
      pending.length = 0;
    }
    if ((i + 1) % POLL_EVERY === 0) {
      consumerIds.forEach((_, c) => {
        const g = Math.floor(c / MEMBERS);
        let budget = 500;
        for (const partition of owned(c % MEMBERS)) {
          const from = positions[c]!.get(partition) ?? 0;
          const batch = leaders[partition]!.slice(from, Math.min(highWatermark[partition]!, from + budget));
          budget -= batch.length;
          fetched += batch.length;
          positions[c]!.set(partition, from + batch.length);
        }
        for (const [partition, offset] of positions[c]!) committed[g]!.set(partition, offset);
      });
    }
  }
  return { fetched, acked };
}

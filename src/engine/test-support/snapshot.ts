import { records, segments } from '../queries.ts';
import type { SimState } from '../types.ts';

/** A plain-JSON picture of a state, for comparing runs (AppendVec views become arrays). */
export function snapshot(state: SimState): unknown {
  const topics = Object.fromEntries(Object.values(state.topics).map((t) => [t.name, {
    config: t.config,
    partitions: t.partitions.map((log) => ({
      logStartOffset: log.logStartOffset,
      logEndOffset: log.logEndOffset,
      bytes: log.bytes,
      segments: segments(state, t.name, log.partition),
      records: records(state, t.name, log.partition),
    })),
  }]));
  return JSON.parse(JSON.stringify({ ...state, topics }));
}

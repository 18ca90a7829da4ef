import { cleanerView, groupIds, groupMembers, type SimEvent, type SimState } from '../../engine/index.ts';

// Small, comparable summaries of what a step did to one partition, and of the markers on it.
// Each PartitionLog subscribes to these strings instead of the whole state, so a step re-renders
// only the partitions it touched: this is what keeps 16 partitions smooth at top speed.

/** redelivered: the read records the group had received before (FetchedBatch.redeliveredBelow). */
export interface Touches { fresh: number[]; read: number[]; redelivered: number[]; deleted: { from: number; to: number }[] }

export function touchesSignature(events: readonly SimEvent[], topic: string, partition: number): string {
  const fresh: number[] = [];
  const read: number[] = [];
  const redelivered: number[] = [];
  const deleted: { from: number; to: number }[] = [];
  for (const e of events) {
    if (e.type === 'recordProduced' && e.topic === topic && e.partition === partition) fresh.push(e.offset);
    else if (e.type === 'recordsFetched') {
      for (const b of e.batches) {
        if (b.topic !== topic || b.partition !== partition) continue;
        for (const r of b.records) {
          read.push(r.offset);
          if (r.offset < b.redeliveredBelow) redelivered.push(r.offset);
        }
      }
    } else if (e.type === 'segmentsDeleted' && e.topic === topic && e.partition === partition) {
      for (const s of e.segments) deleted.push({ from: s.baseOffset, to: s.endOffset });
    }
  }
  return fresh.length + read.length + deleted.length === 0 ? '' : JSON.stringify({ fresh, read, redelivered, deleted });
}

export function parseTouches(signature: string): Touches {
  return signature === '' ? { fresh: [], read: [], redelivered: [], deleted: [] } : (JSON.parse(signature) as Touches);
}

export interface Markers {
  committed: { group: string; offset: number; lag: number }[];
  positions: { consumer: string; offset: number }[];
}

export function markersSignature(state: SimState, topic: string, partition: number): string {
  const key = `${topic}:${partition}`;
  const end = state.topics[topic]?.partitions[partition]?.logEndOffset ?? 0;
  const committed: Markers['committed'] = [];
  const positions: Markers['positions'] = [];
  for (const group of groupIds(state)) {
    const offset = state.groups[group]!.committed[key];
    if (offset !== undefined) committed.push({ group, offset, lag: Math.max(0, end - offset) });
    for (const member of groupMembers(state, group)) {
      const consumer = state.consumers[member];
      const position = consumer?.positions[key];
      if (position !== undefined && consumer?.assignment.some((tp) => tp.topic === topic && tp.partition === partition)) positions.push({ consumer: member, offset: position });
    }
  }
  return JSON.stringify({ committed, positions });
}

/** The log cleaner's view of a compacted partition as a comparable string ('' for a delete-only topic). */
export function cleanerSignature(state: SimState, topic: string, partition: number): string {
  const view = cleanerView(state, topic, partition);
  return view ? JSON.stringify(view) : '';
}

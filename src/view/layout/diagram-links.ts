import { linkHorizontalPath, linkVerticalPath } from './path.ts';
import { inFlight, logRecordsInRange, topicNames, type PartitionLog, type SimState } from '../../engine/index.ts';

// The diagram's connections as data: which producer writes to which partition, which consumer
// reads which partition, and the SVG path between two measured boxes. Pure (no DOM), so tested
// without a browser; the component measures boxes and only draws what this returns.

/** One connection between two `data-target`s of the diagram. */
export interface DiagramLink { kind: 'write' | 'read'; from: string; to: string }

/** A measured box, in px relative to the diagram. */
export interface Box { x: number; y: number; width: number; height: number }

/** How far back a log is searched for a producer's records: the diagram shows recent writes. */
export const RECENT_RECORDS = 200;

// Logs are immutable and shared between steps: a log searched once is never searched again.
const writersOf = new WeakMap<PartitionLog, readonly string[]>();

function recentWriters(log: PartitionLog): readonly string[] {
  let found = writersOf.get(log);
  if (!found) {
    const from = Math.max(log.logStartOffset, log.logEndOffset - RECENT_RECORDS);
    found = [...new Set(logRecordsInRange(log, from, log.logEndOffset).map((r) => r.producer))];
    writersOf.set(log, found);
  }
  return found;
}

/**
 * Producer → each partition it wrote to among the last {@link RECENT_RECORDS} records of the
 * leader's log, or has a request queued or in flight for; partition → the consumer assigned it
 * (a crashed consumer reads nothing). Targets are `producer:ID`, `partition:T:P`, `consumer:ID`.
 */
export function diagramLinks(state: SimState): DiagramLink[] {
  const links: DiagramLink[] = [];
  const seen = new Set<string>();
  const add = (link: DiagramLink) => {
    const key = `${link.from}>${link.to}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push(link);
  };
  const producers = new Set(Object.keys(state.producers));
  for (const name of [...topicNames(state)].sort()) {
    for (const log of state.topics[name]!.partitions) {
      for (const writer of recentWriters(log)) {
        if (producers.has(writer)) add({ kind: 'write', from: `producer:${writer}`, to: `partition:${name}:${log.partition}` });
      }
    }
  }
  for (const p of Object.values(state.producers)) {
    for (const r of inFlight(state, p.id)) {
      if (state.topics[r.topic]) add({ kind: 'write', from: `producer:${p.id}`, to: `partition:${r.topic}:${r.partition}` });
    }
  }
  for (const c of Object.values(state.consumers)) {
    if (c.status === 'crashed') continue;
    for (const tp of c.assignment) add({ kind: 'read', from: `partition:${tp.topic}:${tp.partition}`, to: `consumer:${c.id}` });
  }
  return links;
}


/**
 * The path from one box to another: a horizontal S-curve from the right edge of `from` to the left
 * edge of `to` when `to` lies to the right (lanes side by side), else a vertical one from the bottom
 * of `from` to the top of `to` (lanes stacked on a phone). ./path.ts writes the `d` string as d3-shape would.
 */
export function linkPath(from: Box, to: Box): string {
  if (to.x >= from.x + from.width - 1) {
    return linkHorizontalPath([from.x + from.width, from.y + from.height / 2], [to.x, to.y + to.height / 2]);
  }
  const down = to.y >= from.y + from.height;
  const start: [number, number] = [from.x + from.width / 2, down ? from.y + from.height : from.y];
  const end: [number, number] = [to.x + Math.min(to.width / 2, 24), down ? to.y : to.y + to.height];
  return linkVerticalPath(start, end);
}

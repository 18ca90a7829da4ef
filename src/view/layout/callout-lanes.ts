import type { BadgeSpec } from './moments.ts';

// Where a step's badges go when the brokers figure is drawn: each into the lane of what it speaks
// about (a copy's row, a partition's head, a broker's card), never on top of the data. The lane
// id is the data-target of that thing. Badges about anything else (a producer, a record in the
// topics view) are left to the floating moment layer.

export interface Lanes { lanes: Map<string, BadgeSpec[]>; rest: BadgeSpec[] }

const LANED = /^(replica|partition|broker):/;

export function calloutLanes(badges: readonly BadgeSpec[]): Lanes {
  const lanes = new Map<string, BadgeSpec[]>();
  const rest: BadgeSpec[] = [];
  // A clean election is told once, on the new leader's row; an unclean one also on the partition.
  const electedRows = new Set(badges.filter((b) => b.kind === 'elected' && b.anchors[0]?.id.startsWith('replica:'))
    .map((b) => b.anchors[0]!.id.split(':').slice(1, 3).join(':')));
  for (const b of badges) {
    const id = b.anchors[0]?.id;
    if (id === undefined || !LANED.test(id)) {
      rest.push(b);
      continue;
    }
    if (b.kind === 'elected' && id.startsWith('partition:') && electedRows.has(id.split(':').slice(1).join(':'))) continue;
    lanes.set(id, [...(lanes.get(id) ?? []), b]);
  }
  return { lanes, rest };
}

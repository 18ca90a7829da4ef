import { type ConsumerState, type TopicPartition, tpKey } from '../types.ts';

// What one member gives up and gets when a rebalance hands it `target`, shared by the instant
// rebalance ('classic' profile) and the join barrier's SyncGroup. Eager members (range, roundrobin,
// sticky) revoke everything and re-read positions; cooperative-sticky (KIP-429) revokes only what
// moves and keeps the positions of what it keeps.

function sameTp(a: TopicPartition, b: TopicPartition): boolean {
  return a.topic === b.topic && a.partition === b.partition;
}

function minus(a: readonly TopicPartition[], b: readonly TopicPartition[]): TopicPartition[] {
  return a.filter((x) => !b.some((y) => sameTp(x, y)));
}

export interface ShareChange { revoked: TopicPartition[]; added: TopicPartition[]; positions: Record<string, number> }

export function shareChange(member: ConsumerState, target: TopicPartition[], cooperative: boolean): ShareChange {
  const revoked = cooperative ? minus(member.assignment, target) : [...member.assignment];
  const added = cooperative ? minus(target, member.assignment) : target;
  const positions: Record<string, number> = {};
  if (cooperative) {
    for (const tp of target) {
      const key = tpKey(tp.topic, tp.partition);
      const kept = member.positions[key];
      if (kept !== undefined && !added.some((a) => sameTp(a, tp))) positions[key] = kept;
    }
  }
  return { revoked, added, positions };
}

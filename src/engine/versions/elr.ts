import type { LeaderAndIsr, PartitionChange } from '../replication/partition-change.ts';

// KIP-966 eligible leader replicas (on by default for new clusters since Kafka 4.1), as KRaft's
// PartitionChangeBuilder keeps them (metadata/.../controller/PartitionChangeBuilder.java, Oct 2024
// trunk): maybePopulateTargetElr (:540), isValidNewLeader (:322), tryElection (:328).
// With ELR the ISR may become empty; replicas that leave it while it is below min ISR keep their
// right to lead (they hold everything up to the high watermark, which stops under min ISR, 3.7+).

const union = (...lists: readonly (readonly number[])[]) => [...new Set(lists.flat())];

/**
 * The ELR after the ISR becomes `isr`: cleared once the ISR reaches min ISR; otherwise the old ELR
 * and old ISR, minus the new ISR and any replica back from an unclean shutdown. LastKnownElr keeps
 * the rest (the ones that lost eligibility), so an operator knows whose log was last complete.
 */
export function populate(previousIsr: readonly number[], isr: readonly number[], elr: readonly number[], lastKnownElr: readonly number[], minIsr: number, uncleanShutdown: number | undefined) {
  if (isr.length >= minIsr) return { elr: [] as number[], lastKnownElr: [] as number[] };
  const candidates = union(elr, previousIsr);
  const nextElr = candidates.filter((r) => !isr.includes(r) && r !== uncleanShutdown);
  const nextLast = union(candidates, lastKnownElr).filter((r) => !isr.includes(r) && !nextElr.includes(r));
  return { elr: nextElr, lastKnownElr: nextLast };
}

export interface ElrOptions { remove?: number; add?: number; unclean: boolean; isActive: (broker: number) => boolean; minIsr: number; uncleanShutdown?: number }

/**
 * partitionChange with ELR on: election order ISR -> ELR (when the ISR is empty) -> with unclean
 * election on, the last known leader (a single LastKnownElr member) or else any live replica.
 */
export function elrPartitionChange(current: LeaderAndIsr, options: ElrOptions): PartitionChange | undefined {
  const { remove, add, minIsr, uncleanShutdown } = options;
  const acceptable = (r: number) => r !== remove && (r === add || options.isActive(r));
  let isr: number[] = current.isr.filter((r) => r !== remove);
  let { elr, lastKnownElr } = populate(current.isr, isr, current.elr ?? [], current.lastKnownElr ?? [], minIsr, uncleanShutdown);
  const valid = (r: number | undefined): r is number => r !== undefined && (isr.includes(r) || (isr.length === 0 && elr.includes(r))) && acceptable(r);
  let leader: number | undefined = valid(current.leader) ? current.leader : current.replicas.find(valid);
  let unclean = false;
  if (leader !== undefined && !isr.includes(leader)) {
    // Elected from the ELR: it becomes the ISR (PartitionChangeBuilder.tryElection).
    isr = [leader];
    elr = elr.filter((r) => r !== leader);
  } else if (leader === undefined && options.unclean) {
    const lastLeader = lastKnownElr.length === 1 && acceptable(lastKnownElr[0]!) ? lastKnownElr[0] : undefined;
    leader = lastLeader ?? current.replicas.find(acceptable);
    if (leader !== undefined) {
      unclean = true;
      isr = [leader];
      elr = [];
      lastKnownElr = [];
    }
  }
  const leaderChanged = leader !== current.leader;
  const removedFromIsr = current.isr.filter((r) => !isr.includes(r));
  const same = (a: readonly number[], b: readonly number[] | undefined) => a.length === (b ?? []).length && a.every((r) => (b ?? []).includes(r));
  if (!leaderChanged && removedFromIsr.length === 0 && isr.length === current.isr.length && same(elr, current.elr) && same(lastKnownElr, current.lastKnownElr)) return undefined;
  const next: LeaderAndIsr = {
    replicas: current.replicas, leaderEpoch: leaderChanged ? current.leaderEpoch + 1 : current.leaderEpoch, isr, elr, lastKnownElr,
    ...(leader === undefined ? {} : { leader }),
  };
  return { next, leaderChanged, unclean, removedFromIsr, ...(leader !== undefined && !unclean && leaderChanged && !current.isr.includes(leader) ? { fromElr: true } : {}) };
}

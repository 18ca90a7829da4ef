// A partition's leader and ISR, and a change to them: the controller (leader-and-isr.ts) and the
// eligible leader replicas (versions/elr.ts) both use these, so they sit apart from either.

export interface LeaderAndIsr {
  replicas: readonly number[];
  leader?: number;
  leaderEpoch: number;
  isr: readonly number[];
  /** KIP-966, profiles with ELR only (versions/elr.ts). */
  elr?: readonly number[];
  lastKnownElr?: readonly number[];
}

export interface PartitionChange {
  next: LeaderAndIsr;
  leaderChanged: boolean;
  unclean: boolean;
  /** ISR members taken out by this change. */
  removedFromIsr: number[];
  /** The new leader came from the eligible leader replicas (KIP-966). */
  fromElr?: boolean;
}

import { inFlight, partitionState, records, type SimEvent, type SimState } from '../engine/index.ts';
import type { Prediction } from './types.ts';

// Answers and choices of the replication predictions (leader, ISR, high watermark, an appended
// offset, what became of a send), read from the engine like every other prediction. Choices hold
// the answer and the wrong answers a student is likely to hold (the old leader, "every replica",
// the leader's log end instead of the high watermark), in an order fixed by value, never by answer.

export type ClusterPrediction = Extract<Prediction, { kind: 'leaderAfter' | 'isrAfter' | 'highWatermarkAfter' | 'producedOffset' | 'sendOutcome' }>;

export const OFFLINE = 'offline';

/** What a send can have come to by the end of a step. */
export const SEND_OUTCOMES = ['acked-kept', 'acked-lost', 'error', 'unanswered'] as const;
/**
 * An acks=0 send: no broker answers, and Sender.handleProduceResponse ("this is the acks = 0 case,
 * just complete all requests") completes it at once with Errors.NONE and offset -1. Offered only
 * when the prediction is about an acks=0 producer (no lesson asks one yet).
 */
export const ACKS_ZERO_OUTCOME = 'completed-unacked';
export type SendOutcome = (typeof SEND_OUTCOMES)[number] | typeof ACKS_ZERO_OUTCOME;

export function isClusterPrediction(p: Prediction): p is ClusterPrediction {
  return p.kind === 'leaderAfter' || p.kind === 'isrAfter' || p.kind === 'highWatermarkAfter' || p.kind === 'producedOffset' || p.kind === 'sendOutcome';
}

export function isrLabel(isr: readonly number[]): string {
  return [...isr].sort((a, b) => a - b).join(',');
}

export function clusterAnswer(p: ClusterPrediction, after: SimState, events: readonly SimEvent[]): string {
  switch (p.kind) {
    case 'leaderAfter': {
      const info = partitionState(after, p.topic, p.partition);
      if (!info) return '?';
      return info.leader === undefined ? OFFLINE : String(info.leader);
    }
    case 'isrAfter': {
      const info = partitionState(after, p.topic, p.partition);
      return info ? isrLabel(info.isr) : '?';
    }
    case 'highWatermarkAfter':
      return String(partitionState(after, p.topic, p.partition)?.highWatermark ?? '?');
    case 'producedOffset': {
      const appended = events.filter((e) => e.type === 'recordProduced' && e.topic === p.topic && e.partition === p.partition).at(-1);
      return appended?.type === 'recordProduced' ? String(appended.offset) : '?';
    }
    case 'sendOutcome':
      return sendOutcome(p, after, events);
    default: {
      const never: never = p;
      return String(never);
    }
  }
}

/**
 * Acknowledged (and whether the leader's log still holds the record at the acknowledged offset),
 * an error instead of an acknowledgement, or nothing yet; an acks=0 send that went out is completed
 * (the engine has no event for that completion: it emits no produceAcknowledged for acks=0).
 */
function sendOutcome(p: Extract<Prediction, { kind: 'sendOutcome' }>, after: SimState, events: readonly SimEvent[]): SendOutcome {
  const appended = events.filter((e): e is Extract<SimEvent, { type: 'recordProduced' }> =>
    e.type === 'recordProduced' && e.producer === p.producer && e.topic === p.topic && e.value === p.value);
  if (after.producers[p.producer]?.acks === 0 && appended.length > 0) return ACKS_ZERO_OUTCOME;
  const acked = events.find((e): e is Extract<SimEvent, { type: 'produceAcknowledged' }> =>
    e.type === 'produceAcknowledged' && e.producer === p.producer && e.topic === p.topic && appended.some((a) => a.partition === e.partition && a.offset === e.offset));
  if (acked) {
    const kept = records(after, p.topic, acked.partition).some((r) => r.offset === acked.offset && r.value === p.value);
    return kept ? 'acked-kept' : 'acked-lost';
  }
  const request = inFlight(after, p.producer).find((r) => r.topic === p.topic && r.value === p.value);
  const errored = events.some((e) => (e.type === 'produceErrored' || e.type === 'produceFailed') && e.producer === p.producer && e.topic === p.topic
    && (request ? e.requestId === request.id : true));
  return errored ? 'error' : 'unanswered';
}

/** Distinct whole numbers >= 0, ascending. */
function ascending(values: Iterable<number>): number[] {
  return [...new Set([...values].filter((v) => Number.isInteger(v) && v >= 0))].sort((a, b) => a - b);
}

/**
 * Offsets a student may hold for a high watermark or a new record's offset: the leader's log end
 * (before and after), every replica's log end, the high watermark before the step, the offset of
 * the last record instead of the next. At least three, and never both neighbours of the answer,
 * so the list is not a run of numbers centred on it.
 */
export function offsetChoices(answer: number, plausible: number[]): string[] {
  const picked = new Set<number>([answer]);
  for (const v of ascending(plausible)) {
    const other = v === answer - 1 ? answer + 1 : v === answer + 1 ? answer - 1 : undefined;
    if (other !== undefined && picked.has(other)) continue;
    picked.add(v);
  }
  for (const extra of [0, answer * 2 + 2, answer + 3]) {
    if (picked.size >= 3) break;
    picked.add(extra);
  }
  return ascending(picked).map(String);
}

/** Every set of replicas that keeps `leader`: the leader alone, with each follower, with all of them. */
function isrCandidates(replicas: number[], leader: number | undefined): string[] {
  const others = replicas.filter((b) => b !== leader);
  const out: string[] = [];
  for (let mask = 0; mask < 1 << others.length; mask++) {
    const set = others.filter((_, i) => mask & (1 << i));
    if (leader !== undefined) set.push(leader);
    if (set.length > 0) out.push(isrLabel(set));
  }
  return out;
}

export function clusterChoices(p: ClusterPrediction, before: SimState, after: SimState, answer: string): string[] {
  switch (p.kind) {
    case 'leaderAfter': {
      // Every replica's broker (the old leader among them) and no leader at all.
      const replicas = [before, after].flatMap((s) => partitionState(s, p.topic, p.partition)?.replicas ?? []);
      const ids = [...new Set([...replicas.map(String), answer])].filter((c) => c !== OFFLINE && c !== '?').sort((a, b) => Number(a) - Number(b));
      return [...ids, OFFLINE];
    }
    case 'isrAfter': {
      const info = partitionState(before, p.topic, p.partition);
      const leader = partitionState(after, p.topic, p.partition)?.leader ?? info?.leader;
      const all = new Set([...isrCandidates(info?.replicas ?? [], leader), answer, ...(info ? [isrLabel(info.isr), isrLabel(info.replicas)] : [])]);
      // Fewer members first, then by id: the order says nothing about which one is right.
      return [...all].filter((c) => c !== '?' && c !== '').sort((a, b) => a.split(',').length - b.split(',').length || a.localeCompare(b));
    }
    case 'highWatermarkAfter':
    case 'producedOffset': {
      const was = partitionState(before, p.topic, p.partition);
      const now = partitionState(after, p.topic, p.partition);
      const ends = [...Object.values(was?.logEndOffsets ?? {}), ...Object.values(now?.logEndOffsets ?? {})];
      const leaderEnd = (info: typeof was) => (info?.leader !== undefined ? info.logEndOffsets[info.leader] : undefined);
      const n = Number(answer);
      const leaderEnds = [leaderEnd(was), leaderEnd(now)].filter((x): x is number => x !== undefined);
      // The last record's offset instead of the next one: for the answer, and for the leader's log end.
      const plausible = [...ends, ...leaderEnds, was?.highWatermark ?? 0, n - 1, ...leaderEnds.map((e) => e - 1)];
      return offsetChoices(n, plausible);
    }
    case 'sendOutcome':
      return before.producers[p.producer]?.acks === 0 ? [...SEND_OUTCOMES, ACKS_ZERO_OUTCOME] : [...SEND_OUTCOMES];
    default: {
      const never: never = p;
      return [String(never)];
    }
  }
}

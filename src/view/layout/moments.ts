import type { SimEvent } from '../../engine/index.ts';
import type { MessageKey } from '../../i18n/catalog.ts';

// Which events of one step fly (records, copies, acknowledgements) and which get a badge of their
// own (a crash, an election with its epoch, a truncation...). Pure: the view resolves the anchors
// to elements by their data-target and draws; tests check the mapping against the engine's events.

/** An element to find by data-target; `within` narrows it to the one inside another. */
export interface Anchor { id: string; within?: string }

/** produce: producer → leader; copy: leader replica → follower replica; ack / ackLost: partition → producer; fetch: leader → consumer. */
export type FlightKind = 'produce' | 'copy' | 'ack' | 'ackLost' | 'fetch';

export interface FlightSpec {
  kind: FlightKind;
  /** Candidates in order: the first found is used; none found, no flight. */
  from: Anchor[];
  to: Anchor[];
  label: string;
  /** 0-based slot in the step's sequence: records land, then followers copy, then acks return. */
  phase: number;
}

export type MomentKind =
  | 'crashed' | 'fenced' | 'stopped' | 'started' | 'isrShrunk' | 'isrExpanded' | 'elected' | 'unclean' | 'offline'
  | 'truncated' | 'retry' | 'duplicate' | 'refused' | 'failed' | 'hw'
  // Static stand-ins for flights when motion is reduced.
  | 'acked' | 'ackLost' | 'copied';

/** danger: data or availability at stake; warn: degraded; info: the system doing its job. */
export type Tone = 'danger' | 'warn' | 'info';

export interface BadgeSpec {
  kind: MomentKind;
  tone: Tone;
  anchors: Anchor[];
  key: MessageKey;
  params: Record<string, string | number>;
}

export const MAX_FLIGHTS = 40;
export const MAX_BADGES = 16;
/** Records drawn per fetched batch: a big poll reads as a stream, not a swarm. */
const FETCH_PER_BATCH = 6;

const RANK: Record<FlightKind, number> = { produce: 0, fetch: 0, copy: 1, ack: 2, ackLost: 2 };

const partition = (topic: string, p: number): Anchor => ({ id: `partition:${topic}:${p}` });
// A copy of a partition: its row in the brokers figure (cluster/ReplicaLogs.tsx).
const replica = (topic: string, p: number, broker: number): Anchor => ({ id: `replica:${topic}:${p}:${broker}` });
const record = (topic: string, p: number, offset: number): Anchor => ({ id: `record:${topic}:${p}:${offset}` });
// A record on one copy: its cell in the brokers figure. Flights start and end on the record itself,
// never on the row's label or the partition's name (a dot would cover the words a student reads).
const cell = (topic: string, p: number, broker: number | undefined, offset: number): Anchor[] =>
  (broker === undefined ? [] : [{ id: `cell:${topic}:${p}:${broker}:${offset}` }]);
export const isCellAnchor = (a: Anchor) => a.id.startsWith('cell:');
const producer = (id: string): Anchor => ({ id: `producer:${id}` });
const broker = (id: number): Anchor => ({ id: `broker:${id}` });

export type LeaderOf = (topic: string, partition: number) => number | undefined;

/**
 * Flights of one step, at most MAX_FLIGHTS, phases numbered from 0 without gaps. A follower's copy
 * needs the brokers drawn (its anchors are replicas inside broker boxes); without them it is skipped,
 * and the high watermark badge on the partition says the copy happened. acks=0 never gets an
 * acknowledgement event from the engine, so no arrow goes back.
 */
export function momentFlights(events: readonly SimEvent[], leaderOf: LeaderOf): FlightSpec[] {
  const out: Omit<FlightSpec, 'phase'>[] = [];
  // The leader as the step goes: an election or a high watermark move within the step says who leads.
  const leaders = new Map<string, number>();
  const lead = (topic: string, p: number) => leaders.get(`${topic}:${p}`) ?? leaderOf(topic, p);
  const push = (f: Omit<FlightSpec, 'phase'>) => { if (out.length < MAX_FLIGHTS) out.push(f); };
  for (const e of events) {
    if (out.length >= MAX_FLIGHTS) break;
    switch (e.type) {
      case 'recordProduced':
        push({ kind: 'produce', from: [producer(e.producer)], to: [...cell(e.topic, e.partition, lead(e.topic, e.partition), e.offset), record(e.topic, e.partition, e.offset), partition(e.topic, e.partition)], label: String(e.offset) });
        break;
      case 'leaderElected':
        leaders.set(`${e.topic}:${e.partition}`, e.leader);
        break;
      case 'highWatermarkAdvanced':
        leaders.set(`${e.topic}:${e.partition}`, e.broker);
        break;
      case 'replicaFetched': {
        const leader = lead(e.topic, e.partition);
        if (e.to > e.from && leader !== undefined && leader !== e.broker) {
          // From the leader's newest copied record to the follower's: the cells, not the rows' middles (the callout lane).
          const last = e.to - 1;
          push({
            kind: 'copy', from: [...cell(e.topic, e.partition, leader, last), replica(e.topic, e.partition, leader)],
            to: [...cell(e.topic, e.partition, e.broker, last), replica(e.topic, e.partition, e.broker)], label: String(e.to - e.from),
          });
        }
        break;
      }
      case 'produceAcknowledged':
      case 'ackLost': {
        const from = e.offset >= 0
          ? [...cell(e.topic, e.partition, lead(e.topic, e.partition), e.offset), record(e.topic, e.partition, e.offset), partition(e.topic, e.partition)]
          : [partition(e.topic, e.partition)];
        push({ kind: e.type === 'ackLost' ? 'ackLost' : 'ack', from, to: [producer(e.producer)], label: e.offset >= 0 ? String(e.offset) : '?' });
        break;
      }
      case 'recordsFetched':
        for (const batch of e.batches) {
          for (const r of batch.records.slice(-FETCH_PER_BATCH)) {
            push({ kind: 'fetch', from: [...cell(batch.topic, batch.partition, lead(batch.topic, batch.partition), r.offset), record(batch.topic, batch.partition, r.offset)], to: [{ id: `consumer:${e.consumer}` }], label: String(r.offset) });
          }
        }
        break;
      default:
        break;
    }
  }
  const ranks = [...new Set(out.map((f) => RANK[f.kind]))].sort((a, b) => a - b);
  return out.map((f) => ({ ...f, phase: ranks.indexOf(RANK[f.kind]) }));
}

/** One badge per (kind, place): a burst of retries of one producer shows the last attempt. */
function badgeFor(e: SimEvent): BadgeSpec | BadgeSpec[] | undefined {
  switch (e.type) {
    case 'brokerCrashed':
      return { kind: 'crashed', tone: 'danger', anchors: [broker(e.broker)], key: 'moment.crashed', params: {} };
    case 'brokerFenced':
      return { kind: 'fenced', tone: 'warn', anchors: [broker(e.broker)], key: 'moment.fenced', params: {} };
    case 'brokerStopped':
      return { kind: 'stopped', tone: 'warn', anchors: [broker(e.broker)], key: 'moment.stopped', params: {} };
    case 'brokerStarted':
      return { kind: 'started', tone: 'info', anchors: [broker(e.broker)], key: 'moment.started', params: {} };
    case 'isrShrunk':
      return { kind: 'isrShrunk', tone: 'warn', anchors: [partition(e.topic, e.partition)], key: 'moment.isrShrunk', params: { isr: e.isr.join(', '), removed: e.removed.join(', ') } };
    case 'isrExpanded':
      return { kind: 'isrExpanded', tone: 'info', anchors: [partition(e.topic, e.partition)], key: 'moment.isrExpanded', params: { isr: e.isr.join(', '), added: e.added } };
    case 'leaderElected': {
      const params = { leader: e.leader, epoch: e.leaderEpoch };
      const kind = e.unclean ? 'unclean' : 'elected';
      const tone = e.unclean ? 'danger' : 'info';
      // On the partition (topics view) and on the new leader's replica (brokers view).
      return [
        { kind, tone, anchors: [partition(e.topic, e.partition)], key: e.unclean ? 'moment.unclean' : 'moment.elected', params },
        { kind, tone, anchors: [replica(e.topic, e.partition, e.leader)], key: 'moment.newLeader', params },
      ];
    }
    case 'partitionOffline':
      return { kind: 'offline', tone: 'danger', anchors: [partition(e.topic, e.partition)], key: 'moment.offline', params: {} };
    case 'logTruncated': {
      const count = e.to - e.from;
      return { kind: 'truncated', tone: 'danger', anchors: [replica(e.topic, e.partition, e.broker), partition(e.topic, e.partition)], key: count === 1 ? 'moment.truncated.one' : 'moment.truncated', params: { count, broker: e.broker } };
    }
    case 'produceRetried':
      return { kind: 'retry', tone: 'warn', anchors: [producer(e.producer)], key: 'moment.retry', params: { attempt: e.attempt } };
    case 'duplicateDropped':
      return { kind: 'duplicate', tone: 'info', anchors: [partition(e.topic, e.partition)], key: 'moment.duplicate', params: { sequence: e.sequence } };
    case 'produceErrored':
      if (e.error !== 'NOT_ENOUGH_REPLICAS' && e.error !== 'NOT_ENOUGH_REPLICAS_AFTER_APPEND') return undefined;
      return { kind: 'refused', tone: 'danger', anchors: [partition(e.topic, e.partition)], key: 'moment.refused', params: { error: e.error } };
    case 'produceFailed':
      return { kind: 'failed', tone: 'danger', anchors: [producer(e.producer)], key: 'moment.failed', params: { error: e.error } };
    case 'highWatermarkAdvanced':
      return { kind: 'hw', tone: 'info', anchors: [partition(e.topic, e.partition)], key: 'moment.hw', params: { offset: e.to } };
    default:
      return undefined;
  }
}

const placeKey = (b: BadgeSpec) => `${b.kind}|${b.anchors.map((a) => `${a.within ?? ''}>${a.id}`).join(',')}`;

function dedupe(badges: BadgeSpec[]): BadgeSpec[] {
  const byPlace = new Map<string, BadgeSpec>();
  for (const b of badges) {
    const key = placeKey(b);
    byPlace.delete(key); // the last one wins and keeps the order it happened in
    byPlace.set(key, b);
  }
  return [...byPlace.values()].slice(-MAX_BADGES);
}

/** Badges of one step's moments, in the order they happened, one per kind and place, at most MAX_BADGES. */
export function momentBadges(events: readonly SimEvent[]): BadgeSpec[] {
  const out: BadgeSpec[] = [];
  for (const e of events) {
    const b = badgeFor(e);
    if (Array.isArray(b)) for (const x of b) out.push(x);
    else if (b) out.push(b);
  }
  return dedupe(out);
}

/**
 * With reduced motion nothing flies: acknowledgements and copies become marks at their destination,
 * the row or the producer (a mark sits beside what it speaks about, never on a record's cell).
 */
export function staticArrivals(flights: readonly FlightSpec[]): BadgeSpec[] {
  const out: BadgeSpec[] = [];
  for (const f of flights) {
    const to = f.to.filter((a) => !isCellAnchor(a));
    if (f.kind === 'ack') out.push({ kind: 'acked', tone: 'info', anchors: to, key: 'moment.acked', params: { offset: f.label } });
    else if (f.kind === 'ackLost') out.push({ kind: 'ackLost', tone: 'warn', anchors: to, key: 'moment.ackLost', params: { offset: f.label } });
    else if (f.kind === 'copy') out.push({ kind: 'copied', tone: 'info', anchors: to, key: 'moment.copied', params: { count: f.label } });
  }
  return dedupe(out);
}

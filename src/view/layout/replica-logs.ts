import { lastStableOffset, partitionState, partitionTransactions, recordTxnStateOf, replicaLogInfos, replicaRecordsWithEpochs, type RecordTxnState, type SimEvent, type SimState } from '../../engine/index.ts';

// The replication figure as data: each partition's copies as rows of log cells, one column per
// offset shared by every copy (offset N of each copy in one column, as in the Kafka documentation's
// replication figures and raftscope), each cell with the leader epoch that wrote it. Long logs keep a
// window around the offsets worth seeing (the high watermark, each copy's log end, what the step
// changed) and label the elided ranges. Pure: tested without a DOM; the component only draws it.

/** A column of the figure: one offset, or a run of offsets left out. */
export type Column = { kind: 'offset'; offset: number } | { kind: 'gap'; from: number; to: number };

export interface ReplicaCell {
  offset: number;
  key?: string;
  /** null: a tombstone. */
  value: string | null;
  leaderEpoch: number;
  /** Below the partition's high watermark: every in-sync copy has it, consumers may read it. */
  committed: boolean;
  /** Cut from this copy's log in the step being shown (still drawn, struck out). */
  truncated: boolean;
  /** A transaction's control marker (a control record), drawn as its own kind of cell. */
  control?: 'commit' | 'abort';
  /** A transactional record's transaction, as the partition's leader tracks it. */
  txn?: RecordTxnState;
}

export interface ReplicaRowView {
  broker: number;
  brokerStatus: SimState['brokers'][number]['status'];
  role: 'leader' | 'follower';
  inIsr: boolean;
  logStartOffset: number;
  logEndOffset: number;
  /** One entry per column: the record this copy holds at that offset (undefined: none, or a gap). */
  cells: (ReplicaCell | undefined)[];
  /** Records this step cut from the copy, in the same columns; undefined when nothing was cut. */
  truncated?: (ReplicaCell | undefined)[];
  /** Changes whenever what the row draws changes: the component memoises rows on it. */
  signature: string;
}

export interface PartitionFigure {
  topic: string;
  partition: number;
  leader?: number;
  leaderEpoch: number;
  isr: number[];
  highWatermark: number;
  columns: Column[];
  /** Column boundary (0 = before the first column) where the high watermark sits; x.5 inside a gap. */
  hwBoundary: number;
  /** While an open transaction holds it below the high watermark: the last stable offset and its column boundary. */
  lastStableOffset?: number;
  lsoBoundary?: number;
  rows: ReplicaRowView[];
}

/** Offsets each copy lost in this step, by "topic:partition:broker" ([from, to) from the step's logTruncated events). */
export type Truncations = Map<string, { from: number; to: number }>;

export function truncationsOf(events: readonly SimEvent[]): Truncations {
  const out: Truncations = new Map();
  for (const e of events) {
    if (e.type !== 'logTruncated' || e.to <= e.from) continue;
    const key = `${e.topic}:${e.partition}:${e.broker}`;
    const had = out.get(key);
    out.set(key, had ? { from: Math.min(had.from, e.from), to: Math.max(had.to, e.to) } : { from: e.from, to: e.to });
  }
  return out;
}

/** Offsets the step wrote or copied, by "topic:partition": the "last change" the window keeps in view. */
export function changedOffsets(events: readonly SimEvent[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const add = (topic: string, p: number, offset: number) => out.set(`${topic}:${p}`, [...(out.get(`${topic}:${p}`) ?? []), offset]);
  for (const e of events) {
    if (e.type === 'recordProduced') add(e.topic, e.partition, e.offset);
    else if (e.type === 'replicaFetched' && e.to > e.from) add(e.topic, e.partition, e.to - 1);
  }
  return out;
}

/**
 * Which offsets of [start, end) get a column: all of them when they fit in `max`, else runs around
 * the interesting offsets in the order given (each with its neighbours when the budget allows), the
 * rest elided as gap columns. Never more than `max` (at least 3) offset columns.
 */
export function windowColumns(start: number, end: number, interesting: readonly number[], max: number): Column[] {
  if (end <= start) return [];
  const cells = Math.max(3, max);
  if (end - start <= cells) return range(start, end).map((offset) => ({ kind: 'offset', offset }));
  // In the order given (the caller puts the high watermark first), each with a neighbour either
  // side when the budget allows, merged while they touch, until the budget is spent.
  const points = [...new Set(interesting.filter((o) => o >= start && o < end))];
  if (points.length === 0) points.push(end - 1);
  const pad = cells >= 8 ? 1 : 0;
  const runs: { from: number; to: number }[] = [];
  let used = 0;
  for (const p of points) {
    const from = Math.max(start, p - pad);
    const to = Math.min(end, p + 1 + pad);
    const hit = runs.find((r) => from <= r.to && to >= r.from);
    const grown = hit ? { from: Math.min(hit.from, from), to: Math.max(hit.to, to) } : { from, to };
    const extra = (grown.to - grown.from) - (hit ? hit.to - hit.from : 0);
    if (used + extra > cells) continue;
    used += extra;
    if (hit) Object.assign(hit, grown);
    else runs.push(grown);
  }
  runs.sort((a, b) => a.from - b.from);
  // Spend what is left on the newest run, backwards (more of the recent log).
  const last = runs[runs.length - 1]!;
  while (used < cells && last.from > start && !runs.some((r) => r !== last && r.to >= last.from)) {
    last.from--;
    used++;
  }
  const merged: { from: number; to: number }[] = [];
  for (const r of runs) {
    const prev = merged[merged.length - 1];
    if (prev && r.from <= prev.to) prev.to = Math.max(prev.to, r.to);
    else merged.push({ ...r });
  }
  // A lone offset between runs is drawn as a cell while the budget allows (a gap of one says
  // less than the record), else as a gap of one: a narrow figure (a phone) has no spare column.
  let spare = cells - merged.reduce((n, r) => n + r.to - r.from, 0);
  const out: Column[] = [];
  const between = (from: number, to: number) => {
    if (to - from === 1 && spare > 0) {
      spare--;
      out.push({ kind: 'offset', offset: from });
    } else if (to > from) out.push({ kind: 'gap', from, to });
  };
  let at = start;
  for (const r of merged) {
    between(at, r.from);
    for (const o of range(r.from, r.to)) out.push({ kind: 'offset', offset: o });
    at = r.to;
  }
  between(at, end);
  return out;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** The column boundary an offset sits at (its left edge), x.5 when it falls inside a gap. */
export function boundaryOf(columns: readonly Column[], offset: number): number {
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    if (c.kind === 'offset' && c.offset >= offset) return i;
    if (c.kind === 'gap' && offset <= c.from) return i;
    if (c.kind === 'gap' && offset < c.to) return i + 0.5;
  }
  return columns.length;
}

/** A record's text shortened to fit a cell: the head and the tail (where the numbers are) survive. */
export function shortText(text: string, max = 9): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = Math.ceil((max - 1) / 2);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (max - 1 - head)).join('')}`;
}

export interface FigureOptions {
  /** Most columns per partition. */
  maxColumns: number;
  /** This step's events: truncations and changes. */
  events: readonly SimEvent[];
  /** The state before the step's truncations, to draw the records they cut; absent: cut records are not drawn. */
  before?: SimState;
}

/** Every replicated partition of the state (topics by name, partitions in order), as the figure draws it. */
export function replicaFigure(state: SimState, options: FigureOptions): PartitionFigure[] {
  const cuts = truncationsOf(options.events);
  const changed = changedOffsets(options.events);
  const statusOf = new Map(state.brokers.map((b) => [b.id, b.status]));
  const out: PartitionFigure[] = [];
  for (const topic of Object.keys(state.topics).sort()) {
    const count = state.topics[topic]!.partitions.length;
    for (let p = 0; p < count; p++) {
      const info = partitionState(state, topic, p);
      if (!info) continue;
      const logs = replicaLogInfos(state, topic, p);
      const cutHere = logs.map((l) => cuts.get(`${topic}:${p}:${l.broker}`)).filter((c) => c !== undefined);
      const start = Math.min(...logs.map((l) => l.logStartOffset), ...cutHere.map((c) => c.from));
      const end = Math.max(...logs.map((l) => l.logEndOffset), ...cutHere.map((c) => c.to));
      const lso = lastStableOffset(state, topic, p);
      const held = lso !== undefined && lso < info.highWatermark ? lso : undefined;
      const interesting = [
        info.highWatermark - 1, info.highWatermark, ...(held === undefined ? [] : [held]),
        ...logs.map((l) => l.logEndOffset - 1),
        ...cutHere.flatMap((c) => [c.from, c.to - 1]),
        ...(changed.get(`${topic}:${p}`) ?? []),
      ];
      const columns = windowColumns(start, end, interesting, options.maxColumns);
      const rows = logs.map((l) => rowOf(state, topic, p, l, info, columns, cuts.get(`${topic}:${p}:${l.broker}`), options.before, statusOf.get(l.broker) ?? 'online'));
      const figure: PartitionFigure = {
        topic, partition: p, leaderEpoch: info.leaderEpoch, isr: info.isr, highWatermark: info.highWatermark,
        columns, hwBoundary: boundaryOf(columns, info.highWatermark), rows,
      };
      if (info.leader !== undefined) figure.leader = info.leader;
      if (held !== undefined) {
        figure.lastStableOffset = held;
        figure.lsoBoundary = boundaryOf(columns, held);
      }
      out.push(figure);
    }
  }
  return out;
}

type Info = NonNullable<ReturnType<typeof partitionState>>;

function rowOf(state: SimState, topic: string, p: number, log: ReturnType<typeof replicaLogInfos>[number], info: Info, columns: readonly Column[],
  cut: { from: number; to: number } | undefined, before: SimState | undefined, brokerStatus: ReplicaRowView['brokerStatus']): ReplicaRowView {
  const byOffset = new Map<number, ReplicaCell>();
  const txns = partitionTransactions(state, topic, p);
  for (const run of runsOf(columns)) {
    for (const { record, leaderEpoch } of replicaRecordsWithEpochs(state, topic, p, log.broker, run.from, run.to)) {
      byOffset.set(record.offset, cellOf(record, leaderEpoch, record.offset < info.highWatermark, false, recordTxnStateOf(record, txns)));
    }
  }
  const cells = columns.map((c) => (c.kind === 'offset' ? byOffset.get(c.offset) : undefined));
  const row: ReplicaRowView = {
    broker: log.broker, brokerStatus,
    role: info.leader === log.broker ? 'leader' : 'follower',
    inIsr: info.isr.includes(log.broker),
    logStartOffset: log.logStartOffset, logEndOffset: log.logEndOffset,
    cells, signature: '',
  };
  if (cut && before) {
    const gone = new Map(replicaRecordsWithEpochs(before, topic, p, log.broker, cut.from, cut.to)
      .map(({ record, leaderEpoch }) => [record.offset, cellOf(record, leaderEpoch, false, true)]));
    if (gone.size > 0) row.truncated = columns.map((c) => (c.kind === 'offset' ? gone.get(c.offset) : undefined));
  }
  row.signature = [
    brokerStatus, row.role, row.inIsr, row.logStartOffset, row.logEndOffset, info.highWatermark, columns.map(colKey).join(','),
    cells.map((c) => (c ? `${c.leaderEpoch}${c.committed ? 'c' : 'u'}${c.txn ?? ''}${c.value}\u0000${c.key ?? ''}` : '')).join('|'),
    row.truncated?.map((c) => c?.offset ?? '').join('|') ?? '',
  ].join(';');
  return row;
}

function cellOf(record: { offset: number; key?: string; value: string | null; control?: 'commit' | 'abort' }, leaderEpoch: number, committed: boolean, truncated: boolean, txn?: RecordTxnState): ReplicaCell {
  const cell: ReplicaCell = { offset: record.offset, value: record.value, leaderEpoch, committed, truncated };
  if (record.key !== undefined) cell.key = record.key;
  if (record.control !== undefined) cell.control = record.control;
  if (txn !== undefined) cell.txn = txn;
  return cell;
}

export const colKey = (c: Column) => (c.kind === 'offset' ? String(c.offset) : `${c.from}-${c.to}`);

/** The offset columns as runs [from, to), so each copy's log is read once per run. */
function runsOf(columns: readonly Column[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (const c of columns) {
    if (c.kind !== 'offset') continue;
    const last = runs[runs.length - 1];
    if (last && last.to === c.offset) last.to++;
    else runs.push({ from: c.offset, to: c.offset + 1 });
  }
  return runs;
}

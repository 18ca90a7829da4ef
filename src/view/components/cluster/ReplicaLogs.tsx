import { memo, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { replicaLogInfos, type SimState } from '../../../engine/index.ts';
import { seek } from '../../../store/timeline.ts';
import { useLang } from '../../hooks/lang-context.tsx';
import { useSim } from '../../hooks/sim-context.tsx';
import { colKey, replicaFigure, shortText, truncationsOf, type Column, type PartitionFigure, type ReplicaCell, type ReplicaRowView } from '../../layout/replica-logs.ts';
import type { BadgeSpec } from '../../layout/moments.ts';
import { Callouts } from './Callouts.tsx';

// Each partition's copies as rows of log cells on one grid, so offset N of every copy sits in one
// column; the high watermark one line across the rows; each cell the record and the leader epoch
// that wrote it (colour and number). React owns every node; rows are memoised on a signature of
// what they draw, cells keyed by offset, so a step redraws only the rows it changed.

type T = ReturnType<typeof useLang>['t'];

/** Epoch colours cycle; the number is always written too (never colour alone). */
export const EPOCH_COLOURS = 6;
const epochClass = (epoch: number) => `ep-${((epoch % EPOCH_COLOURS) + EPOCH_COLOURS) % EPOCH_COLOURS}`;

function recordText(t: T, cell: ReplicaCell): string {
  if (cell.control !== undefined) return t(`record.control.${cell.control}.help`);
  if (cell.value === null) return t('figure.record.tombstone', { key: cell.key ?? '∅' });
  return cell.key === undefined ? t('figure.record.noKey', { value: cell.value }) : t('figure.record.keyed', { key: cell.key, value: cell.value });
}

/** A transactional record's mark in its cell (never colour alone), as in the topics view. */
const TXN_MARK = { open: '…', committed: '✓', aborted: '✗' } as const;

function cellLabel(t: T, cell: ReplicaCell): string {
  const base = t('figure.cell', { offset: cell.offset, record: recordText(t, cell), epoch: cell.leaderEpoch });
  // The transaction's state comes last: "committed (below the high watermark)" is the replica's, not the transaction's.
  const txn = cell.txn === undefined ? '' : t(`record.txn.${cell.txn}`);
  if (cell.truncated) return `${base}, ${t('figure.cell.truncated')}${txn}`;
  return `${base}, ${t(cell.committed ? 'figure.cell.committed' : 'figure.cell.uncommitted')}${txn}`;
}

/** Characters a cell's record keeps: a phone's figure shortens further while a record does not fit its cell. */
const TEXT_MAX = 9;
const TEXT_MIN = 5;

function Cell({ cell, broker, topic, partition, col, row, leoCap, textMax }: { cell: ReplicaCell; broker: number; topic: string; partition: number; col: number; row: number; leoCap?: string | undefined; textMax: number }) {
  const { t } = useLang();
  const label = cellLabel(t, cell);
  // A tombstone shows its null value as Kafka's tools print it.
  const value = cell.value ?? 'null';
  const shown = cell.control !== undefined ? t(`record.control.${cell.control}.short`) : cell.key === undefined ? shortText(value, textMax) : shortText(`${cell.key}:${value}`, textMax);
  const state = cell.truncated ? ' truncated' : cell.committed ? '' : ' uncommitted';
  return (
    <span role="img" className={`rcell ${epochClass(cell.leaderEpoch)}${state}${cell.control !== undefined ? ` control control-${cell.control}` : cell.key === undefined ? ' no-key' : ''}${cell.value === null ? ' tombstone' : ''}${cell.txn === undefined ? '' : ` txn-${cell.txn}`}`} aria-label={label} title={label}
      style={{ gridColumn: col + 2, gridRow: row }}
      data-replica-cell="" data-broker={broker} data-topic={topic} data-partition={partition} data-offset={cell.offset} data-epoch={cell.leaderEpoch} data-control={cell.control} data-txn={cell.txn}
      {...(cell.truncated ? { 'data-truncated': '' } : { 'data-target': `cell:${topic}:${partition}:${broker}:${cell.offset}` })}>
      <span className="rec">{shown}</span>
      <span className="ep">{t('figure.epochShort', { epoch: cell.leaderEpoch })}</span>
      {cell.txn !== undefined && <span className="txn-mark" aria-hidden="true">{TXN_MARK[cell.txn]}</span>}
      {leoCap !== undefined && <span className="leo-cap" aria-hidden="true" title={leoCap} />}
    </span>
  );
}

interface RowProps {
  topic: string; partition: number; row: ReplicaRowView; gridRow: number; highWatermark: number;
  leaderEpoch: number; offline: boolean; badges: readonly BadgeSpec[] | undefined; lastCol: number;
  /** A phone's figure: the label is "B1 L" (the broker's name in its tooltip, the whole row in the group's name). */
  compact: boolean;
  textMax: number;
}

const ReplicaRow = memo(function ReplicaRow({ topic, partition, row, gridRow, highWatermark, leaderEpoch, offline, badges, lastCol, compact, textMax }: RowProps) {
  const { t } = useLang();
  const tp = `${topic}-${partition}`;
  const role = offline ? t('cluster.offline') : t(`cluster.${row.role}`);
  const sync = t(row.inIsr ? 'cluster.inIsr' : 'cluster.outOfIsr');
  const label = t('figure.replica.label', { tp, broker: row.broker, role, sync, leo: row.logEndOffset, hw: highWatermark, epoch: leaderEpoch });
  const kind = `${offline ? 'offline' : row.role}${row.inIsr ? '' : ' out-of-sync'}${row.brokerStatus === 'online' ? '' : ` down ${row.brokerStatus}`}`;
  const lastCell = row.cells.reduce((at, c, i) => (c ? i : at), -1);
  const leoCap = t('figure.leo', { leo: row.logEndOffset });
  const roleMark = offline ? '◌' : row.role === 'leader' ? 'L' : 'F';
  const roleTitle = offline ? t('figure.mark.offline') : t(`figure.mark.${row.role}`);
  return (
    <div role="group" className={`rrow ${kind}`} aria-label={label} data-target={`replica:${topic}:${partition}:${row.broker}`} style={{ gridRow }}>
      {/* The leader's copy is the partition in this view: producers' and consumers' paths end on it. */}
      <span className="rlabel" title={label} {...(row.role === 'leader' && !offline ? { 'data-target': `partition:${topic}:${partition}` } : {})}>
        {compact
          ? <abbr className="rname" title={t('cluster.broker', { broker: row.broker })}>{t('figure.brokerShort', { broker: row.broker })}</abbr>
          : <span className="rname">{t('cluster.broker', { broker: row.broker })}</span>}
        <span className="rmeta">
          <span className={`role-mark ${offline ? 'offline' : row.role}`} title={roleTitle}>
            <span aria-hidden="true">{roleMark}</span>{compact ? '' : ` ${role}`}
          </span>
          {/* The log end is marked on the row's last cell (its cap) and named in the row's label. */}
          {!compact && <>{' · '}<span className="leo-text" title={leoCap}>{t('figure.leoShort', { leo: row.logEndOffset })}</span></>}
        </span>
        {!row.inIsr && <span className="isr-out" title={t('figure.mark.outOfIsr')}>{compact ? t('figure.outOfIsrShort') : sync}</span>}
      </span>
      {row.cells.map((c, i) => (c
        ? <Cell key={c.offset} cell={c} broker={row.broker} topic={topic} partition={partition} col={i} row={1} leoCap={i === lastCell ? leoCap : undefined} textMax={textMax} />
        : null))}
      {badges && badges.length > 0 && <Callouts badges={badges} style={{ gridColumn: lastCol + 2, gridRow: 1 }} />}
    </div>
  );
}, (a, b) => a.row.signature === b.row.signature && a.badges === b.badges && a.gridRow === b.gridRow && a.offline === b.offline
  && a.leaderEpoch === b.leaderEpoch && a.lastCol === b.lastCol && a.topic === b.topic && a.partition === b.partition && a.compact === b.compact && a.textMax === b.textMax);

function TruncatedRow({ topic, partition, row, gridRow, textMax }: { topic: string; partition: number; row: ReplicaRowView; gridRow: number; textMax: number }) {
  const { t } = useLang();
  return (
    <div role="group" className="rrow cut" aria-label={t('figure.cutRow', { broker: row.broker, tp: `${topic}-${partition}` })} style={{ gridRow }}>
      <span className="rlabel"><span className="cut-mark" title={t('figure.mark.truncated')}>✂ {t('figure.cutShort')}</span></span>
      {row.truncated!.map((c, i) => (c ? <Cell key={c.offset} cell={c} broker={row.broker} topic={topic} partition={partition} col={i} row={1} textMax={textMax} /> : null))}
    </div>
  );
}

function gapLabel(t: T, c: Extract<Column, { kind: 'gap' }>) {
  return t('figure.gap', { count: c.to - c.from, from: c.from, last: c.to - 1 });
}

/**
 * A phone's figure has no lane beside the rows: the partition's callouts go under it, each naming
 * what it speaks about ("B1", the partition), below the high watermark's tag so none covers a cell.
 */
function CalloutsBelow({ figure, lanes, gridRow }: { figure: PartitionFigure; lanes: ReadonlyMap<string, BadgeSpec[]>; gridRow: number }) {
  const { t } = useLang();
  const { topic, partition } = figure;
  const groups: { who: string; title: string; badges: readonly BadgeSpec[] }[] = [];
  const partBadges = lanes.get(`partition:${topic}:${partition}`);
  if (partBadges?.length) groups.push({ who: `${topic}-${partition}`, title: `${topic}-${partition}`, badges: partBadges });
  for (const row of figure.rows) {
    const badges = lanes.get(`replica:${topic}:${partition}:${row.broker}`);
    if (badges?.length) groups.push({ who: t('figure.brokerShort', { broker: row.broker }), title: t('cluster.broker', { broker: row.broker }), badges });
  }
  if (groups.length === 0) return null;
  return (
    <span className="callouts-below" style={{ gridRow, gridColumn: '1 / -1' }}>
      {groups.map((g) => <Callouts key={g.who} badges={g.badges} who={g.who} whoTitle={g.title} />)}
    </span>
  );
}

interface BlockProps { figure: PartitionFigure; lanes: ReadonlyMap<string, BadgeSpec[]>; compact: boolean; below: boolean; textMax: number }

const PartitionBlock = memo(function PartitionBlock({ figure, lanes, compact, below, textMax }: BlockProps) {
  const { t } = useLang();
  const { topic, partition, columns } = figure;
  const tp = `${topic}-${partition}`;
  const offline = figure.leader === undefined;
  const template = ['var(--label-w)', ...columns.map((c) => (c.kind === 'offset' ? 'var(--cell-w)' : 'var(--gap-w)')), 'minmax(var(--lane-w), 1fr)'].join(' ');
  const lines: { row: ReplicaRowView; cut: boolean }[] = [];
  for (const row of figure.rows) {
    lines.push({ row, cut: false });
    if (row.truncated) lines.push({ row, cut: true });
  }
  // Row 1 the offsets, rows 2.. the copies (and their cut records), then the high watermark's tag.
  // Compact: the partition's name has row 1 to itself (the label column is too narrow for it),
  // and the callouts come after the tag.
  const head = compact ? 2 : 1;
  const footer = lines.length + head + 1;
  const hw = figure.hwBoundary;
  const hwText = t('figure.hw', { hw: figure.highWatermark });
  const hwCol = Math.floor(hw) + 2;
  const lastCol = columns.length;
  const partBadges = below ? undefined : lanes.get(`partition:${topic}:${partition}`);
  return (
    <div className={`pfig${offline ? ' offline' : ''}`} role="group" aria-label={t('figure.partition', { tp })} style={{ gridTemplateColumns: template } as CSSProperties}>
      <span className="pname" style={{ gridRow: 1, gridColumn: compact ? '1 / -1' : 1 }} {...(offline ? { 'data-target': `partition:${topic}:${partition}` } : {})}>
        {tp}{offline && <span className="offline-mark" title={t('figure.mark.offline')}> ◌ {t('cluster.offline')}</span>}
      </span>
      {columns.map((c, i) => (c.kind === 'offset'
        ? <span key={colKey(c)} className="off" aria-hidden="true" style={{ gridRow: head, gridColumn: i + 2 }}>{c.offset}</span>
        : <span key={colKey(c)} className="gap" role="img" aria-label={gapLabel(t, c)} title={gapLabel(t, c)} style={{ gridRow: `${head} / ${footer}`, gridColumn: i + 2 }}>…<br />{c.to - c.from}</span>))}
      {/* Compact: the name has row 1 to itself, the partition's callouts sit in the lane of the offsets' row. */}
      {partBadges && partBadges.length > 0 && <Callouts badges={partBadges} style={{ gridRow: head, gridColumn: lastCol + 2 }} />}
      {lines.map(({ row, cut }, i) => (cut
        ? <TruncatedRow key={`cut-${row.broker}`} topic={topic} partition={partition} row={row} gridRow={i + head + 1} textMax={textMax} />
        : <ReplicaRow key={row.broker} topic={topic} partition={partition} row={row} gridRow={i + head + 1} highWatermark={figure.highWatermark}
          leaderEpoch={figure.leaderEpoch} offline={offline} badges={below ? undefined : lanes.get(`replica:${topic}:${partition}:${row.broker}`)} lastCol={lastCol} compact={compact} textMax={textMax} />))}
      <span className={`hw-line${hw % 1 === 0 ? '' : ' in-gap'}`} data-hw={`${topic}:${partition}`} title={hwText} role="img" aria-label={hwText}
        style={{ gridColumn: hwCol, gridRow: `${head + 1} / ${footer}` }} />
      {/* A phone has no lane to the right: a line in the right half gets its tag on its left, ending at it. */}
      {below && hwCol - 2 > columns.length / 2
        ? <span className="hw-tag before" aria-hidden="true" style={{ gridColumn: `1 / ${hwCol}`, gridRow: footer }} title={hwText}>{t('figure.hwShort', { hw: figure.highWatermark })} ⊤</span>
        : <span className="hw-tag" aria-hidden="true" style={{ gridColumn: `${hwCol} / -1`, gridRow: footer }} title={hwText}>⊤ {t('figure.hwShort', { hw: figure.highWatermark })}</span>}
      {figure.lsoBoundary !== undefined && <LsoLine figure={figure} head={head} footer={footer} />}
      {below && <CalloutsBelow figure={figure} lanes={lanes} gridRow={footer + (figure.lsoBoundary === undefined ? 1 : 2)} />}
    </div>
  );
}, (a, b) => a.figure === b.figure && a.lanes === b.lanes && a.compact === b.compact && a.below === b.below && a.textMax === b.textMax);

/**
 * The last stable offset beside the high watermark, while an open transaction holds it below: a dashed
 * line across the copies, and its tag on the row under the high watermark's.
 */
function LsoLine({ figure, head, footer }: { figure: PartitionFigure; head: number; footer: number }) {
  const { t } = useLang();
  const lso = figure.lastStableOffset!;
  const boundary = figure.lsoBoundary!;
  const col = Math.floor(boundary) + 2;
  const text = t('marker.lso', { offset: lso });
  return (
    <>
      <span className={`lso-line${boundary % 1 === 0 ? '' : ' in-gap'}`} data-lso-line={`${figure.topic}:${figure.partition}`} title={text} role="img" aria-label={text}
        style={{ gridColumn: col, gridRow: `${head + 1} / ${footer}` }} />
      <span className="lso-tag" aria-hidden="true" title={text} style={{ gridColumn: `${col} / -1`, gridRow: footer + 1 }}>⊥ {t('marker.lsoShort')} {lso}</span>
    </>
  );
}

/** The state before this step cut records from a copy, found a few steps back; undefined when nothing was cut. */
function useBeforeCuts(): SimState | undefined {
  const events = useSim((s) => s.timeline.events);
  const timeline = useSim((s) => s.timeline);
  return useMemo(() => {
    const cuts = truncationsOf(events);
    if (cuts.size === 0) return undefined;
    const had = (s: SimState) => [...cuts].every(([key, cut]) => {
      const [topic, p, broker] = key.split(':');
      const log = replicaLogInfos(s, topic!, Number(p)).find((l) => l.broker === Number(broker));
      return log !== undefined && log.logEndOffset >= cut.to && log.logStartOffset <= cut.from;
    });
    // A lesson step may hold several commands: look back a few until the cut records are there.
    for (let back = 1; back <= 8 && timeline.cursor - back >= 0; back++) {
      const s = seek(timeline, timeline.cursor - back).state;
      if (had(s)) return s;
    }
    return undefined;
    // The events identify the step; the timeline object changes with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [events]);
}

/**
 * Every replicated partition of the cluster as aligned replica logs. `maxColumns` bounds each
 * partition's width; `compact` is a narrow panel's layout, `calloutsBelow` a phone's (no lane).
 */
export function ReplicaLogs({ lanes, maxColumns, compact = false, calloutsBelow = false }: { lanes: ReadonlyMap<string, BadgeSpec[]>; maxColumns: number; compact?: boolean; calloutsBelow?: boolean }) {
  const state = useSim((s) => s.timeline.state);
  const events = useSim((s) => s.timeline.events);
  const before = useBeforeCuts();
  const figures = useMemo(() => replicaFigure(state, { maxColumns, events, ...(before ? { before } : {}) }), [state, events, before, maxColumns]);
  // Keep each partition's figure object while its drawing is unchanged, so its block skips rendering.
  const kept = useKeptFigures(figures);
  const { ref, textMax } = useFittedText(compact, kept);
  return (
    <div className="replica-logs" ref={ref}>
      {kept.map((f) => <PartitionBlock key={`${f.topic}:${f.partition}`} figure={f} lanes={lanesFor(lanes, f)} compact={compact} below={compact && calloutsBelow} textMax={textMax} />)}
    </div>
  );
}

/**
 * On a phone a record's text must fit its cell, whatever the device's font: after layout, while any
 * record overflows its cell, every cell keeps one character fewer (head and tail, so the numbers
 * stay). Measured only in the compact figure; the full one has room for TEXT_MAX characters.
 */
function useFittedText(compact: boolean, drawn: unknown) {
  const ref = useRef<HTMLDivElement | null>(null);
  const [fit, setFit] = useState({ compact, textMax: TEXT_MAX });
  const textMax = fit.compact === compact ? fit.textMax : TEXT_MAX;
  useLayoutEffect(() => {
    const root = ref.current;
    if (!compact || !root || textMax <= TEXT_MIN) return;
    const over = [...root.querySelectorAll<HTMLElement>('.rcell .rec')].some((el) => el.scrollWidth > el.clientWidth);
    if (over) setFit({ compact, textMax: textMax - 1 });
  }, [compact, textMax, drawn]);
  return { ref, textMax };
}

const EMPTY: ReadonlyMap<string, BadgeSpec[]> = new Map();
const laneCache = new WeakMap<ReadonlyMap<string, BadgeSpec[]>, Map<string, ReadonlyMap<string, BadgeSpec[]>>>();

/** Only the lanes of one partition, the same object while the step's badges are, so untouched blocks stay memoised. */
function lanesFor(lanes: ReadonlyMap<string, BadgeSpec[]>, f: PartitionFigure): ReadonlyMap<string, BadgeSpec[]> {
  if (lanes.size === 0) return EMPTY;
  const tp = `${f.topic}:${f.partition}`;
  let byPartition = laneCache.get(lanes);
  if (!byPartition) laneCache.set(lanes, (byPartition = new Map()));
  const hit = byPartition.get(tp);
  if (hit) return hit;
  const mine = new Map([...lanes].filter(([id]) => id === `partition:${tp}` || id.startsWith(`replica:${tp}:`)));
  const out = mine.size === 0 ? EMPTY : mine;
  byPartition.set(tp, out);
  return out;
}

function figureSignature(f: PartitionFigure): string {
  return `${f.leader ?? '-'}|${f.leaderEpoch}|${f.highWatermark}|${f.hwBoundary}|${f.lsoBoundary ?? '-'}|${f.lastStableOffset ?? '-'}|${f.isr.join(',')}|${f.columns.map(colKey).join(',')}|${f.rows.map((r) => r.signature).join('#')}`;
}

/** Keeps each partition's figure object while its drawing is unchanged, so memoised blocks skip rendering. */
function useKeptFigures(figures: PartitionFigure[]): PartitionFigure[] {
  const [kept] = useState(() => new Map<string, { sig: string; figure: PartitionFigure }>());
  return useMemo(() => figures.map((f) => {
    const id = `${f.topic}:${f.partition}`;
    const sig = figureSignature(f);
    const was = kept.get(id);
    if (was && was.sig === sig) return was.figure;
    kept.set(id, { sig, figure: f });
    return f;
  }), [figures, kept]);
}

import type { BadgeSpec } from '../layout/moments.ts';
import { Callouts } from './cluster/Callouts.tsx';
import { memo, useLayoutEffect, useMemo, useState } from 'react';
import { lastStableOffset, logRecordCount, logRecordsInRange, logSegments, partitionTransactions, recordTxnStateOf, type CleanerView, type RecordTxnState } from '../../engine/index.ts';
import { formatModelTime } from '../format-time.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { useReducedMotion } from '../hooks/use-reduced-motion.ts';
import { useSim } from '../hooks/sim-context.tsx';
import { useUi } from '../hooks/ui-context.tsx';
import { useWidth } from '../hooks/use-width.ts';
import { asksFor, targetId, useYourTurn, YourTurnButton } from '../hooks/your-turn.tsx';
import { cellsThatFit, logWindow, offsetToX } from '../layout/log-window.ts';
import { cleanerSignature, markersSignature, parseTouches, touchesSignature, type Markers } from './partition-signals.ts';
import { keyHue } from './key-hue.ts';

// One partition as a horizontal append-only log. React owns the cells and markers; d3-scale
// (in layout/log-window.ts) places the markers. Only the newest records that fit are drawn.
// Marker rows are --marker-step apart (CSS), so lecture mode can grow them with their text.

const CELL = 46;

/**
 * A record cell's width: 46 px, or the figure's `--cell-w` (lecture mode widens the cells with their
 * text, so a key like `alice` stays whole on a projector).
 */
function cellWidth(node: HTMLElement | null): number {
  if (!node || typeof getComputedStyle === 'undefined') return CELL;
  const w = parseFloat(getComputedStyle(node).getPropertyValue('--log-cell-w'));
  return Number.isFinite(w) && w > 0 ? w : CELL;
}
const SUMMARY = 70;
/** A transactional record's mark in its cell (never colour alone): open, committed, aborted. */
const TXN_MARK: Record<RecordTxnState, string> = { open: '…', committed: '✓', aborted: '✗' };

export const PartitionLog = memo(function PartitionLog({ topic, partition, badges }: { topic: string; partition: number; badges?: readonly BadgeSpec[] | undefined }) {
  const { t, lang } = useLang();
  const reduced = useReducedMotion();
  const { select, selected, highlighted } = useUi();
  // A your-turn step that asks for an offset makes each record's button its answer.
  const yourTurn = useYourTurn();
  const turn = yourTurn?.kind === 'offset' ? yourTurn : undefined;
  const log = useSim((s) => s.timeline.state.topics[topic]?.partitions[partition]);
  const touchSig = useSim((s) => touchesSignature(s.timeline.events, topic, partition));
  const markerSig = useSim((s) => markersSignature(s.timeline.state, topic, partition));
  // The last stable offset, drawn only while a transaction holds it below the high watermark.
  const lso = useSim((s) => {
    const l = lastStableOffset(s.timeline.state, topic, partition);
    return l !== undefined && l < (s.timeline.state.topics[topic]?.partitions[partition]?.highWatermark ?? 0) ? l : undefined;
  });
  // A compacted partition: where the cleaner point and the active segment are, and the dirty ratio.
  const cleanerSig = useSim((s) => cleanerSignature(s.timeline.state, topic, partition));
  const cleaner = useMemo(() => (cleanerSig === '' ? undefined : (JSON.parse(cleanerSig) as CleanerView)), [cleanerSig]);
  // The partition's tracked transactions (the same array while unchanged): each record's open/committed/aborted mark.
  const txns = useSim((s) => partitionTransactions(s.timeline.state, topic, partition));
  const touches = useMemo(() => parseTouches(touchSig), [touchSig]);
  const markers = useMemo(() => JSON.parse(markerSig) as Markers, [markerSig]);
  const { ref, width } = useWidth<HTMLDivElement>(600);
  // Read when the partition's width changes (lecture mode changes it), not every frame: a style read costs a recalc.
  const [cell, setCell] = useState(CELL);
  useLayoutEffect(() => setCell(cellWidth(ref.current)), [width, ref]);
  const win = log ? logWindow(log.logStartOffset, log.logEndOffset, cellsThatFit(width, cell, SUMMARY)) : undefined;
  const shown = useMemo(() => (log && win ? logRecordsInRange(log, win.from, win.to) : []), [log, win?.from, win?.to]); // eslint-disable-line react-hooks/exhaustive-deps
  // The summary cell counts the records still there before the window, not its offsets: under
  // compaction the log start stays put while the cleaner removes records (it said "… 14" of a log
  // with none left before offset 15).
  const olderRecords = useMemo(() => (log && win && win.hiddenBefore > 0 ? logRecordCount(log, log.logStartOffset, win.from) : 0), [log, win?.from, win?.hiddenBefore]); // eslint-disable-line react-hooks/exhaustive-deps
  const segs = useMemo(() => (log ? logSegments(log) : []), [log]);
  if (!log || !win) return null;
  const fresh = new Set(touches.fresh);
  const read = new Set(touches.read);
  const redelivered = new Set(touches.redelivered);
  const x = offsetToX(win, cell, SUMMARY);
  const name = t('topic.partition', { topic, partition });
  const isHighlighted = highlighted.includes(`partition:${topic}:${partition}`);
  // Records the cleaner will remove: a later record of the same key is shown (the window ends at the log end).
  const supersededBy = new Map<number, number>();
  if (cleaner) {
    const latest = new Map<string, number>();
    for (let i = shown.length - 1; i >= 0; i--) {
      const r = shown[i]!;
      if (r.key === undefined || r.control !== undefined) continue;
      const later = latest.get(r.key);
      if (later !== undefined) supersededBy.set(r.offset, later);
      else latest.set(r.key, r.offset);
    }
  }
  const cleanerMarkers = cleaner ? [
    { kind: 'cleaner-point', offset: cleaner.firstDirtyOffset, text: t('marker.cleanerPointShort'), help: t('marker.cleanerPoint', { offset: cleaner.firstDirtyOffset }) },
    { kind: 'active-segment', offset: cleaner.activeSegmentBaseOffset, text: t('marker.activeSegmentShort'), help: t('marker.activeSegment', { offset: cleaner.activeSegmentBaseOffset }) },
  ] : [];
  // A marker at the log's right edge writes its name to the left of its glyph, so the edge does not cut it.
  const nearEnd = (offset: number) => x(offset) > width - 80;
  const markerRows = markers.committed.length + markers.positions.length + (lso === undefined ? 0 : 2);
  const segmentOf = (offset: number) => segs.findIndex((s) => offset >= s.baseOffset && offset < s.endOffset);

  const gapCell = (from: number, to: number) => (
    <li key={`gap-${from}`} className="cell gap" style={{ width: (to - from) * cell - 4 }}
      aria-label={to - from === 1 ? t('partition.compactedOne', { offset: from }) : t('partition.compactedGap', { from, to: to - 1 })}>
      <span aria-hidden="true">{to - from === 1 ? '·' : `${from}–${to - 1}`}</span>
    </li>
  );
  const recordCell = (r: (typeof shown)[number]) => {
    const again = redelivered.has(r.offset);
    const tombstone = r.value === null;
    // ", redelivered" and ", tombstone" are suffixes: the name still starts "offset O key K".
    // A control record (a transaction's marker) is named and drawn as what it marks, not as a keyless record.
    const txn = recordTxnStateOf(r, txns);
    const label = r.control !== undefined ? t(`record.control.${r.control}`, { offset: r.offset })
      : (r.key === undefined ? t('record.keyless', { offset: r.offset }) : t('record.keyed', { offset: r.offset, key: r.key })) + (again ? t('record.redelivered') : '') + (tombstone ? t('record.tombstoneMark') : '')
        + (supersededBy.has(r.offset) ? t('record.supersededMark', { offset: supersededBy.get(r.offset)! }) : '')
        + (txn === undefined ? '' : t(`record.txn.${txn}`));
    const segment = segmentOf(r.offset);
    const classes = ['cell', `seg-${segment % 2}`];
    if (segs[segment]?.baseOffset === r.offset) classes.push('seg-start');
    if (fresh.has(r.offset)) classes.push(reduced ? 'fresh-static' : 'fresh');
    if (read.has(r.offset)) classes.push('read');
    if (again) classes.push('redelivered');
    if (tombstone) classes.push('tombstone');
    if (supersededBy.has(r.offset)) classes.push('superseded');
    if (r.control !== undefined) classes.push('control', `control-${r.control}`);
    if (txn !== undefined) classes.push(`txn-${txn}`);
    // The tooltip names the step's marks on this cell in the legend's words.
    const marks = ([[fresh.has(r.offset), 'legend.fresh'], [read.has(r.offset), 'legend.read'], [again, 'legend.redelivered']] as const).filter(([on]) => on).map(([, key]) => key);
    if (selected && selected.topic === topic && selected.partition === partition && selected.offset === r.offset) classes.push('selected');
    if (highlighted.includes(`record:${topic}:${partition}:${r.offset}`)) classes.push('highlighted');
    return (
      <li key={r.offset} aria-label={label} className={classes.join(' ')} data-target={`record:${topic}:${partition}:${r.offset}`} data-key-hue={r.key === undefined ? undefined : keyHue(r.key)} {...(tombstone ? { 'data-tombstone': '' } : {})} data-control={r.control} data-txn={txn} style={{ width: cell - 4 }}>
        {/* Named by what it shows (offset, then key), so the name starts with the visible text (WCAG 2.5.3); the item says it in words. */}
        <button type="button" title={r.control !== undefined ? t(`record.control.${r.control}.help`) : [r.value ?? t('record.tombstone'), ...marks.map((m) => t(m)), ...(txn === undefined ? [] : [t(`record.txn.${txn}.help`)])].join('\n')} {...(turn ? { className: 'your-turn-target', 'data-your-turn': targetId({ kind: 'offset', topic, partition, offset: r.offset }) } : {})}
          onClick={() => (turn ? turn.act({ kind: 'offset', topic, partition, offset: r.offset }) : select({ topic, partition, offset: r.offset }))}>
          <span className="cell-offset">{r.offset}</span>{' '}
          {/* A tombstone writes its null value after the key, as the brokers figure does (key:null). */}
          <span className="cell-key">{r.control !== undefined ? t(`record.control.${r.control}.short`) : r.key === undefined ? '∅' : r.key}{tombstone && <span className="tombstone-mark" aria-hidden="true">:null</span>}</span>
          {again && <span className="redelivered-mark" title={t('legend.redelivered')} aria-hidden="true">↻</span>}
          {txn !== undefined && <span className="txn-mark" aria-hidden="true">{TXN_MARK[txn]}</span>}
        </button>
      </li>
    );
  };

  // An empty log is one line: its head, then the empty cell and the markers beside it (a lesson
  // about assignment shows six such partitions, and a projector's 720 px must hold them).
  const emptyLog = log.logEndOffset === log.logStartOffset && win.hiddenBefore === 0 && touches.deleted.length === 0 && !asksFor(yourTurn, 'segment');
  return (
    <div className={`partition${isHighlighted ? ' highlighted' : ''}${emptyLog ? ' empty-log' : ''}`} data-target={`partition:${topic}:${partition}`} {...(badges ? { 'data-own-callouts': '' } : {})}>
      <div className="partition-head">
        <YourTurnButton target={{ kind: 'partition', topic, partition }} label={name}><strong>{name}</strong></YourTurnButton>
        <span className="offsets" title={`${t('legend.logStart')}\n${t('legend.logEnd')}`}>{t('partition.offsets', { start: log.logStartOffset, end: log.logEndOffset })}</span>
        <span className="segments-count">{t('partition.segments', { count: segs.length })}</span>
        {cleaner && (
          <span className="dirty-ratio" data-dirty-ratio={cleaner.dirtyRatio.toFixed(2)} title={t('partition.dirtyRatioHelp', { ratio: cleaner.minCleanableDirtyRatio })}>
            {t('partition.dirtyRatio', { ratio: cleaner.dirtyRatio.toFixed(2) })}
          </span>
        )}
        {markers.committed.map((m) => (
          <span key={m.group} className="lag-badge" title={t('partition.lagHelp')}>{t('partition.lag', { group: m.group, lag: m.lag })}</span>
        ))}
        {badges && badges.length > 0 && <Callouts badges={badges} />}
      </div>
      {asksFor(yourTurn, 'segment') && yourTurn.accepts?.({ kind: 'segment', topic, partition, baseOffset: log.logStartOffset }) !== false && (
        // Which segments retention deletes: each segment a toggle, named by its offsets.
        <ul className="segment-targets" aria-label={t('partition.segmentTargets', { topic, partition })}>
          {segs.map((sg) => (
            <li key={sg.baseOffset}>
              {/* Its newest record's time decides when retention.ms has passed for it (LocalLog's retention check). */}
              <YourTurnButton target={{ kind: 'segment', topic, partition, baseOffset: sg.baseOffset }}
                label={sg.endOffset === sg.baseOffset ? t('partition.segmentTargetEmpty', { from: sg.baseOffset })
                  : t('partition.segmentNewest', { label: t(sg.active ? 'partition.segmentTargetActive' : 'partition.segmentTarget', { from: sg.baseOffset, to: sg.endOffset - 1 }), time: formatModelTime(sg.largestTimestamp, lang) })} />
            </li>
          ))}
        </ul>
      )}
      {touches.deleted.length > 0 && (
        <p className={`deleted-note${reduced ? '' : ' fade-out'}`}>
          {t('partition.deleted', { ranges: touches.deleted.map((d) => (d.to - d.from > 1 ? `${d.from}–${d.to - 1}` : `${d.from}`)).join(', ') })}
        </p>
      )}
      <div className="partition-body" ref={ref} style={{ paddingBottom: `calc(6px + ${markerRows + cleanerMarkers.length} * var(--marker-step, 14px))` }}>
        <ul role="list" aria-label={name} className="cells">
          {win.hiddenBefore > 0 && (
            <li className="cell summary" style={{ width: SUMMARY - 4 }} aria-label={t('partition.olderRecords', { count: olderRecords, from: log.logStartOffset, to: win.from - 1 })}>
              <span aria-hidden="true">… {olderRecords}</span>
            </li>
          )}
          {log.logEndOffset === log.logStartOffset && <li className="cell empty" aria-label={t('partition.empty')}>{t('partition.empty')}</li>}
          {shown.flatMap((r, i) => {
            // Offsets the cleaner removed keep their place (offsets never change), so markers still line up.
            const gapFrom = i === 0 ? Math.max(win.from, log.logStartOffset) : shown[i - 1]!.offset + 1;
            return r.offset > gapFrom ? [gapCell(gapFrom, r.offset), recordCell(r)] : [recordCell(r)];
          })}
          {(() => {
            // A gap after the last record shown, up to the end of the window.
            const last = shown.at(-1);
            const from = last ? last.offset + 1 : Math.max(win.from, log.logStartOffset);
            const to = Math.min(win.to, log.logEndOffset);
            return to > from ? gapCell(from, to) : null;
          })()}
        </ul>
        <div className="markers" aria-hidden="true">
          {markers.committed.map((m, i) => (
            <span key={`c-${m.group}`} className={`marker committed${nearEnd(m.offset) ? ' flip' : ''}`} title={t('marker.committed', { group: m.group, offset: m.offset })} style={{ left: x(m.offset), top: `calc(${i} * var(--marker-step, 14px))` }}>{nearEnd(m.offset) ? <><bdi>{m.group}</bdi> ▲</> : <>▲ <bdi>{m.group}</bdi></>}</span>
          ))}
          {markers.positions.map((m, i) => (
            <span key={`p-${m.consumer}`} className={`marker position${nearEnd(m.offset) ? ' flip' : ''}`} title={t('marker.position', { consumer: m.consumer, offset: m.offset })} style={{ left: x(m.offset), top: `calc(${markers.committed.length + i} * var(--marker-step, 14px))` }}>{nearEnd(m.offset) ? <><bdi>{m.consumer}</bdi> △</> : <>△ <bdi>{m.consumer}</bdi></>}</span>
          ))}
          {lso !== undefined && win.from <= lso && (
            <span className="marker lso" data-lso={`${topic}:${partition}`} title={t('marker.lso', { offset: lso })} style={{ left: x(lso), top: `calc(${markers.committed.length + markers.positions.length} * var(--marker-step, 14px))` }}>⊥ {t('marker.lsoShort')} {lso}</span>
          )}
          {/* Beside the LSO, the high watermark it stays below: read_uncommitted consumers read up to it. */}
          {lso !== undefined && (
            <span className="marker topic-hw" data-topic-hw={`${topic}:${partition}`} title={t('marker.hw', { offset: log.highWatermark })} style={{ left: x(log.highWatermark), top: `calc(${markers.committed.length + markers.positions.length + 1} * var(--marker-step, 14px))` }}>⊤ {t('marker.hwShort')} {log.highWatermark}</span>
          )}
          {cleanerMarkers.map((m, i) => {
            if (m.offset < win.from) return null;
            // In the right half the words go left of the line, so the log's edge does not cut them.
            const flip = x(m.offset) > width / 2;
            return (
              <span key={m.kind} className={`marker ${m.kind}${flip ? ' flip' : ''}`} data-cleaner-marker={m.kind} data-offset={m.offset} title={m.help} style={{ left: x(m.offset), top: `calc(${markerRows + i} * var(--marker-step, 14px))` }}>
                {flip ? `${m.text} ┃` : `┃ ${m.text}`}
              </span>
            );
          })}
        </div>
        {lso !== undefined && (
          // The two offsets as lines between cells, so the gap between them shows the records read_committed waits for.
          <div className="txn-lines" aria-hidden="true">
            {win.from <= lso && <span className="txn-line lso" style={{ left: x(lso) }} />}
            <span className="txn-line hw" style={{ left: x(log.highWatermark) }} />
          </div>
        )}
        <p className="visually-hidden">
          {[...markers.committed.map((m) => t('marker.committed', { group: m.group, offset: m.offset })), ...markers.positions.map((m) => t('marker.position', { consumer: m.consumer, offset: m.offset })), ...(lso === undefined ? [] : [t('marker.lso', { offset: lso }), t('marker.hw', { offset: log.highWatermark })]), ...cleanerMarkers.map((m) => m.help)].join('. ')}
        </p>
      </div>
    </div>
  );
});

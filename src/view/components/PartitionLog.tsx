import { useMemo } from 'react';
import { committedOffset, lag, recordsInRange, segments, type SimEvent, type SimState } from '../../engine/index.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { useReducedMotion } from '../hooks/use-reduced-motion.ts';
import { useSim } from '../hooks/sim-context.tsx';
import { useUi } from '../hooks/ui-context.tsx';
import { useWidth } from '../hooks/use-width.ts';
import { cellsThatFit, logWindow, offsetToX } from '../layout/log-window.ts';

// One partition as a horizontal append-only log. React owns the cells and markers; d3-scale
// (in layout/log-window.ts) places the markers. Only the newest records that fit are drawn.

const CELL = 46;
const SUMMARY = 70;

function stepTouches(events: readonly SimEvent[], topic: string, partition: number) {
  const fresh = new Set<number>();
  const read = new Set<number>();
  const deleted: { from: number; to: number }[] = [];
  for (const e of events) {
    if (e.type === 'recordProduced' && e.topic === topic && e.partition === partition) fresh.add(e.offset);
    if (e.type === 'recordsFetched') {
      for (const b of e.batches) if (b.topic === topic && b.partition === partition) for (const r of b.records) read.add(r.offset);
    }
    if (e.type === 'segmentsDeleted' && e.topic === topic && e.partition === partition) {
      for (const s of e.segments) deleted.push({ from: s.baseOffset, to: s.endOffset });
    }
  }
  return { fresh, read, deleted };
}

function markersFor(state: SimState, topic: string, partition: number) {
  const committed: { group: string; offset: number; lag: number | undefined }[] = [];
  const positions: { consumer: string; offset: number }[] = [];
  for (const group of Object.values(state.groups)) {
    const offset = committedOffset(state, group.id, topic, partition);
    if (offset !== undefined) committed.push({ group: group.id, offset, lag: lag(state, group.id, topic, partition) });
    for (const member of group.members) {
      const consumer = state.consumers[member];
      const owns = consumer?.assignment.some((tp) => tp.topic === topic && tp.partition === partition);
      const position = consumer?.positions[`${topic}:${partition}`];
      if (owns && position !== undefined) positions.push({ consumer: member, offset: position });
    }
  }
  return { committed, positions };
}

export function PartitionLog({ topic, partition }: { topic: string; partition: number }) {
  const { t } = useLang();
  const reduced = useReducedMotion();
  const { select, selected, highlighted } = useUi();
  const state = useSim((s) => s.timeline.state);
  const events = useSim((s) => s.timeline.events);
  const { ref, width } = useWidth<HTMLDivElement>(600);
  const log = state.topics[topic]?.partitions[partition];
  const win = log ? logWindow(log.logStartOffset, log.logEndOffset, cellsThatFit(width, CELL, SUMMARY)) : undefined;
  const shown = useMemo(() => (win ? recordsInRange(state, topic, partition, win.from, win.to) : []), [state, topic, partition, win?.from, win?.to]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!log || !win) return null;
  const segs = segments(state, topic, partition);
  const segmentStarts = new Set(segs.map((s) => s.baseOffset));
  const touches = stepTouches(events, topic, partition);
  const markers = markersFor(state, topic, partition);
  const x = offsetToX(win, CELL, SUMMARY);
  const name = t('topic.partition', { topic, partition });
  const isHighlighted = highlighted.includes(`partition:${topic}:${partition}`);
  const segIndex = (offset: number) => segs.findIndex((s) => offset >= s.baseOffset && offset < s.endOffset);

  return (
    <div className={`partition${isHighlighted ? ' highlighted' : ''}`} data-target={`partition:${topic}:${partition}`}>
      <div className="partition-head">
        <strong>{name}</strong>
        <span className="offsets">{t('partition.offsets', { start: log.logStartOffset, end: log.logEndOffset })}</span>
        <span className="segments-count">{t('partition.segments', { count: segs.length })}</span>
        {markers.committed.map((m) => (
          <span key={m.group} className="lag-badge" title={t('partition.lagHelp')}>{t('partition.lag', { group: m.group, lag: m.lag ?? '-' })}</span>
        ))}
      </div>
      {touches.deleted.length > 0 && (
        <p className={`deleted-note${reduced ? '' : ' fade-out'}`}>
          {t('partition.deleted', { ranges: touches.deleted.map((d) => (d.to - d.from > 1 ? `${d.from}–${d.to - 1}` : `${d.from}`)).join(', ') })}
        </p>
      )}
      <div className="partition-body" ref={ref}>
        <ul role="list" aria-label={name} className="cells">
          {win.hiddenBefore > 0 && (
            <li className="cell summary" style={{ width: SUMMARY - 4 }} aria-label={t('partition.olderRecords', { count: win.hiddenBefore, from: log.logStartOffset, to: win.from - 1 })}>
              <span aria-hidden="true">… {win.hiddenBefore}</span>
            </li>
          )}
          {log.logEndOffset === log.logStartOffset && <li className="cell empty" aria-label={t('partition.empty')}>{t('partition.empty')}</li>}
          {shown.map((r) => {
            const label = r.key === undefined ? t('record.keyless', { offset: r.offset }) : t('record.keyed', { offset: r.offset, key: r.key });
            const classes = ['cell', `seg-${segIndex(r.offset) % 2}`];
            if (segmentStarts.has(r.offset)) classes.push('seg-start');
            if (touches.fresh.has(r.offset)) classes.push(reduced ? 'fresh-static' : 'fresh');
            if (touches.read.has(r.offset)) classes.push('read');
            if (selected && selected.topic === topic && selected.partition === partition && selected.offset === r.offset) classes.push('selected');
            if (highlighted.includes(`record:${topic}:${partition}:${r.offset}`)) classes.push('highlighted');
            return (
              <li key={r.offset} aria-label={label} className={classes.join(' ')} data-target={`record:${topic}:${partition}:${r.offset}`} style={{ width: CELL - 4 }}>
                <button type="button" aria-label={label} title={r.value} onClick={() => select({ topic, partition, offset: r.offset })}>
                  <span className="cell-offset">{r.offset}</span>
                  <span className="cell-key">{r.key === undefined ? '∅' : r.key}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <div className="markers" aria-hidden="true">
          {markers.committed.map((m, i) => (
            <span key={`c-${m.group}`} className="marker committed" style={{ left: x(m.offset), top: i * 14 }} title={t('marker.committed', { group: m.group, offset: m.offset })}>
              ▲ {m.group}
            </span>
          ))}
          {markers.positions.map((m, i) => (
            <span key={`p-${m.consumer}`} className="marker position" style={{ left: x(m.offset), top: (markers.committed.length + i) * 14 }} title={t('marker.position', { consumer: m.consumer, offset: m.offset })}>
              △ {m.consumer}
            </span>
          ))}
        </div>
        <p className="visually-hidden">
          {markers.committed.map((m) => t('marker.committed', { group: m.group, offset: m.offset })).join('. ')}
          {markers.positions.map((m) => t('marker.position', { consumer: m.consumer, offset: m.offset })).join('. ')}
        </p>
      </div>
    </div>
  );
}


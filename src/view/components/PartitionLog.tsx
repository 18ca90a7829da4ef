import { memo, useMemo } from 'react';
import { logRecordsInRange, logSegments } from '../../engine/index.ts';
import { formatModelTime } from '../format-time.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { useReducedMotion } from '../hooks/use-reduced-motion.ts';
import { useSim } from '../hooks/sim-context.tsx';
import { useUi } from '../hooks/ui-context.tsx';
import { useWidth } from '../hooks/use-width.ts';
import { asksFor, targetId, useYourTurn, YourTurnButton } from '../hooks/your-turn.tsx';
import { cellsThatFit, logWindow, offsetToX } from '../layout/log-window.ts';
import { markersSignature, parseTouches, touchesSignature, type Markers } from './partition-signals.ts';
import { keyHue } from './key-hue.ts';

// One partition as a horizontal append-only log. React owns the cells and markers; d3-scale
// (in layout/log-window.ts) places the markers. Only the newest records that fit are drawn.
// Marker rows are --marker-step apart (CSS), so lecture mode can grow them with their text.

const CELL = 46;
const SUMMARY = 70;

export const PartitionLog = memo(function PartitionLog({ topic, partition }: { topic: string; partition: number }) {
  const { t, lang } = useLang();
  const reduced = useReducedMotion();
  const { select, selected, highlighted } = useUi();
  // A your-turn step that asks for an offset makes each record's button its answer.
  const yourTurn = useYourTurn();
  const turn = yourTurn?.kind === 'offset' ? yourTurn : undefined;
  const log = useSim((s) => s.timeline.state.topics[topic]?.partitions[partition]);
  const touchSig = useSim((s) => touchesSignature(s.timeline.events, topic, partition));
  const markerSig = useSim((s) => markersSignature(s.timeline.state, topic, partition));
  const touches = useMemo(() => parseTouches(touchSig), [touchSig]);
  const markers = useMemo(() => JSON.parse(markerSig) as Markers, [markerSig]);
  const { ref, width } = useWidth<HTMLDivElement>(600);
  const win = log ? logWindow(log.logStartOffset, log.logEndOffset, cellsThatFit(width, CELL, SUMMARY)) : undefined;
  const shown = useMemo(() => (log && win ? logRecordsInRange(log, win.from, win.to) : []), [log, win?.from, win?.to]); // eslint-disable-line react-hooks/exhaustive-deps
  const segs = useMemo(() => (log ? logSegments(log) : []), [log]);
  if (!log || !win) return null;
  const fresh = new Set(touches.fresh);
  const read = new Set(touches.read);
  const redelivered = new Set(touches.redelivered);
  const x = offsetToX(win, CELL, SUMMARY);
  const name = t('topic.partition', { topic, partition });
  const isHighlighted = highlighted.includes(`partition:${topic}:${partition}`);
  const segmentOf = (offset: number) => segs.findIndex((s) => offset >= s.baseOffset && offset < s.endOffset);

  return (
    <div className={`partition${isHighlighted ? ' highlighted' : ''}`} data-target={`partition:${topic}:${partition}`}>
      <div className="partition-head">
        <YourTurnButton target={{ kind: 'partition', topic, partition }} label={name}><strong>{name}</strong></YourTurnButton>
        <span className="offsets" title={`${t('legend.logStart')}\n${t('legend.logEnd')}`}>{t('partition.offsets', { start: log.logStartOffset, end: log.logEndOffset })}</span>
        <span className="segments-count">{t('partition.segments', { count: segs.length })}</span>
        {markers.committed.map((m) => (
          <span key={m.group} className="lag-badge" title={t('partition.lagHelp')}>{t('partition.lag', { group: m.group, lag: m.lag })}</span>
        ))}
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
      <div className="partition-body" ref={ref} style={{ paddingBottom: `calc(6px + ${markers.committed.length + markers.positions.length} * var(--marker-step, 14px))` }}>
        <ul role="list" aria-label={name} className="cells">
          {win.hiddenBefore > 0 && (
            <li className="cell summary" style={{ width: SUMMARY - 4 }} aria-label={t('partition.olderRecords', { count: win.hiddenBefore, from: log.logStartOffset, to: win.from - 1 })}>
              <span aria-hidden="true">… {win.hiddenBefore}</span>
            </li>
          )}
          {log.logEndOffset === log.logStartOffset && <li className="cell empty" aria-label={t('partition.empty')}>{t('partition.empty')}</li>}
          {shown.map((r) => {
            const again = redelivered.has(r.offset);
            // ", redelivered" is a suffix: the name still starts "offset O key K".
            const label = (r.key === undefined ? t('record.keyless', { offset: r.offset }) : t('record.keyed', { offset: r.offset, key: r.key })) + (again ? t('record.redelivered') : '');
            const segment = segmentOf(r.offset);
            const classes = ['cell', `seg-${segment % 2}`];
            if (segs[segment]?.baseOffset === r.offset) classes.push('seg-start');
            if (fresh.has(r.offset)) classes.push(reduced ? 'fresh-static' : 'fresh');
            if (read.has(r.offset)) classes.push('read');
            if (again) classes.push('redelivered');
            // The tooltip names the step's marks on this cell in the legend's words.
            const marks = ([[fresh.has(r.offset), 'legend.fresh'], [read.has(r.offset), 'legend.read'], [again, 'legend.redelivered']] as const).filter(([on]) => on).map(([, key]) => key);
            if (selected && selected.topic === topic && selected.partition === partition && selected.offset === r.offset) classes.push('selected');
            if (highlighted.includes(`record:${topic}:${partition}:${r.offset}`)) classes.push('highlighted');
            return (
              <li key={r.offset} aria-label={label} className={classes.join(' ')} data-target={`record:${topic}:${partition}:${r.offset}`} data-key-hue={r.key === undefined ? undefined : keyHue(r.key)} style={{ width: CELL - 4 }}>
                {/* Named by what it shows (offset, then key), so the name starts with the visible text (WCAG 2.5.3); the item says it in words. */}
                <button type="button" title={[r.value, ...marks.map((m) => t(m))].join('\n')} {...(turn ? { className: 'your-turn-target', 'data-your-turn': targetId({ kind: 'offset', topic, partition, offset: r.offset }) } : {})}
                  onClick={() => (turn ? turn.act({ kind: 'offset', topic, partition, offset: r.offset }) : select({ topic, partition, offset: r.offset }))}>
                  <span className="cell-offset">{r.offset}</span>{' '}
                  <span className="cell-key">{r.key === undefined ? '∅' : r.key}</span>
                  {again && <span className="redelivered-mark" title={t('legend.redelivered')} aria-hidden="true">↻</span>}
                </button>
              </li>
            );
          })}
        </ul>
        <div className="markers" aria-hidden="true">
          {markers.committed.map((m, i) => (
            <span key={`c-${m.group}`} className="marker committed" title={t('marker.committed', { group: m.group, offset: m.offset })} style={{ left: x(m.offset), top: `calc(${i} * var(--marker-step, 14px))` }}>▲ <bdi>{m.group}</bdi></span>
          ))}
          {markers.positions.map((m, i) => (
            <span key={`p-${m.consumer}`} className="marker position" title={t('marker.position', { consumer: m.consumer, offset: m.offset })} style={{ left: x(m.offset), top: `calc(${markers.committed.length + i} * var(--marker-step, 14px))` }}>△ <bdi>{m.consumer}</bdi></span>
          ))}
        </div>
        <p className="visually-hidden">
          {[...markers.committed.map((m) => t('marker.committed', { group: m.group, offset: m.offset })), ...markers.positions.map((m) => t('marker.position', { consumer: m.consumer, offset: m.offset }))].join('. ')}
        </p>
      </div>
    </div>
  );
});

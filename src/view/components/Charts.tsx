import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useId, useMemo } from 'react';
import { LAG_WINDOW, lagWindow, type LagPoint } from '../../store/lag-series.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { useSimThrottled } from '../hooks/sim-context.tsx';
import { LagTable } from './LagTable.tsx';
import { maxBy, maxOf } from '../layout/bounded.ts';

// Consumer lag (the describe table and a per-step chart), and records per partition. d3 computes the
// scales and the path; React draws the SVG. Each chart has a text summary for screen readers.

const W = 300;
const H = 120;
const PAD = { top: 8, right: 8, bottom: 18, left: 34 };
const COLORS = ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed'];

/**
 * Each group's lag at every step of the last LAG_WINDOW steps up to the cursor (the store keeps
 * these points; see store/lag-series.ts), so commits and produces draw a sawtooth. The describe
 * table beside it is its text alternative (aria-describedby).
 */
export function LagChart({ describedBy }: { describedBy: string }) {
  const { t } = useLang();
  // Throttled at top speed, together: the window reads the series against the same timeline.
  const { series, timeline } = useSimThrottled((s) => ({ series: s.lagSeries, timeline: s.timeline }));
  const points = useMemo(() => lagWindow(series, timeline), [series, timeline]);
  const groups = [...new Set(points.flatMap((p) => Object.keys(p.lag)))];
  const first = points[0]?.step ?? 0;
  const last = points.at(-1)?.step ?? 0;
  let maxLag = 1;
  for (const p of points) maxLag = maxOf(Object.values(p.lag), maxLag);
  const x = scaleLinear().domain([first, Math.max(first + 1, last)]).range([PAD.left, W - PAD.right]);
  const y = scaleLinear().domain([0, maxLag]).nice().range([H - PAD.bottom, PAD.top]);
  const summary = groups.map((g) => t('lag.chart.summary', { group: g, lag: points.at(-1)?.lag[g] ?? 0, step: last, max: maxBy(points, (p) => p.lag[g] ?? 0, 0), count: points.length })).join(' ');
  return (
    <figure className="chart lag-chart">
      <figcaption>{t('lag.chart.title', { count: LAG_WINDOW })}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary || t('lag.chart.none')} aria-describedby={describedBy}>
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} className="axis" />
        <text x={PAD.left - 4} y={y(y.domain()[1] ?? maxLag) + 4} textAnchor="end" className="tick">{y.domain()[1]}</text>
        <text x={PAD.left - 4} y={H - PAD.bottom} textAnchor="end" className="tick">0</text>
        <text x={PAD.left} y={H - 4} textAnchor="start" className="tick">{first}</text>
        <text x={W - PAD.right} y={H - 4} textAnchor="end" className="tick">{t('lag.chart.axis')} {last}</text>
        {groups.map((g, i) => {
          const path = line<LagPoint>().defined((p) => g in p.lag).x((p) => x(p.step)).y((p) => y(p.lag[g] ?? 0))(points);
          return path ? <path key={g} d={path} fill="none" stroke={COLORS[i % COLORS.length]} strokeWidth={2} className="lag-line" data-group={g} /> : null;
        })}
      </svg>
      <ul className="legend">{groups.map((g, i) => <li key={g}><span style={{ background: COLORS[i % COLORS.length] }} aria-hidden="true" /> <bdi>{g}</bdi></li>)}</ul>
    </figure>
  );
}

export function PartitionChart() {
  const { t } = useLang();
  const topics = useSimThrottled((s) => s.timeline.state.topics);
  const bars = Object.values(topics).flatMap((topic) => topic.partitions.map((log) => ({ id: `${topic.name}-${log.partition}`, written: log.logEndOffset, retained: log.logEndOffset - log.logStartOffset })));
  const x = scaleBand().domain(bars.map((b) => b.id)).range([PAD.left, W - PAD.right]).padding(0.2);
  const y = scaleLinear().domain([0, maxBy(bars, (b) => b.written, 1)]).nice().range([H - PAD.bottom, PAD.top]);
  const summary = bars.map((b) => t('chart.partitionSummary', { partition: b.id, written: b.written, retained: b.retained })).join(' ');
  return (
    <figure className="chart">
      <figcaption>{t('chart.partitions')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary || t('topics.none')}>
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} className="axis" />
        <text x={PAD.left - 4} y={y(y.domain()[1] ?? 1) + 4} textAnchor="end" className="tick">{y.domain()[1]}</text>
        {bars.map((b) => (
          <g key={b.id}>
            <rect x={x(b.id)} width={x.bandwidth()} y={y(b.written)} height={y(0) - y(b.written)} className="bar-written" />
            <rect x={x(b.id)} width={x.bandwidth()} y={y(b.retained)} height={y(0) - y(b.retained)} className="bar-retained" />
            {bars.length <= 16 && <text x={(x(b.id) ?? 0) + x.bandwidth() / 2} y={H - 5} textAnchor="middle" className="tick">{b.id.split('-').at(-1)}</text>}
          </g>
        ))}
      </svg>
      <p className="legend small">{t('chart.partitionLegend')}</p>
    </figure>
  );
}

export function Charts() {
  const { t } = useLang();
  const tableId = `lag-table-${useId().replace(/:/g, '')}`;
  return (
    <section className="panel charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{t('panel.charts')}</h2>
      <h3 className="lag-heading">{t('lag.heading')}</h3>
      <LagTable id={tableId} />
      <LagChart describedBy={tableId} />
      <PartitionChart />
    </section>
  );
}

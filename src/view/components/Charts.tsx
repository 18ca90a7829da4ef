import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import { lagHistory } from '../../store/selectors.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { useSim } from '../hooks/sim-context.tsx';
import { formatModelTime } from './Controls.tsx';

// Two small charts: each group's lag over model time, and records per partition. d3 computes the
// scales and the path; React draws the SVG. Each chart has a text summary for screen readers.

const W = 300;
const H = 120;
const PAD = { top: 8, right: 8, bottom: 18, left: 34 };
const COLORS = ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed'];

export function LagChart() {
  const { t, lang } = useLang();
  const timeline = useSim((s) => s.timeline);
  const history = useMemo(() => lagHistory(timeline, 40), [timeline]);
  const groups = Object.keys(timeline.state.groups);
  const maxTime = Math.max(1, ...history.map((p) => p.time));
  const maxLag = Math.max(1, ...history.flatMap((p) => Object.values(p.lag)));
  const x = scaleLinear().domain([0, maxTime]).range([PAD.left, W - PAD.right]);
  const y = scaleLinear().domain([0, maxLag]).nice().range([H - PAD.bottom, PAD.top]);
  const summary = groups.map((g) => t('chart.lagSummary', { group: g, lag: history.at(-1)?.lag[g] ?? 0 })).join(' ');
  return (
    <figure className="chart">
      <figcaption>{t('chart.lag')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary || t('chart.noGroups')}>
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} className="axis" />
        <text x={PAD.left - 4} y={y(maxLag) + 4} textAnchor="end" className="tick">{y.domain()[1]}</text>
        <text x={PAD.left - 4} y={H - PAD.bottom} textAnchor="end" className="tick">0</text>
        <text x={W - PAD.right} y={H - 4} textAnchor="end" className="tick">{formatModelTime(maxTime, lang)}</text>
        {groups.map((g, i) => {
          const path = line<{ time: number; lag: Record<string, number> }>().x((p) => x(p.time)).y((p) => y(p.lag[g] ?? 0))(history);
          return path ? <path key={g} d={path} fill="none" stroke={COLORS[i % COLORS.length]} strokeWidth={2} /> : null;
        })}
      </svg>
      <ul className="legend">{groups.map((g, i) => <li key={g}><span style={{ background: COLORS[i % COLORS.length] }} aria-hidden="true" /> {g}</li>)}</ul>
    </figure>
  );
}

export function PartitionChart() {
  const { t } = useLang();
  const topics = useSim((s) => s.timeline.state.topics);
  const bars = Object.values(topics).flatMap((topic) => topic.partitions.map((log) => ({ id: `${topic.name}-${log.partition}`, written: log.logEndOffset, retained: log.logEndOffset - log.logStartOffset })));
  const x = scaleBand().domain(bars.map((b) => b.id)).range([PAD.left, W - PAD.right]).padding(0.2);
  const y = scaleLinear().domain([0, Math.max(1, ...bars.map((b) => b.written))]).nice().range([H - PAD.bottom, PAD.top]);
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
  return (
    <section className="panel charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{t('panel.charts')}</h2>
      <LagChart />
      <PartitionChart />
    </section>
  );
}

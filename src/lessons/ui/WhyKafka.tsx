import { scalePoint } from 'd3-scale';
import { useState } from 'react';
import { useLang } from '../../view/hooks/lang-context.tsx';

// Lesson 1's picture: N source apps wired to M target apps point to point (N x M links) beside
// the same apps talking only to Kafka (N + M). d3-scale spaces the nodes; React draws the SVG.

const W = 300;
const H = 220;

function Diagram({ sources, targets, hub, label }: { sources: number; targets: number; hub: boolean; label: string }) {
  const y = (n: number) => scalePoint<number>().domain(Array.from({ length: n }, (_, i) => i)).range([20, H - 20]).padding(0.5);
  const ys = y(sources);
  const yt = y(targets);
  const hubAt = { x: W / 2, y: H / 2 };
  const lines: [number, number, number, number][] = [];
  for (let s = 0; s < sources; s++) {
    if (hub) lines.push([30, ys(s) ?? 0, hubAt.x, hubAt.y]);
    else for (let t = 0; t < targets; t++) lines.push([30, ys(s) ?? 0, W - 30, yt(t) ?? 0]);
  }
  if (hub) for (let t = 0; t < targets; t++) lines.push([hubAt.x, hubAt.y, W - 30, yt(t) ?? 0]);
  return (
    <figure className="why-diagram">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {lines.map(([x1, y1, x2, y2], i) => <line key={i} x1={x1} y1={y1} x2={x2} y2={y2} className="why-link" />)}
        {Array.from({ length: sources }, (_, i) => <circle key={`s${i}`} cx={30} cy={ys(i)} r={9} className="why-source" />)}
        {Array.from({ length: targets }, (_, i) => <circle key={`t${i}`} cx={W - 30} cy={yt(i)} r={9} className="why-target" />)}
        {hub && <rect x={hubAt.x - 28} y={hubAt.y - 18} width={56} height={36} rx={6} className="why-hub" />}
        {hub && <text x={hubAt.x} y={hubAt.y + 5} textAnchor="middle" className="why-hub-label">Kafka</text>}
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}

export function WhyKafka() {
  const { t } = useLang();
  const [sources, setSources] = useState(4);
  const [targets, setTargets] = useState(5);
  const clamp = (n: number) => Math.max(1, Math.min(10, n));
  return (
    <section className="panel why-kafka" aria-label="N × M / N + M">
      <div className="row why-controls">
        <span>{t('why.sources', { count: sources })}</span>
        <button type="button" onClick={() => setSources(clamp(sources - 1))} aria-label={t('why.removeSource')}>−</button>
        <button type="button" onClick={() => setSources(clamp(sources + 1))} aria-label={t('why.addSource')}>+</button>
        <span>{t('why.targets', { count: targets })}</span>
        <button type="button" onClick={() => setTargets(clamp(targets - 1))} aria-label={t('why.removeTarget')}>−</button>
        <button type="button" onClick={() => setTargets(clamp(targets + 1))} aria-label={t('why.addTarget')}>+</button>
      </div>
      <div className="why-pair">
        <Diagram sources={sources} targets={targets} hub={false} label={t('why.direct', { sources, targets, links: sources * targets })} />
        <Diagram sources={sources} targets={targets} hub label={t('why.kafka', { sources, targets, links: sources + targets })} />
      </div>
    </section>
  );
}

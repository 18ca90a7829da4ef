import { useState, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n/catalog.ts';
import { useLang, type Translate } from '../../view/hooks/lang-context.tsx';
import { linkCount, WHY_PICTURES, type WhyPicture } from '../lessons/why-kafka.ts';

// Lesson 1's picture, one per step as the narration tells it (why-kafka.ts): named source apps on
// the left, target apps on the right, wired directly (every source to every target) or each to
// Kafka in the middle. The caption states the counts in words, so the SVG has a text alternative.

const W = 480;
const ROW = 44;
const ROWS = 5;
const TOP = 40;
const H = TOP + ROWS * ROW + 8;
// Room on the outer sides for the longest label ("notifications") at the phone size (styles.css).
const SX = 122;
const TX = 352;
const R = 9;
const HUB = { x: (SX + TX) / 2, y: TOP + (ROWS * ROW) / 2, w: 84, h: 44 };

/** The y of row i of n, centred in the five rows so a column of one sits in the middle. */
function rowY(i: number, n: number): number {
  return TOP + ((ROWS - n) * ROW) / 2 + i * ROW + ROW / 2;
}

type Link = { x1: number; y1: number; x2: number; y2: number; kind: 'direct' | 'blocked' | 'via' | 'waiting' };

export function linksOf(p: WhyPicture): Link[] {
  const links: Link[] = [];
  const ys = (i: number) => rowY(i, p.sources.length);
  const yt = (i: number) => rowY(i, p.targets.length);
  if (!p.hub) {
    p.sources.forEach((_, s) => p.targets.forEach((target, t) => {
      links.push({ x1: SX + R, y1: ys(s), x2: TX - R, y2: yt(t), kind: target === p.stopped ? 'blocked' : 'direct' });
    }));
    return links;
  }
  p.sources.forEach((_, s) => links.push({ x1: SX + R, y1: ys(s), x2: HUB.x - HUB.w / 2, y2: HUB.y, kind: 'via' }));
  p.targets.forEach((target, t) => links.push({ x1: HUB.x + HUB.w / 2, y1: HUB.y, x2: TX - R, y2: yt(t), kind: target === p.stopped ? 'waiting' : 'via' }));
  return links;
}

/** The counts in words: what a screen reader hears and everyone reads under the picture. */
export function caption(t: Translate, p: WhyPicture): string {
  const sources = p.sources.length;
  const targets = p.targets.length;
  const counts = p.hub
    ? t('why.captionKafka', { sources, targets, links: linkCount(p), direct: sources * targets })
    : t('why.captionDirect', { sources, targets, links: linkCount(p) });
  if (p.stopped === undefined) return counts;
  const app = t(`why.app.${p.stopped}` as MessageKey);
  return `${counts} ${p.hub ? t('why.captionWaiting', { app }) : t('why.captionBlocked', { app, count: sources })}`;
}

function Legend({ picture }: { picture: WhyPicture }) {
  const { t } = useLang();
  const swatch = (shape: ReactNode) => <svg width="30" height="16" viewBox="0 0 30 16" aria-hidden="true" focusable="false">{shape}</svg>;
  const line = (kind: Link['kind']) => swatch(<line x1="2" y1="8" x2="28" y2="8" className={`why-link ${kind}`} />);
  return (
    <ul className="why-legend" aria-label={t('why.legend')}>
      <li>{swatch(<circle cx="15" cy="8" r="6" className="why-source" />)}{t('why.legendSource')}</li>
      <li>{swatch(<circle cx="15" cy="8" r="6" className="why-target" />)}{t('why.legendTarget')}</li>
      {!picture.hub && <li>{line('direct')}{t('why.legendDirect')}</li>}
      {picture.hub && <li>{line('via')}{t('why.legendKafka')}</li>}
      {picture.stopped !== undefined && <li>{line(picture.hub ? 'waiting' : 'blocked')}{t(picture.hub ? 'why.legendWaiting' : 'why.legendBlocked')}</li>}
    </ul>
  );
}

/** Other numbers of apps, as a sum: the drawn picture keeps the narration's counts. */
function Explore() {
  const { t } = useLang();
  const [sources, setSources] = useState(10);
  const [targets, setTargets] = useState(10);
  const clamp = (n: number) => Math.max(1, Math.min(50, n));
  return (
    <div className="why-explore" role="group" aria-label={t('why.explore')}>
      <p className="why-explore-title">{t('why.explore')}</p>
      <div className="row">
        <span>{t('why.sources', { count: sources })}</span>
        <button type="button" onClick={() => setSources(clamp(sources - 1))} aria-label={t('why.removeSource')}>−</button>
        <button type="button" onClick={() => setSources(clamp(sources + 1))} aria-label={t('why.addSource')}>+</button>
        <span>{t('why.targets', { count: targets })}</span>
        <button type="button" onClick={() => setTargets(clamp(targets - 1))} aria-label={t('why.removeTarget')}>−</button>
        <button type="button" onClick={() => setTargets(clamp(targets + 1))} aria-label={t('why.addTarget')}>+</button>
      </div>
      <output aria-live="polite">{t('why.exploreResult', { sources, targets, direct: sources * targets, kafka: sources + targets })}</output>
    </div>
  );
}

export function WhyKafka({ step }: { step: number }) {
  const { t } = useLang();
  const picture = WHY_PICTURES[Math.max(0, Math.min(WHY_PICTURES.length - 1, step - 1))]!;
  const name = (app: string) => t(`why.app.${app}` as MessageKey);
  const text = caption(t, picture);
  const names = t('why.names', { sources: picture.sources.map(name).join(', '), targets: picture.targets.map(name).join(', ') });
  return (
    <section className="panel why-kafka" aria-label={t('why.label')}>
      <figure className="why-diagram">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${names} ${text}`}>
          <text x={SX} y={18} textAnchor="middle" className="why-heading">{t(picture.roles ? 'why.producers' : 'why.sourcesHeading')}</text>
          <text x={TX} y={18} textAnchor="middle" className="why-heading">{t(picture.roles ? 'why.consumers' : 'why.targetsHeading')}</text>
          {linksOf(picture).map((l, i) => <line key={i} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} className={`why-link ${l.kind}`} />)}
          {picture.sources.map((app, i) => (
            <g key={app} className="why-app">
              <circle cx={SX} cy={rowY(i, picture.sources.length)} r={R} className="why-source" />
              <text x={SX - R - 6} y={rowY(i, picture.sources.length) + 4} textAnchor="end" className="why-label">{name(app)}</text>
            </g>
          ))}
          {picture.targets.map((app, i) => (
            <g key={app} className="why-app">
              <circle cx={TX} cy={rowY(i, picture.targets.length)} r={R} className={`why-target${app === picture.stopped ? ' stopped' : ''}`} />
              <text x={TX + R + 6} y={rowY(i, picture.targets.length) + 4} className="why-label">
                {name(app)}{app === picture.stopped && <tspan className="why-stopped"> ({t('why.stopped')})</tspan>}
              </text>
            </g>
          ))}
          {picture.hub && (
            <g>
              <rect x={HUB.x - HUB.w / 2} y={HUB.y - HUB.h / 2} width={HUB.w} height={HUB.h} rx={8} className="why-hub" />
              <text x={HUB.x} y={HUB.y + 5} textAnchor="middle" className="why-hub-label">{t('why.hub')}</text>
            </g>
          )}
        </svg>
        <figcaption>{text}</figcaption>
      </figure>
      <Legend picture={picture} />
      {picture.explore && <Explore />}
    </section>
  );
}

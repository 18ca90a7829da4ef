import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { BrokerMenu, useBrokerActions } from '../menu/BrokerMenu.tsx';
import { brokers, inFlight, type BrokerInfo } from '../../../engine/index.ts';
import { calloutLanes } from '../../layout/callout-lanes.ts';
import type { BadgeSpec } from '../../layout/moments.ts';
import { useLang } from '../../hooks/lang-context.tsx';
import { useSim } from '../../hooks/sim-context.tsx';
import { useStepBadges } from '../../hooks/use-step-badges.ts';
import { useUi } from '../../hooks/ui-context.tsx';
import { Callouts } from './Callouts.tsx';
import { FigureKey } from './FigureKey.tsx';
import { ReplicaLogs } from './ReplicaLogs.tsx';
import { YourTurnButton } from '../../hooks/your-turn.tsx';

// The diagram's brokers view: the brokers as cards in a row (status, actions, their callouts), and
// under them every replicated partition as its copies' logs, record by record, lined up by offset
// (cluster/ReplicaLogs.tsx). The step's badges sit in lanes beside what they speak about.

/** Widths in em, as diagram.css sets them: a partition's label column, its callout lane, a cell with its gap. */
const LABEL_EM = 9.1;
const LANE_EM = 12;
const CELL_EM = 6.7;
/**
 * The compact figure (a phone, a narrow widget), as diagram.css's `.cluster.compact` sets it: a
 * label column for "B1 L", no callout lane (callouts go under the partition), cells wide enough for
 * a whole shortened record, room for one gap column. Below this width the full layout would show
 * fewer than 3 cells beside a callout lane of its narrowest (--lane-w, 7.5em: a blog's 540 px
 * widget keeps the full layout, a phone takes the compact one).
 */
const COMPACT_BELOW_EM = 38;
const COMPACT_LABEL_EM = 2.9;
const COMPACT_GAP_EM = 1.9;
const COMPACT_CELL_EM = 5.6;
/** The compact figure keeps its callout lane beside the rows while 3 cells and this lane fit (a laptop's middle lane); a phone lists the callouts under each partition. */
const COMPACT_LANE_EM = 10;

function BrokerCard({ broker, badges }: { broker: BrokerInfo; badges: readonly BadgeSpec[] | undefined }) {
  const { t } = useLang();
  const { act, readOnly } = useUi();
  const actions = useBrokerActions(broker);
  const title = t('cluster.broker', { broker: broker.id });
  return (
    <article className={`broker ${broker.status}${readOnly ? '' : ' has-object-menu'}`} aria-labelledby={`broker-${broker.id}-title`} data-target={`broker:${broker.id}`} {...(readOnly ? {} : { 'data-object': '' })}>
      <header>
        <h3 id={`broker-${broker.id}-title`}><YourTurnButton target={{ kind: 'broker', broker: broker.id }} label={title}><BrokerMenu broker={broker} title={title} /></YourTurnButton></h3>
        {/* One line in a narrow box; the whole status in its tooltip. */}
        <span className={`status ${broker.status}`} title={t(`cluster.status.${broker.status}.help`)}>{t(`cluster.status.${broker.status}`)}</span>
      </header>
      {!readOnly && (
        <div className="row broker-actions">
          {actions.map((a) => (
            <button key={a.id} type="button" className={`small${a.danger ? ' danger' : ''}`} onClick={(e) => act(a.command, e.currentTarget)}
              aria-label={a.name}>{a.label}</button>
          ))}
        </div>
      )}
      {badges && badges.length > 0 && <Callouts badges={badges} />}
    </article>
  );
}

function Requests() {
  const { t } = useLang();
  const { act, readOnly } = useUi();
  const state = useSim((s) => s.timeline.state);
  const producers = Object.values(state.producers);
  if (producers.length === 0) return null;
  return (
    <div className="requests">
      <h3>{t('cluster.requests')}</h3>
      <ul>
        {producers.map((p) => (
          <li key={p.id}>
            {t('cluster.requests.count', { producer: p.id, acks: String(p.acks), count: inFlight(state, p.id).length })}
            {!readOnly && p.acks !== 0 && (
              <button type="button" className="small" onClick={(e) => act({ type: 'loseNextAck', producer: p.id }, e.currentTarget)} aria-label={t('cluster.loseAckNamed', { producer: p.id })}>{t('cluster.loseAck')}</button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** How many offset columns fit the panel's width, measured after layout, and whether it takes the compact layout. */
function useMaxColumns() {
  const ref = useRef<HTMLElement | null>(null);
  const [fit, setFit] = useState({ columns: 8, compact: false, below: false });
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const measure = () => {
      const style = getComputedStyle(node);
      if (node.clientWidth === 0) return; // not laid out (hidden, or no layout engine)
      const font = parseFloat(style.getPropertyValue('--figure-font')) || parseFloat(style.fontSize) || 14;
      const ems = node.clientWidth / font;
      const compact = ems < COMPACT_BELOW_EM;
      // The compact grid is tight: measured inside the padding, with one gap column kept free.
      const inner = (node.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0)) / font;
      const below = compact && inner < COMPACT_LABEL_EM + 3 * COMPACT_CELL_EM + COMPACT_LANE_EM;
      const n = compact
        ? Math.max(3, Math.min(16, Math.floor((inner - COMPACT_LABEL_EM - COMPACT_GAP_EM - (below ? 0 : COMPACT_LANE_EM)) / COMPACT_CELL_EM)))
        : Math.max(3, Math.min(16, Math.floor((ems - LABEL_EM - LANE_EM) / CELL_EM)));
      setFit((f) => (f.columns === n && f.compact === compact && f.below === below ? f : { columns: n, compact, below }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return { ref, ...fit };
}

/** The brokers view of the diagram's middle lane (the diagram shows it only with more than one broker). */
export function ClusterPanel() {
  const { t } = useLang();
  const list = useSim((s) => brokers(s.timeline.state).map((b) => `${b.id}:${b.status}`).join(','));
  const cards = useMemo(() => list.split(',').filter(Boolean).map((entry) => {
    const [id, status] = entry.split(':') as [string, BrokerInfo['status']];
    return { id: Number(id), status };
  }), [list]);
  const badges = useStepBadges();
  const lanes = useMemo(() => calloutLanes(badges).lanes, [badges]);
  const { ref, columns, compact, below } = useMaxColumns();
  return (
    <section className={`panel cluster lane${compact ? ' compact' : ''}${below ? ' callouts-below' : ''}`} aria-labelledby="cluster-heading" data-callout-lanes="" ref={ref}>
      <h2 id="cluster-heading">{t('cluster.title')}</h2>
      <FigureKey compact={compact} />
      <div className="brokers" role="list" aria-label={t('figure.brokers')}>
        {cards.map((b) => <div role="listitem" key={b.id}><BrokerCard broker={b} badges={lanes.get(`broker:${b.id}`)} /></div>)}
      </div>
      <ReplicaLogs lanes={lanes} maxColumns={columns} compact={compact} calloutsBelow={below} />
      <Requests />
      <p className="simplification">{t('cluster.simplified')}</p>
    </section>
  );
}

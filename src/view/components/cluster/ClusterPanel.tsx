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

/** How many offset columns fit the panel's width, measured after layout (at least 4). */
function useMaxColumns() {
  const ref = useRef<HTMLElement | null>(null);
  const [columns, setColumns] = useState(8);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const measure = () => {
      const font = parseFloat(getComputedStyle(node).getPropertyValue('--figure-font')) || parseFloat(getComputedStyle(node).fontSize) || 14;
      const ems = node.clientWidth / font;
      const n = Math.max(4, Math.min(16, Math.floor((ems - LABEL_EM - LANE_EM) / CELL_EM)));
      setColumns((c) => (c === n ? c : n));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return { ref, columns };
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
  const { ref, columns } = useMaxColumns();
  return (
    <section className="panel cluster lane" aria-labelledby="cluster-heading" data-callout-lanes="" ref={ref}>
      <h2 id="cluster-heading">{t('cluster.title')}</h2>
      <FigureKey />
      <div className="brokers" role="list" aria-label={t('figure.brokers')}>
        {cards.map((b) => <div role="listitem" key={b.id}><BrokerCard broker={b} badges={lanes.get(`broker:${b.id}`)} /></div>)}
      </div>
      <ReplicaLogs lanes={lanes} maxColumns={columns} />
      <Requests />
      <p className="simplification">{t('cluster.simplified')}</p>
    </section>
  );
}

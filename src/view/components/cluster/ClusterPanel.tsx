import { BrokerMenu, useBrokerActions } from '../menu/BrokerMenu.tsx';
import { inFlight } from '../../../engine/index.ts';
import { clusterLayout, type BrokerView, type ReplicaView } from '../../layout/cluster.ts';
import { useLang } from '../../hooks/lang-context.tsx';
import { useSim } from '../../hooks/sim-context.tsx';
import { useUi } from '../../hooks/ui-context.tsx';
import { YourTurnButton } from '../../hooks/your-turn.tsx';

// The diagram's brokers view: each broker a box holding its replicas, the leader drawn solid,
// followers outlined, each copy's log end, the high watermark a tick on every copy (the diagram's
// path layer joins the ticks of one partition into a line across the boxes), out-of-sync copies
// hatched and named, a stopped or crashed broker greyed. Every box lists the same partitions in the
// same rows (an empty row where it holds no copy), so the copies of one partition line up.
// React owns every DOM node here; d3-scale (in layout/cluster.ts) only computes lengths, which the
// bars' viewBox stretches to the box's width.

const BAR = 96;

function ReplicaRow({ replica, hatch }: { replica: ReplicaView; hatch: string }) {
  const { t } = useLang();
  const tp = `${replica.topic}-${replica.partition}`;
  const role = replica.offline ? t('cluster.offline') : t(`cluster.${replica.role}`);
  const sync = t(replica.inIsr ? 'cluster.inIsr' : 'cluster.outOfIsr');
  const label = t('cluster.replica.label', { tp, role, sync, leo: replica.logEndOffset, hw: replica.highWatermark, epoch: replica.leaderEpoch });
  const kind = `${replica.offline ? 'offline' : replica.role}${replica.inIsr ? '' : ' out-of-sync'}`;
  // The leader's copy is the partition in this view: producers' and consumers' paths end on it.
  const target = replica.role === 'leader' && !replica.offline ? { 'data-target': `partition:${replica.topic}:${replica.partition}` } : {};
  return (
    <li className={`replica ${kind}`} aria-label={label} title={label} {...target}>
      <span className="tp">{tp}</span>
      <span className="bar-box">
        <svg className="replica-bar" viewBox={`0 0 ${BAR + 4} 18`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect className="track" x={1} y={3} width={BAR} height={12} rx={2} />
          <rect className="fill" x={1} y={3} width={Math.max(0, replica.width)} height={12} rx={2} />
          {!replica.inIsr && <rect x={1} y={3} width={BAR} height={12} rx={2} fill={`url(#${hatch})`} />}
          <line className="hw" x1={1 + replica.hwX} x2={1 + replica.hwX} y1={0} y2={18} />
        </svg>
        <span className="hw-mark" aria-hidden="true" data-hw={`${replica.topic}:${replica.partition}`} style={{ left: `${((1 + replica.hwX) / (BAR + 4)) * 100}%` }} />
      </span>
      <span className="role" aria-hidden="true">{replica.offline ? '∅' : replica.role === 'leader' ? 'L' : 'F'}</span>
      <span className="leo">{replica.logEndOffset}</span>
      {!replica.inIsr && <span className="isr-out">{sync}</span>}
    </li>
  );
}

function BrokerCard({ broker, rows, hatch }: { broker: BrokerView; rows: readonly string[]; hatch: string }) {
  const { t } = useLang();
  const { act, readOnly } = useUi();
  const actions = useBrokerActions(broker);
  const title = t('cluster.broker', { broker: broker.id });
  const byRow = new Map(broker.replicas.map((r) => [`${r.topic}-${r.partition}`, r]));
  return (
    <article className={`broker ${broker.status}${readOnly ? '' : ' has-object-menu'}`} aria-labelledby={`broker-${broker.id}-title`} data-target={`broker:${broker.id}`} {...(readOnly ? {} : { 'data-object': '' })}>
      <header>
        <h3 id={`broker-${broker.id}-title`}><YourTurnButton target={{ kind: 'broker', broker: broker.id }} label={title}><BrokerMenu broker={broker} title={title} /></YourTurnButton></h3>
        {/* One line in a narrow box; the whole status in its tooltip. */}
        <span className={`status ${broker.status}`} title={t(`cluster.status.${broker.status}.help`)}>{t(`cluster.status.${broker.status}`)}</span>
      </header>
      {broker.replicas.length === 0 && <p className="hint small">{t('cluster.noReplicas')}</p>}
      {broker.replicas.length > 0 && (
        <ul className="replicas" aria-label={t('cluster.replicasOf', { broker: broker.id })}>
          {rows.map((row) => {
            const r = byRow.get(row);
            return r ? <ReplicaRow key={row} replica={r} hatch={hatch} /> : <li key={row} className="replica none" aria-hidden="true" />;
          })}
        </ul>
      )}
      {!readOnly && (
        <div className="row broker-actions">
          {actions.map((a) => (
            <button key={a.id} type="button" className={`small${a.danger ? ' danger' : ''}`} onClick={(e) => act(a.command, e.currentTarget)}
              aria-label={a.name}>{a.label}</button>
          ))}
        </div>
      )}
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

/** The brokers view of the diagram's middle lane (the diagram shows it only with more than one broker). */
export function ClusterPanel({ hatch }: { hatch: string }) {
  const { t } = useLang();
  const state = useSim((s) => s.timeline.state);
  const brokers = clusterLayout(state, BAR);
  const rows = [...new Set(brokers.flatMap((b) => b.replicas.map((r) => `${r.topic}-${r.partition}`)))]
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return (
    <section className="panel cluster lane" aria-labelledby="cluster-heading">
      <h2 id="cluster-heading">{t('cluster.title')}</h2>
      <p className="hint small legend">{t('cluster.legend')}</p>
      <div className="brokers">
        {/* The rows' names once, left of the boxes (each replica also says its own, for a screen reader and the phone layout). */}
        <ul className="row-labels" aria-hidden="true">{rows.map((row) => <li key={row}>{row}</li>)}</ul>
        {brokers.map((b) => <BrokerCard key={b.id} broker={b} rows={rows} hatch={hatch} />)}
      </div>
      <Requests />
      <p className="simplification">{t('cluster.simplified')}</p>
    </section>
  );
}

import { clusterLayout, isClustered, type BrokerView, type ReplicaView } from '../../layout/cluster.ts';
import { useLang } from '../../hooks/lang-context.tsx';
import { useSim } from '../../hooks/sim-context.tsx';
import { useUi } from '../../hooks/ui-context.tsx';

// The brokers and where each copy of a partition lives: the leader drawn solid, followers outlined,
// the high watermark a line across each bar, out-of-sync copies hatched, a stopped or crashed broker
// greyed. React owns every DOM node here; d3-scale (in layout/cluster.ts) only computes lengths.

const BAR = 96;

function ReplicaRow({ replica }: { replica: ReplicaView }) {
  const { t } = useLang();
  const tp = `${replica.topic}-${replica.partition}`;
  const role = replica.offline ? t('cluster.offline') : t(`cluster.${replica.role}`);
  const sync = t(replica.inIsr ? 'cluster.inIsr' : 'cluster.outOfIsr');
  const label = t('cluster.replica.label', { tp, role, sync, leo: replica.logEndOffset, hw: replica.highWatermark, epoch: replica.leaderEpoch });
  const kind = `${replica.offline ? 'offline' : replica.role}${replica.inIsr ? '' : ' out-of-sync'}`;
  return (
    <li className={`replica ${kind}`} aria-label={label} data-target={`partition:${replica.topic}:${replica.partition}`}>
      <span className="tp">{tp}</span>
      <svg className="replica-bar" width={BAR + 4} height={16} aria-hidden="true" focusable="false">
        <rect className="track" x={1} y={2} width={BAR} height={12} rx={2} />
        <rect className="fill" x={1} y={2} width={Math.max(0, replica.width)} height={12} rx={2} />
        <line className="hw" x1={1 + replica.hwX} x2={1 + replica.hwX} y1={0} y2={16} />
      </svg>
      <span className="role">{replica.offline ? '∅' : replica.role === 'leader' ? 'L' : 'F'}{replica.inIsr ? '' : ' ✗'}</span>
      <span className="leo">{replica.logEndOffset}</span>
    </li>
  );
}

function BrokerCard({ broker }: { broker: BrokerView }) {
  const { t } = useLang();
  const { act, readOnly } = useUi();
  const running = broker.status === 'online' || broker.status === 'isolated';
  const actions: { key: 'stop' | 'crash' | 'isolate' | 'reconnect' | 'start'; type: string; danger?: boolean }[] = running
    ? [{ key: 'stop', type: 'stopBroker' }, { key: 'crash', type: 'crashBroker', danger: true }, broker.status === 'isolated' ? { key: 'reconnect', type: 'reconnectBroker' } : { key: 'isolate', type: 'isolateBroker' }]
    : [{ key: 'start', type: 'startBroker' }];
  const title = t('cluster.broker', { broker: broker.id });
  return (
    <article className={`broker ${broker.status}`} aria-labelledby={`broker-${broker.id}-title`} data-target={`broker:${broker.id}`}>
      <header>
        <h3 id={`broker-${broker.id}-title`}>{title}</h3>
        <span className={`status ${broker.status}`}>{t(`cluster.status.${broker.status}`)}</span>
      </header>
      {broker.replicas.length === 0
        ? <p className="hint small">{t('cluster.noReplicas')}</p>
        : <ul className="replicas" aria-label={t('cluster.replicasOf', { broker: broker.id })}>{broker.replicas.map((r) => <ReplicaRow key={`${r.topic}-${r.partition}`} replica={r} />)}</ul>}
      {!readOnly && (
        <div className="row broker-actions">
          {actions.map((a) => (
            <button key={a.key} type="button" className={`small${a.danger ? ' danger' : ''}`} onClick={() => act({ type: a.type, broker: broker.id })}
              aria-label={t('cluster.action.named', { broker: broker.id, action: t(`cluster.${a.key}`) })}>{t(`cluster.${a.key}`)}</button>
          ))}
        </div>
      )}
    </article>
  );
}

function Requests() {
  const { t } = useLang();
  const { act, readOnly } = useUi();
  const producers = Object.values(useSim((s) => s.timeline.state.producers));
  if (producers.length === 0) return null;
  return (
    <div className="requests">
      <h3>{t('cluster.requests')}</h3>
      <ul>
        {producers.map((p) => (
          <li key={p.id}>
            {t('cluster.requests.count', { producer: p.id, acks: String(p.acks), count: p.queued.length + p.inFlight.length })}
            {!readOnly && p.acks !== 0 && (
              <button type="button" className="small" onClick={() => act({ type: 'loseNextAck', producer: p.id })} aria-label={t('cluster.loseAckNamed', { producer: p.id })}>{t('cluster.loseAck')}</button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ClusterPanel() {
  const { t } = useLang();
  const { act, readOnly } = useUi();
  const state = useSim((s) => s.timeline.state);
  const nextId = Math.max(...state.brokers.map((b) => b.id)) + 1;
  const addBroker = !readOnly && (
    <button type="button" className="small" onClick={() => act({ type: 'addBroker', broker: nextId })} aria-label={t('cluster.addBrokerNamed', { broker: nextId })}>{t('cluster.addBroker')}</button>
  );
  if (!isClustered(state)) {
    return (
      <section className="panel cluster single" aria-labelledby="cluster-heading">
        <h2 id="cluster-heading">{t('cluster.title')}</h2>
        <p className="hint small">{t('cluster.single')}</p>
        {addBroker}
      </section>
    );
  }
  const brokers = clusterLayout(state, BAR);
  return (
    <section className="panel cluster" aria-labelledby="cluster-heading">
      <div className="row cluster-head">
        <h2 id="cluster-heading">{t('cluster.title')}</h2>
        {addBroker}
      </div>
      <p className="hint small legend">{t('cluster.legend')}</p>
      <div className="brokers">{brokers.map((b) => <BrokerCard key={b.id} broker={b} />)}</div>
      <Requests />
      <p className="hint small simplified">{t('cluster.simplified')}</p>
    </section>
  );
}

import { brokers } from '../../../engine/index.ts';
import { useLang } from '../../hooks/lang-context.tsx';
import { useSim } from '../../hooks/sim-context.tsx';

/**
 * The brokers as a row of chips above the topics view: each broker's state in words, so a crash
 * or a fencing is visible (and the moment badges have a place to pin to) without switching to the
 * brokers view. React owns the list; MomentLayer only reads the chips' boxes by `data-target`.
 */
export function BrokerStrip() {
  const { t } = useLang();
  const list = useSim((s) => brokers(s.timeline.state).map((b) => `${b.id}:${b.status}`).join(','));
  const items = list.split(',').map((entry) => {
    const [id, status] = entry.split(':') as [string, string];
    return { id, status };
  });
  return (
    <ul className="broker-strip" aria-label={t('diagram.brokerStrip')}>
      {items.map((b) => (
        <li key={b.id} className={`broker-chip ${b.status}`} data-target={`broker:${b.id}`}>
          <strong>{t('cluster.broker', { broker: b.id })}</strong> <span className="status">{t(`cluster.status.${b.status}` as 'cluster.status.online')}</span>
        </li>
      ))}
    </ul>
  );
}

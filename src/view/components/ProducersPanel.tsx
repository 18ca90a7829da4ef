import { useLang } from '../hooks/lang-context.tsx';
import { useSim } from '../hooks/sim-context.tsx';
import { useUi } from '../hooks/ui-context.tsx';
import { ProducerMenu } from './menu/ProducerMenu.tsx';

// The left column: producers and how each places records without a key. A producer's name opens
// its menu (send a record, remove it).
export function ProducersPanel() {
  const { t } = useLang();
  const { highlighted } = useUi();
  const producers = useSim((s) => s.timeline.state.producers);
  const events = useSim((s) => s.timeline.events);
  const sending = new Set(events.flatMap((e) => (e.type === 'recordProduced' ? [e.producer] : [])));
  return (
    <section className="panel producers" aria-labelledby="producers-heading">
      <h2 id="producers-heading">{t('panel.producers')}</h2>
      {Object.values(producers).length === 0 && <p className="hint">{t('producers.none')}</p>}
      <ul className="entities">
        {Object.values(producers).map((p) => (
          <li key={p.id} data-target={`producer:${p.id}`} data-object="" className={`entity producer has-object-menu${sending.has(p.id) ? ' active' : ''}${highlighted.includes(`producer:${p.id}`) ? ' highlighted' : ''}`}>
            <ProducerMenu producer={p} />
            <span className="detail">{t(`partitioner.${p.partitioner}`)} · acks={p.acks}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useMemo } from 'react';
import { heldCount, profileOf } from '../../engine/index.ts';
import { useStepBadges } from '../hooks/use-step-badges.ts';
import type { BadgeSpec } from '../layout/moments.ts';
import { Callouts } from './cluster/Callouts.tsx';
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
  // The version's rules that make this producer differ from a 3.x one are named beside it (issue 18 item 3).
  const profile = profileOf(useSim((s) => s.timeline.initial.kafkaVersion));
  // A producer's moments (ack, lost ack, retry, failure) sit in the card, under its lines, so they
  // never cover the card's own text (issue 24 item 2); the floating layer leaves them out.
  const badges = useStepBadges();
  const mine = useMemo(() => {
    const out = new Map<string, BadgeSpec[]>();
    for (const b of badges) {
      const id = b.anchors[0]?.id;
      if (id?.startsWith('producer:')) out.set(id, [...(out.get(id) ?? []), b]);
    }
    return out;
  }, [badges]);
  const sending = new Set(events.flatMap((e) => (e.type === 'recordProduced' ? [e.producer] : [])));
  return (
    <section className={`panel producers${Object.values(producers).length === 0 ? ' empty' : ''}`} aria-labelledby="producers-heading">
      <h2 id="producers-heading">{t('panel.producers')}</h2>
      {Object.values(producers).length === 0 && <p className="hint">{t('producers.none')}</p>}
      <ul className="entities">
        {Object.values(producers).map((p) => (
          <li key={p.id} data-target={`producer:${p.id}`} data-own-callouts="" data-object="" className={`entity producer has-object-menu${sending.has(p.id) ? ' active' : ''}${highlighted.includes(`producer:${p.id}`) ? ' highlighted' : ''}`}>
            <ProducerMenu producer={p} />
            <span className="detail partitioner">{t(`partitioner.${p.partitioner}`)}</span>
            {/* What decides whether a lost ack ends in a duplicate: the acks and idempotence settings, and what still waits. */}
            <span className="detail">{t('producer.delivery', { acks: String(p.acks), idempotence: t(p.enableIdempotence ? 'common.on' : 'common.off') })}</span>
            {profile.acks !== 'all' && p.acks === profile.acks && !p.enableIdempotence && <span className="detail version-rule" data-version-rule="defaults">{t('producer.preKip679', { version: profile.name })}</span>}
            {profile.lingerMs > 0 && <span className="detail version-rule" data-version-rule="linger">{t('producer.lingerNote', { linger: profile.lingerMs })}</span>}
            {heldCount(p) > 0 && <span className="detail batched" data-batched={heldCount(p)}>{t('producer.batched', { count: heldCount(p) })}</span>}
            {p.inFlight.length + p.queued.length > 0 && <span className="detail awaiting">{t('producer.awaiting', { count: p.inFlight.length + p.queued.length })}</span>}
            {mine.has(`producer:${p.id}`) && <Callouts badges={mine.get(`producer:${p.id}`)!} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

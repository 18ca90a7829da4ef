import { groupLag } from '../../engine/index.ts';
import { isolate } from '../narrate.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { useSim } from '../hooks/sim-context.tsx';
import { useUi } from '../hooks/ui-context.tsx';

// The right column: each consumer group, its members, what each owns, and the actions on a member.
export function GroupsPanel() {
  const { t } = useLang();
  const { act, highlighted, readOnly } = useUi();
  const state = useSim((s) => s.timeline.state);
  const events = useSim((s) => s.timeline.events);
  const rebalanced = new Set(events.flatMap((e) => (e.type === 'rebalanceCompleted' ? [e.group] : [])));
  const groups = Object.values(state.groups);
  return (
    <section className="panel groups" aria-labelledby="groups-heading">
      <h2 id="groups-heading">{t('panel.groups')}</h2>
      {groups.length === 0 && <p className="hint">{t('groups.none')}</p>}
      {groups.map((g) => (
        <article key={g.id} className={`group${rebalanced.has(g.id) ? ' rebalanced' : ''}${highlighted.includes(`group:${g.id}`) ? ' highlighted' : ''}`} data-target={`group:${g.id}`}>
          <h3>{t('group.title', { group: isolate(g.id) })}</h3>
          <p className="detail">{t('group.summary', { assignor: g.assignor, generation: g.generation, lag: Object.keys(g.committed).length === 0 ? '-' : groupLag(state, g.id) })}</p>
          {g.members.length === 0 && <p className="hint">{t('group.empty')}</p>}
          <ul className="entities">
            {g.members.map((id) => {
              const c = state.consumers[id];
              if (!c) return null;
              const crashed = c.status === 'crashed';
              const owned = c.assignment.map((tp) => `${tp.topic}-${tp.partition}`).join(', ');
              return (
                <li key={id} data-target={`consumer:${id}`} className={`entity consumer${crashed ? ' crashed' : ''}${highlighted.includes(`consumer:${id}`) ? ' highlighted' : ''}`}>
                  <div>
                    <strong><bdi>{id}</bdi></strong> {crashed && <span className="badge danger">{t('consumer.crashed')}</span>}
                    <div className="detail">{owned === '' ? t('group.idle') : t('consumer.owns', { partitions: owned })}</div>
                    <div className="detail small">{t('consumer.settings', { reset: c.autoOffsetReset, autoCommit: c.enableAutoCommit ? t('common.on') : t('common.off') })}</div>
                  </div>
                  {!readOnly && <div className="actions" role="group" aria-label={t('consumer.actions', { consumer: id })}>
                    <button type="button" disabled={crashed} onClick={() => act({ type: 'poll', consumer: id })} aria-label={t('consumer.pollNamed', { consumer: id })}>{t('consumer.poll')}</button>
                    <button type="button" disabled={crashed} onClick={() => act({ type: 'commit', consumer: id })} aria-label={t('consumer.commitNamed', { consumer: id })}>{t('consumer.commit')}</button>
                    <button type="button" disabled={crashed} onClick={() => act({ type: 'removeConsumer', consumer: id })} aria-label={t('consumer.stopNamed', { consumer: id })}>{t('consumer.stop')}</button>
                    <button type="button" disabled={crashed} className="danger" onClick={() => act({ type: 'crashConsumer', consumer: id })} aria-label={t('consumer.crashNamed', { consumer: id })}>{t('consumer.crash')}</button>
                  </div>}
                </li>
              );
            })}
          </ul>
        </article>
      ))}
      <p className="simplification">{t('simplification.rebalance')}</p>
    </section>
  );
}

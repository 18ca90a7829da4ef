import { groupAssignor, groupIds, groupLag, groupMembers } from '../../engine/index.ts';
import { isolate } from '../narrate.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { useSimThrottled } from '../hooks/sim-context.tsx';
import { useUi } from '../hooks/ui-context.tsx';
import { GroupMember } from './GroupMember.tsx';
import { GroupStateLine } from './GroupStateLine.tsx';
import { groupStatus } from './group-status.ts';

// The right column: each consumer group, its members, what each owns, and the actions on a member.
export function GroupsPanel() {
  const { t } = useLang();
  const { highlighted } = useUi();
  // Four times a second at top speed (see EventLog), at once otherwise.
  const { state, events } = useSimThrottled((s) => ({ state: s.timeline.state, events: s.timeline.events }));
  const rebalanced = new Set(events.flatMap((e) => (e.type === 'rebalanceCompleted' ? [e.group] : [])));
  const groups = groupIds(state).map((id) => state.groups[id]!);
  // Consumers of a group that are not members now: subscribed, left for max.poll.interval.ms, or dead before joining.
  const waiting = (group: string, members: readonly string[]) =>
    Object.values(state.consumers).filter((c) => c.group === group && !members.includes(c.id)).map((c) => c.id);
  return (
    <section className={`panel groups${groups.length === 0 ? ' empty' : ''}`} aria-labelledby="groups-heading">
      <h2 id="groups-heading">{t('panel.groups')}</h2>
      {groups.length === 0 && <p className="hint">{t('groups.none')}</p>}
      {groups.map((g) => {
        const status = groupStatus(state, g.id);
        const committed = Object.keys(g.committed).length > 0;
        const lag = committed ? groupLag(state, g.id) : '-';
        const listed = [...groupMembers(state, g.id), ...waiting(g.id, groupMembers(state, g.id))];
        return (
          <article key={g.id} className={`group${listed.length === 0 ? ' vacant' : ''}${rebalanced.has(g.id) ? ' rebalanced' : ''}${highlighted.includes(`group:${g.id}`) ? ' highlighted' : ''}`} data-target={`group:${g.id}`}>
            <h3>{t('group.title', { group: isolate(g.id) })}</h3>
            <p className="detail">{status.protocol === 'consumer'
              ? t('group.summary.consumer', { assignor: status.remoteAssignor ?? '', epoch: status.epoch, lag })
              : t('group.summary', { assignor: groupAssignor(state, g.id) ?? '', generation: g.generation, lag })}</p>
            <GroupStateLine status={status} />
            {groupMembers(state, g.id).length === 0 && <p className="hint">{t(committed ? 'group.empty' : 'group.empty.noOffsets')}</p>}
            <ul className="entities">
              {listed.map((id) => {
                const c = state.consumers[id];
                const member = status.members[id];
                return c ? <GroupMember key={id} consumer={c} {...(member ? { status: member } : {})} /> : null;
              })}
            </ul>
          </article>
        );
      })}
      <p className="simplification">{t(state.kafkaVersion === 'classic' ? 'simplification.rebalance' : 'simplification.rebalance.barrier')}</p>
    </section>
  );
}

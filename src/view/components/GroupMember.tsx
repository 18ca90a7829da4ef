import type { ConsumerState } from '../../engine/index.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { useSimThrottled } from '../hooks/sim-context.tsx';
import { useUi } from '../hooks/ui-context.tsx';
import { YourTurnButton } from '../hooks/your-turn.tsx';
import { redeliveredTo } from './redelivered.ts';
import { ConsumerMenu, useConsumerActions } from './menu/ConsumerMenu.tsx';
import { MemberProtocolStatus } from './MemberProtocolStatus.tsx';
import { memberStateOf, type MemberStatus } from './group-status.ts';

// One consumer of a group: a member, or one that has subscribed (or left for max.poll.interval.ms)
// and joins in its next poll; what it owns, where it stands in a rebalance, and the actions on it (inline, and in the menu its name opens).
export function GroupMember({ consumer: c, status }: { consumer: ConsumerState; status?: MemberStatus }) {
  const { t } = useLang();
  const { act, highlighted, readOnly } = useUi();
  const id = c.id;
  const crashed = c.status === 'crashed';
  const owned = c.assignment.map((tp) => `${tp.topic}-${tp.partition}`).join(', ');
  const paused = c.paused.map((k) => k.replace(/:(\d+)$/, '-$1')).join(', ');
  const outside = c.membership !== 'joined';
  const redelivered = useSimThrottled((s) => redeliveredTo(s.timeline.events, id));
  const actions = useConsumerActions(c);
  return (
    <li data-target={`consumer:${id}`} data-object="" {...(status ? memberStateOf(status) : {})} className={`entity consumer has-object-menu${crashed ? ' crashed' : ''}${outside ? ' outside' : ''}${highlighted.includes(`consumer:${id}`) ? ' highlighted' : ''}`}>
      <div>
        <YourTurnButton target={{ kind: 'member', consumer: id }} label={id}><ConsumerMenu consumer={c} actions={actions} /></YourTurnButton> {crashed && <span className="badge danger">{t('consumer.crashed')}</span>}
        {outside && <span className="badge">{t(c.membership === 'subscribed' ? 'consumer.subscribed' : 'consumer.pollTimeout')}</span>}
        <div className="detail">
          {outside ? t(c.membership === 'subscribed' ? 'consumer.subscribed.help' : 'consumer.pollTimeout.help') : owned === '' ? t('group.idle') : t('consumer.owns', { partitions: owned })}
        </div>
        {status && <MemberProtocolStatus status={status} />}
        {paused !== '' && <div className="detail small">{t('consumer.paused', { partitions: paused })}</div>}
        {redelivered !== '' && <div className="detail small redelivered-note"><span className="redelivered-mark" title={t('legend.redelivered')} aria-hidden="true">↻</span> {t('consumer.redelivered', { ranges: redelivered })}</div>}
        <div className="detail small">{t('consumer.settings', { reset: c.autoOffsetReset, autoCommit: c.enableAutoCommit ? t('common.on') : t('common.off') })}</div>
      </div>
      {!readOnly && <div className="actions" role="group" aria-label={t('consumer.actions', { consumer: id })}>
        {actions.map((a) => (
          <button key={a.id} type="button" className={a.danger ? 'danger' : undefined} disabled={a.disabled} onClick={(e) => act(a.command, e.currentTarget)} aria-label={a.name}>{a.label}</button>
        ))}
      </div>}
    </li>
  );
}

import { formatModelTime } from '../format-time.ts';
import { isolate } from '../narrate.ts';
import { useLang } from '../hooks/lang-context.tsx';
import type { GroupStatus } from './group-status.ts';

// The group's protocol state, and while a rebalance runs whom it waits for: under the classic
// protocol the members whose JoinGroup the barrier lacks and the rebalance timeout that ends it;
// under the consumer protocol (KIP-848) the members still moving to their target, with no barrier.
export function GroupStateLine({ status }: { status: GroupStatus }) {
  const { t, lang } = useLang();
  const members = status.waitingFor.map(isolate).join(', ');
  const waiting = status.waitingFor.length === 0 ? undefined
    : status.protocol === 'consumer'
      ? t('group.reconciling', { members })
      : status.deadline !== undefined ? t('group.waiting', { members, deadline: formatModelTime(status.deadline, lang) }) : undefined;
  return (
    <p className="detail group-state" data-group-state={status.state} {...(status.waitingFor.length > 0 ? { 'data-waiting-for': status.waitingFor.join(' ') } : {})}>
      {t('group.state', { state: status.state })}
      {status.followUp && ` · ${t('group.followUp')}`}
      {waiting !== undefined && ` · ${waiting}`}
    </p>
  );
}

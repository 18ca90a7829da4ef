import { formatModelTime } from '../format-time.ts';
import { useLang } from '../hooks/lang-context.tsx';
import type { MemberStatus } from './group-status.ts';

// Where one member stands in its group's rebalance. Classic: whether its JoinGroup is in (an eager
// member then owns nothing, a cooperative one keeps reading). Consumer protocol (KIP-848): its member
// epoch and target, what it is revoking, what it still waits for, and its next heartbeat.

export function MemberProtocolStatus({ status }: { status: MemberStatus }) {
  const { t, lang } = useLang();
  if (status.protocol === 'classic') {
    const key = !status.rejoined ? 'member.notRejoined' : status.eager ? 'member.rejoined.eager' : 'member.rejoined.cooperative';
    return <div className="detail small member-status">{t(key)}</div>;
  }
  return (
    <div className="detail small member-status">
      {t('member.epoch', { epoch: status.memberEpoch, target: status.target.length === 0 ? t('member.noTarget') : status.target.join(', ') })}
      {status.revoking.length > 0 && <> · {t('member.revoking', { partitions: status.revoking.join(', ') })}</>}
      {status.awaiting.length > 0 && <> · {t('member.awaiting', { partitions: status.awaiting.join(', ') })}</>}
      {status.nextHeartbeat !== undefined && <> · {t('member.nextHeartbeat', { time: formatModelTime(status.nextHeartbeat, lang) })}</>}
    </div>
  );
}

import type { ConsumerState } from '../../engine/index.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { useSim } from '../hooks/sim-context.tsx';
import { useUi } from '../hooks/ui-context.tsx';
import { redeliveredTo } from './redelivered.ts';

// One consumer of a group: a member, or one that has subscribed (or left for max.poll.interval.ms)
// and joins in its next poll; what it owns, and the actions on it.
export function GroupMember({ consumer: c }: { consumer: ConsumerState }) {
  const { t } = useLang();
  const { act, highlighted, readOnly } = useUi();
  const id = c.id;
  const crashed = c.status === 'crashed';
  const owned = c.assignment.map((tp) => `${tp.topic}-${tp.partition}`).join(', ');
  const paused = c.paused.map((k) => k.replace(/:(\d+)$/, '-$1')).join(', ');
  const outside = c.membership !== 'joined';
  const redelivered = useSim((s) => redeliveredTo(s.timeline.events, id));
  return (
    <li data-target={`consumer:${id}`} className={`entity consumer${crashed ? ' crashed' : ''}${outside ? ' outside' : ''}${highlighted.includes(`consumer:${id}`) ? ' highlighted' : ''}`}>
      <div>
        <strong><bdi>{id}</bdi></strong> {crashed && <span className="badge danger">{t('consumer.crashed')}</span>}
        {outside && <span className="badge">{t(c.membership === 'subscribed' ? 'consumer.subscribed' : 'consumer.pollTimeout')}</span>}
        <div className="detail">
          {outside ? t(c.membership === 'subscribed' ? 'consumer.subscribed.help' : 'consumer.pollTimeout.help') : owned === '' ? t('group.idle') : t('consumer.owns', { partitions: owned })}
        </div>
        {paused !== '' && <div className="detail small">{t('consumer.paused', { partitions: paused })}</div>}
        {redelivered !== '' && <div className="detail small redelivered-note"><span className="redelivered-mark" title={t('legend.redelivered')} aria-hidden="true">↻</span> {t('consumer.redelivered', { ranges: redelivered })}</div>}
        <div className="detail small">{t('consumer.settings', { reset: c.autoOffsetReset, autoCommit: c.enableAutoCommit ? t('common.on') : t('common.off') })}</div>
      </div>
      {!readOnly && <div className="actions" role="group" aria-label={t('consumer.actions', { consumer: id })}>
        <button type="button" disabled={crashed} onClick={() => act({ type: 'poll', consumer: id })} aria-label={t('consumer.pollNamed', { consumer: id })}>{t('consumer.poll')}</button>
        <button type="button" disabled={crashed} onClick={() => act({ type: 'commit', consumer: id })} aria-label={t('consumer.commitNamed', { consumer: id })}>{t('consumer.commit')}</button>
        <button type="button" disabled={crashed || c.assignment.length === 0} onClick={() => act({ type: 'seekToBeginning', consumer: id })} aria-label={t('consumer.rewindNamed', { consumer: id })}>{t('consumer.rewind')}</button>
        <button type="button" disabled={crashed} onClick={() => act({ type: 'removeConsumer', consumer: id })} aria-label={t('consumer.stopNamed', { consumer: id })}>{t('consumer.stop')}</button>
        {crashed
          ? <button type="button" onClick={() => act({ type: 'restartConsumer', consumer: id })} aria-label={t('consumer.restartNamed', { consumer: id })}>{t('consumer.restart')}</button>
          : <button type="button" className="danger" onClick={() => act({ type: 'crashConsumer', consumer: id })} aria-label={t('consumer.crashNamed', { consumer: id })}>{t('consumer.crash')}</button>}
      </div>}
    </li>
  );
}

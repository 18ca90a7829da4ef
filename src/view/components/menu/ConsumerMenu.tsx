import type { ConsumerState } from '../../../engine/index.ts';
import { useLang } from '../../hooks/lang-context.tsx';
import { ObjectMenu, type MenuAction } from './ObjectMenu.tsx';

/** What can be done to a consumer now: KafkaConsumer's poll, commitSync, seekToBeginning, close; a crash and a restart. */
export function useConsumerActions(c: ConsumerState): MenuAction[] {
  const { t } = useLang();
  const consumer = c.id;
  const crashed = c.status === 'crashed';
  return [
    { id: 'poll', help: t('actions.consumer.pollHelp'), label: t('consumer.poll'), name: t('consumer.pollNamed', { consumer }), command: { type: 'poll', consumer }, disabled: crashed },
    { id: 'commit', help: t('actions.consumer.commitHelp'), label: t('consumer.commit'), name: t('consumer.commitNamed', { consumer }), command: { type: 'commit', consumer }, disabled: crashed },
    { id: 'rewind', help: t('actions.consumer.rewindHelp'), label: t('consumer.rewind'), name: t('consumer.rewindNamed', { consumer }), command: { type: 'seekToBeginning', consumer }, disabled: crashed || c.assignment.length === 0 },
    { id: 'close', help: t('actions.consumer.closeHelp'), label: t('consumer.stop'), name: t('consumer.stopNamed', { consumer }), command: { type: 'removeConsumer', consumer }, disabled: crashed },
    crashed
      ? { id: 'restart', help: t('actions.consumer.restartHelp'), label: t('consumer.restart'), name: t('consumer.restartNamed', { consumer }), command: { type: 'restartConsumer', consumer } }
      : { id: 'crash', help: t('actions.consumer.crashHelp'), label: t('consumer.crash'), name: t('consumer.crashNamed', { consumer }), command: { type: 'crashConsumer', consumer }, danger: true },
  ];
}

/** A consumer as a control: its name opens the menu of its actions. */
export function ConsumerMenu({ consumer, actions }: { consumer: ConsumerState; actions: readonly MenuAction[] }) {
  const { t } = useLang();
  return (
    <ObjectMenu stretch name={consumer.id} label={t('actions.for', { object: t('actions.consumer.object', { consumer: consumer.id }) })} actions={actions}>
      <strong><bdi>{consumer.id}</bdi></strong>
    </ObjectMenu>
  );
}

import type { BrokerStatus } from '../../../engine/index.ts';
import { useLang } from '../../hooks/lang-context.tsx';
import { ObjectMenu, type MenuAction } from './ObjectMenu.tsx';

/**
 * What can be done to a broker now: a running one stops (controlled shutdown), crashes, or is
 * cut off from the others (or reconnected); a stopped, crashed or fenced one restarts. The same
 * list feeds the inline buttons and the menu, so both always offer the same things.
 */
export function useBrokerActions(broker: { id: number; status: BrokerStatus }): MenuAction[] {
  const { t } = useLang();
  const running = broker.status === 'online' || broker.status === 'isolated';
  const list: { key: 'stop' | 'crash' | 'isolate' | 'reconnect' | 'start'; type: string; danger?: boolean }[] = running
    ? [{ key: 'stop', type: 'stopBroker' }, { key: 'crash', type: 'crashBroker', danger: true }, broker.status === 'isolated' ? { key: 'reconnect', type: 'reconnectBroker' } : { key: 'isolate', type: 'isolateBroker' }]
    : [{ key: 'start', type: 'startBroker' }];
  return list.map((a) => ({
    id: a.key,
    label: t(`cluster.${a.key}`),
    name: t('cluster.action.named', { broker: broker.id, action: t(`cluster.${a.key}`) }),
    command: { type: a.type, broker: broker.id },
    ...(a.danger ? { danger: true } : {}),
  }));
}

/**
 * A broker as a control. Wire it in the broker's box (the element carrying `data-object` and
 * the class `has-object-menu`, so the menu anchors to the box and a click anywhere opens it):
 * `<h3><BrokerMenu broker={broker} title={t('cluster.broker', { broker: broker.id })} /></h3>`.
 */
export function BrokerMenu({ broker, title }: { broker: { id: number; status: BrokerStatus }; title: string }) {
  const { t } = useLang();
  const actions = useBrokerActions(broker);
  return <ObjectMenu stretch name={title} label={t('actions.for', { object: title })} actions={actions}>{title}</ObjectMenu>;
}

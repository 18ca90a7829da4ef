import { useState, type FormEvent } from 'react';
import { useLang } from '../../hooks/lang-context.tsx';
import { formOrigin } from './anchor.ts';
import { ObjectMenu, type MenuAct } from './ObjectMenu.tsx';

/** A topic as a control: its title opens "add partitions" (the engine validates the new total). */
export function TopicMenu({ topic, partitions, title }: { topic: string; partitions: number; title: string }) {
  const { t } = useLang();
  return (
    <ObjectMenu name={title} label={t('actions.for', { object: t('actions.topic.object', { topic }) })}
      form={(act) => <AddPartitions topic={topic} current={partitions} act={act} />}>
      {title}
    </ObjectMenu>
  );
}

function AddPartitions({ topic, current, act }: { topic: string; current: number; act: MenuAct }) {
  const { t } = useLang();
  const [total, setTotal] = useState(String(current + 1));
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // Whatever was typed goes to the engine, which refuses a decrease or a non-number in words.
    act({ type: 'alterPartitions', topic, partitions: Number(total) }, formOrigin(event));
  }
  return (
    <form className="object-menu-form" onSubmit={onSubmit}>
      <label>{t('actions.topic.total')}
        <input type="number" value={total} onChange={(e) => setTotal(e.target.value)} aria-label={t('actions.topic.totalNamed', { topic })} />
      </label>
      <p className="hint small">{t('actions.topic.hint', { current })}</p>
      <button type="submit" className="primary" aria-label={t('actions.topic.addNamed', { topic })}>{t('actions.topic.add')}</button>
    </form>
  );
}

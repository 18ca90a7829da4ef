import { useState, type FormEvent } from 'react';
import { profileOf, topicNames, type ProducerState } from '../../../engine/index.ts';
import { useLang } from '../../hooks/lang-context.tsx';
import { useSim } from '../../hooks/sim-context.tsx';
import { useUi } from '../../hooks/ui-context.tsx';
import { MAX_KEY_LENGTH } from '../forms/ProduceForm.tsx';
import { formOrigin } from './anchor.ts';
import { ObjectMenu, type MenuAct } from './ObjectMenu.tsx';

/** A producer as a control: send a record from it (its acks shown), lose its next ack, or remove it. */
export function ProducerMenu({ producer }: { producer: ProducerState }) {
  const { t } = useLang();
  const id = producer.id;
  return (
    <ObjectMenu stretch name={id} label={t('actions.for', { object: t('actions.producer.object', { producer: id }) })}
      form={(act) => <ProducerSend producer={producer} act={act} />}
      actions={[
        // A fault to inject (the next acknowledgement is lost on its way back); acks=0 has none to lose.
        ...(producer.acks === 0 ? [] : [{ id: 'loseAck', help: t('actions.producer.loseAckHelp'), label: t('cluster.loseAck'), name: t('cluster.loseAckNamed', { producer: id }), command: { type: 'loseNextAck', producer: id } }]),
        { id: 'remove', label: t('producer.remove'), name: t('producer.removeNamed', { producer: id }), command: { type: 'removeProducer', producer: id }, danger: true },
      ]}>
      <strong><bdi>{id}</bdi></strong>
    </ObjectMenu>
  );
}

function ProducerSend({ producer, act }: { producer: ProducerState; act: MenuAct }) {
  const { t } = useLang();
  const lingers = useSim((st) => profileOf(st.timeline.state.kafkaVersion).lingerMs > 0);
  const { refuse } = useUi();
  const topics = useSim((s) => topicNames(s.timeline.state));
  const [topic, setTopic] = useState('');
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const chosen = topics.includes(topic) ? topic : topics[0] ?? '';
  const id = producer.id;
  const config = `acks=${producer.acks} · enable.idempotence=${producer.enableIdempotence}`;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const origin = formOrigin(event);
    if (key.length > MAX_KEY_LENGTH) {
      refuse({ code: 'KEY_TOO_LONG', message: `A key can be at most ${MAX_KEY_LENGTH} characters here`, params: { max: MAX_KEY_LENGTH, length: key.length } }, origin);
      return;
    }
    // linger.ms > 0 (4.0+): send and flush, so the record shows at once (the event log says it was flushed).
    const base = { type: 'produce', producer: id, topic: chosen, value: value === '' ? t('produce.defaultValue') : value, ...(lingers ? { flush: true } : {}) };
    act(key === '' ? base : { ...base, key }, origin);
  }

  if (topics.length === 0) return <p className="hint small">{t('actions.producer.noTopic')}</p>;
  return (
    <form className="object-menu-form" onSubmit={onSubmit}>
      <p className="detail small">{t('actions.producer.settings', { config })}</p>
      <label>{t('actions.producer.topic')}
        <select value={chosen} onChange={(e) => setTopic(e.target.value)} aria-label={t('actions.producer.topicNamed', { producer: id })}>
          {topics.map((name) => <option key={name} value={name}>{name}</option>)}
        </select>
      </label>
      <label>{t('actions.producer.key')}
        <input value={key} onChange={(e) => setKey(e.target.value)} placeholder={t('produce.keyHint')} aria-label={t('actions.producer.keyNamed', { producer: id })} />
      </label>
      <label>{t('actions.producer.value')}
        <input value={value} onChange={(e) => setValue(e.target.value)} placeholder={t('produce.defaultValue')} aria-label={t('actions.producer.valueNamed', { producer: id })} />
      </label>
      <button type="submit" className="primary" aria-label={t('actions.producer.sendNamed', { producer: id })}>{t('actions.producer.send')}</button>
    </form>
  );
}

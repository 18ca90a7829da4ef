import { useState, type FormEvent, type MouseEvent } from 'react';
import { profileOf, topicNames } from '../../../engine/index.ts';
import { useLang } from '../../hooks/lang-context.tsx';
import { useSim } from '../../hooks/sim-context.tsx';
import { useUi } from '../../hooks/ui-context.tsx';
import { formOrigin } from '../menu/anchor.ts';

/** The simulator's own limit on a key typed here, so a cell stays drawable; Kafka's is max.request.size. */
export const MAX_KEY_LENGTH = 100;

export function ProduceForm() {
  const { t } = useLang();
  const { act, refuse, produceTopic: topic, chooseProduceTopic: setTopic } = useUi();
  const topics = useSim((s) => topicNames(s.timeline.state));
  const producers = Object.keys(useSim((s) => s.timeline.state.producers));
  // linger.ms > 0 (4.0+): a click sends and flushes, so its record shows at once; "each key" flushes
  // after its last key, so the keys of one partition share one batch and one request.
  const lingers = useSim((s) => profileOf(s.timeline.state.kafkaVersion).lingerMs > 0);
  const [producer, setProducer] = useState('');
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [manyKeys, setManyKeys] = useState('');
  const chosenTopic = topics.includes(topic) ? topic : topics[0] ?? '';
  const chosenProducer = producers.includes(producer) ? producer : producers[0] ?? '';

  function tooLong(k: string, origin: Element | null): boolean {
    if (k.length <= MAX_KEY_LENGTH) return false;
    refuse({ code: 'KEY_TOO_LONG', message: `A key can be at most ${MAX_KEY_LENGTH} characters here`, params: { max: MAX_KEY_LENGTH, length: k.length } }, origin);
    return true;
  }

  function produce(k: string | undefined, origin: Element | null, flush = true) {
    const base = { type: 'produce', producer: chosenProducer, topic: chosenTopic, value: value === '' ? t('produce.defaultValue') : value, ...(lingers && flush ? { flush: true } : {}) };
    return act(k === undefined ? base : { ...base, key: k }, origin);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const origin = formOrigin(event);
    if (tooLong(key, origin)) return;
    produce(key === '' ? undefined : key, origin);
  }

  function onProduceMany(event: MouseEvent<HTMLButtonElement>) {
    const origin = event.currentTarget;
    const keys = manyKeys.split(',').map((k) => k.trim()).filter((k) => k !== '');
    if (keys.some((k) => tooLong(k, origin))) return;
    for (const [i, k] of keys.entries()) if (produce(k, origin, i === keys.length - 1)) break;
  }

  return (
    <form className="form" onSubmit={onSubmit} aria-labelledby="produce-heading">
      <h3 id="produce-heading">{t('produce.title')}</h3>
      <div className="row">
        <label>{t('produce.producer')}
          <select value={chosenProducer} onChange={(e) => setProducer(e.target.value)}>
            {producers.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
        <label>{t('produce.topic')}
          <select value={chosenTopic} onChange={(e) => setTopic(e.target.value)}>
            {topics.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
        </label>
      </div>
      <div className="row">
        <label>{t('produce.key')}
          <input value={key} onChange={(e) => setKey(e.target.value)} placeholder={t('produce.keyHint')} aria-describedby="key-hint" />
        </label>
        <label>{t('produce.value')}
          <input value={value} onChange={(e) => setValue(e.target.value)} placeholder={t('produce.defaultValue')} />
        </label>
      </div>
      <p id="key-hint" className="hint small">{t('produce.keyRule', { max: MAX_KEY_LENGTH })}</p>
      <button type="submit" className="primary" disabled={!chosenTopic || !chosenProducer}>{t('produce.submit')}</button>
      <div className="row">
        <label>{t('produce.manyKeys')}
          <input value={manyKeys} onChange={(e) => setManyKeys(e.target.value)} placeholder="alice, bob, carol" />
        </label>
        <button type="button" onClick={onProduceMany} disabled={!chosenTopic || !chosenProducer || manyKeys.trim() === ''}>{t('produce.eachKey')}</button>
      </div>
    </form>
  );
}

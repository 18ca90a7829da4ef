import { useMemo, useState, type FormEvent } from 'react';
import { applyCommand, committedOffset, records, runCommands, type SimEvent, type SimState } from '../engine/index.ts';
import { translate, type Lang, type MessageKey } from '../i18n/catalog.ts';
import { SANDBOX_COMMANDS } from './sandbox.ts';

// A first page over the engine: partitions as lists, a produce form, groups and their committed
// offsets. React owns every node here.

function placementText(lang: Lang, event: Extract<SimEvent, { type: 'recordProduced' }>): string {
  const p = event.placement;
  switch (p.kind) {
    case 'key': return translate(lang, 'produce.placedByKey', { key: event.key ?? '', hash: p.hash, positive: p.positiveHash, partitions: p.numPartitions, partition: event.partition });
    case 'round-robin': return translate(lang, 'produce.placedRoundRobin', { counter: p.counter, partition: event.partition });
    case 'sticky': return translate(lang, 'produce.placedSticky', { partition: event.partition });
    case 'explicit': return translate(lang, 'produce.placedExplicit', { partition: event.partition });
  }
}

export function FirstPage({ initialLang }: { initialLang: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [state, setState] = useState<SimState>(() => runCommands(SANDBOX_COMMANDS, { seed: 1 }));
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [topic, setTopic] = useState('orders');
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  const t = (k: MessageKey, params?: Record<string, string | number>) => translate(lang, k, params);
  const topics = useMemo(() => Object.values(state.topics), [state]);

  function onProduce(event: FormEvent) {
    event.preventDefault();
    const command = key === '' ? { type: 'produce', producer: 'producer-1', topic, value } : { type: 'produce', producer: 'producer-1', topic, key, value };
    const result = applyCommand(state, command);
    if (result.error) {
      setMessage({ text: t('error.generic', { message: result.error.message }), error: true });
      return;
    }
    setState(result.state);
    const produced = result.events.find((e): e is Extract<SimEvent, { type: 'recordProduced' }> => e.type === 'recordProduced');
    setMessage(produced ? { text: placementText(lang, produced), error: false } : undefined);
  }

  return (
    <main lang={lang} style={{ fontFamily: 'system-ui, sans-serif', padding: '1rem', maxWidth: 1100, margin: '0 auto' }}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: '1rem', flexWrap: 'wrap' }}>
        <div>
          <h1 style={{ margin: 0 }}>{t('app.title')}</h1>
          <p style={{ margin: 0 }}>{t('app.subtitle')}</p>
        </div>
        <button type="button" aria-label={t('lang.label')} onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')}>{t('lang.switch')}</button>
      </header>

      <form onSubmit={onProduce} style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'end', margin: '1rem 0' }} aria-label={t('produce.title')}>
        <label>{t('produce.topic')}<br />
          <select value={topic} onChange={(e) => setTopic(e.target.value)}>
            {topics.map((tp) => <option key={tp.name} value={tp.name}>{tp.name}</option>)}
          </select>
        </label>
        <label>{t('produce.key')}<br /><input value={key} onChange={(e) => setKey(e.target.value)} placeholder={t('produce.keyHint')} /></label>
        <label>{t('produce.value')}<br /><input value={value} onChange={(e) => setValue(e.target.value)} /></label>
        <button type="submit">{t('produce.submit')}</button>
      </form>
      <p role="status" style={{ minHeight: '1.5em', color: message?.error ? '#b00020' : 'inherit' }}>{message?.text}</p>
      <p>{t('state.time', { time: state.time })}</p>

      {topics.map((tp) => (
        <section key={tp.name}>
          <h2>{tp.name}</h2>
          {tp.partitions.map((log) => (
            <div key={log.partition} style={{ margin: '0.5rem 0' }}>
              <strong>{t('topic.partition', { topic: tp.name, partition: log.partition })}</strong>
              <small> · {t('partition.offsets', { start: log.logStartOffset, end: log.logEndOffset })}</small>
              <ul role="list" aria-label={t('topic.partition', { topic: tp.name, partition: log.partition })} style={{ display: 'flex', gap: 4, listStyle: 'none', padding: 0, flexWrap: 'wrap' }}>
                {records(state, tp.name, log.partition).map((r) => (
                  <li key={r.offset} aria-label={r.key === undefined ? t('record.keyless', { offset: r.offset }) : t('record.keyed', { offset: r.offset, key: r.key })}
                    style={{ border: '1px solid #555', padding: '2px 6px', borderRadius: 4 }}>
                    {r.offset}{r.key === undefined ? '' : `:${r.key}`}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}

      {Object.values(state.groups).map((g) => (
        <section key={g.id}>
          <h2>{t('group.title', { group: g.id })}</h2>
          <ul>
            {g.members.map((m) => {
              const owned = state.consumers[m]?.assignment ?? [];
              const text = owned.length === 0 ? t('group.idle') : owned.map((tp) => `${tp.topic}-${tp.partition} (${t('group.committed')} ${committedOffset(state, g.id, tp.topic, tp.partition) ?? '-'})`).join(', ');
              return <li key={m}>{t('group.member', { consumer: m, partitions: text })}</li>;
            })}
          </ul>
        </section>
      ))}
    </main>
  );
}

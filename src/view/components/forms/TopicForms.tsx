import { useId, useState, type FormEvent } from 'react';
import { partitionCount, topicNames } from '../../../engine/index.ts';
import { useLang } from '../../hooks/lang-context.tsx';
import { formatModelTime } from '../../format-time.ts';
import { useSim } from '../../hooks/sim-context.tsx';
import { useUi } from '../../hooks/ui-context.tsx';
import { formOrigin } from '../menu/anchor.ts';

const optionalInt = (text: string) => (text.trim() === '' ? undefined : Number(text));

export function CreateTopicForm() {
  const { t, lang } = useLang();
  const { act } = useUi();
  const [name, setName] = useState('payments');
  const [partitions, setPartitions] = useState('3');
  const [retentionMs, setRetentionMs] = useState('');
  const retentionHintId = useId();
  const retentionValue = retentionMs.trim() === '' ? 604_800_000 : Number(retentionMs);
  const retentionHint = !Number.isFinite(retentionValue) ? '?' : retentionValue < 0 ? t('topic.forever') : formatModelTime(retentionValue, lang);
  const [retentionBytes, setRetentionBytes] = useState('');
  const [segmentBytes, setSegmentBytes] = useState('');
  const [replicationFactor, setReplicationFactor] = useState('');
  const [minIsr, setMinIsr] = useState('');
  const [unclean, setUnclean] = useState(false);
  const brokers = useSim((s) => s.timeline.state.brokers.length);
  const minIsrTooHigh = (optionalInt(minIsr) ?? 1) > (optionalInt(replicationFactor) ?? 1);
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const extras = { retentionMs: optionalInt(retentionMs), retentionBytes: optionalInt(retentionBytes), segmentBytes: optionalInt(segmentBytes), replicationFactor: optionalInt(replicationFactor), minInsyncReplicas: optionalInt(minIsr) };
    const defined = Object.fromEntries(Object.entries(extras).filter(([, v]) => v !== undefined));
    act({ type: 'createTopic', topic: name.trim(), partitions: Number(partitions), ...defined, ...(unclean ? { uncleanLeaderElection: true } : {}) }, formOrigin(event));
  }
  return (
    <form className="form" onSubmit={onSubmit} aria-labelledby="create-topic-heading">
      <h3 id="create-topic-heading">{t('topicForm.create')}</h3>
      <div className="row">
        <label>{t('topicForm.name')}<input value={name} onChange={(e) => setName(e.target.value)} /></label>
        <label>{t('topicForm.partitions')}<input type="number" min={1} value={partitions} onChange={(e) => setPartitions(e.target.value)} /></label>
      </div>
      <div className="row">
        <label>retention.ms<input type="number" value={retentionMs} onChange={(e) => setRetentionMs(e.target.value)} placeholder="604800000" aria-describedby={retentionHintId} /></label>
        {/* The milliseconds in the reader's units (7 d / 7일), outside the label so the name stays "retention.ms". */}
        <span id={retentionHintId} className="hint small">= {retentionHint}</span>
        <label>retention.bytes<input type="number" value={retentionBytes} onChange={(e) => setRetentionBytes(e.target.value)} placeholder="-1" /></label>
        <label>segment.bytes<input type="number" value={segmentBytes} onChange={(e) => setSegmentBytes(e.target.value)} placeholder="1073741824" /></label>
      </div>
      <div className="row">
        <label>{t('topicForm.replicationFactor')}<input type="number" min={1} max={brokers} value={replicationFactor} placeholder="1" onChange={(e) => setReplicationFactor(e.target.value)} /></label>
        <label>min.insync.replicas<input type="number" min={1} value={minIsr} placeholder="1" onChange={(e) => setMinIsr(e.target.value)} aria-describedby={minIsrTooHigh ? 'min-isr-warning' : undefined} /></label>
        <label className="check"><input type="checkbox" checked={unclean} onChange={(e) => setUnclean(e.target.checked)} />{t('topicForm.unclean')}</label>
      </div>
      {minIsrTooHigh && <p id="min-isr-warning" className="hint small warning-text" role="note">{t('topicForm.minIsrWarning')}</p>}
      <button type="submit">{t('topicForm.createSubmit')}</button>
    </form>
  );
}

export function AddPartitionsForm() {
  const { t } = useLang();
  const { act } = useUi();
  const names = useSim((s) => topicNames(s.timeline.state));
  const [topic, setTopic] = useState('');
  const chosen = names.includes(topic) ? topic : names[0] ?? '';
  const current = useSim((s) => partitionCount(s.timeline.state, chosen));
  const [total, setTotal] = useState('');
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    act({ type: 'alterPartitions', topic: chosen, partitions: Number(total === '' ? current + 1 : total) }, formOrigin(event));
  }
  return (
    <form className="form" onSubmit={onSubmit} aria-labelledby="alter-heading">
      <h3 id="alter-heading">{t('topicForm.alter')}</h3>
      <div className="row">
        <label>{t('produce.topic')}
          <select value={chosen} onChange={(e) => setTopic(e.target.value)}>{names.map((n) => <option key={n} value={n}>{n}</option>)}</select>
        </label>
        <label>{t('topicForm.newTotal')}<input type="number" value={total} placeholder={String(current + 1)} onChange={(e) => setTotal(e.target.value)} /></label>
      </div>
      <p className="hint small">{t('topicForm.alterHint', { current })}</p>
      <button type="submit" disabled={!chosen}>{t('topicForm.alterSubmit')}</button>
    </form>
  );
}

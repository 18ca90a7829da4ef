import { useState, type FormEvent } from 'react';
import { ASSIGNOR_NAMES, groupAssignor, groupIds, groupMembers, KEYLESS_PARTITIONERS, topicNames, type AssignorName, type KeylessPartitioner, type OffsetResetPolicy } from '../../../engine/index.ts';
import { useLang } from '../../hooks/lang-context.tsx';
import { useSim } from '../../hooks/sim-context.tsx';
import { useUi } from '../../hooks/ui-context.tsx';
import { formOrigin } from '../menu/anchor.ts';

const PARTITIONERS = KEYLESS_PARTITIONERS;
const RESETS: OffsetResetPolicy[] = ['earliest', 'latest', 'none'];

function nextName(prefix: string, taken: readonly string[]): string {
  for (let i = 1; ; i++) if (!taken.includes(`${prefix}-${i}`)) return `${prefix}-${i}`;
}

export function AddProducerForm() {
  const { t } = useLang();
  const { act } = useUi();
  const taken = Object.keys(useSim((s) => s.timeline.state.producers));
  const [name, setName] = useState('');
  const [partitioner, setPartitioner] = useState<KeylessPartitioner>('uniform-sticky');
  const [batchBytes, setBatchBytes] = useState('');
  const [acks, setAcks] = useState<'all' | '1' | '0'>('all');
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    act({ type: 'addProducer', producer: (name.trim() || nextName('producer', taken)), partitioner, ...(batchBytes === '' ? {} : { batchBytes: Number(batchBytes) }), acks: acks === 'all' ? 'all' : Number(acks) }, formOrigin(event));
    setName('');
  }
  return (
    <form className="form" onSubmit={onSubmit} aria-labelledby="add-producer-heading">
      <h3 id="add-producer-heading">{t('producerForm.title')}</h3>
      <div className="row">
        <label>{t('producerForm.name')}<input value={name} placeholder={nextName('producer', taken)} onChange={(e) => setName(e.target.value)} /></label>
        <label>{t('producerForm.partitioner')}
          <select value={partitioner} onChange={(e) => setPartitioner(e.target.value as KeylessPartitioner)}>
            {PARTITIONERS.map((p) => <option key={p} value={p}>{t(`partitioner.${p}`)}</option>)}
          </select>
        </label>
        <label>batch.size<input type="number" value={batchBytes} placeholder="16384" onChange={(e) => setBatchBytes(e.target.value)} /></label>
        <label>{t('producerForm.acks')}
          <select value={acks} onChange={(e) => setAcks(e.target.value as 'all' | '1' | '0')}>
            <option value="all">all</option><option value="1">1</option><option value="0">0</option>
          </select>
        </label>
      </div>
      <p className="hint small">{t(`partitioner.${partitioner}.help`)}</p>
      <button type="submit">{t('producerForm.submit')}</button>
    </form>
  );
}

export function AddConsumerForm() {
  const { t } = useLang();
  const { act } = useUi();
  const state = useSim((s) => s.timeline.state);
  const topics = topicNames(state);
  const groups = groupIds(state);
  const [name, setName] = useState('');
  const [group, setGroup] = useState('group-a');
  const [chosenTopics, setChosenTopics] = useState<string[]>([]);
  const [reset, setReset] = useState<OffsetResetPolicy>('earliest');
  const [assignor, setAssignor] = useState<AssignorName>('range');
  const [autoCommit, setAutoCommit] = useState(true);
  const subscribed = chosenTopics.filter((x) => topics.includes(x));
  const effectiveTopics = subscribed.length > 0 ? subscribed : topics.slice(0, 1);
  const existingMembers = groupMembers(state, group.trim()).length;
  const existingAssignor = groupAssignor(state, group.trim());

  function toggle(topic: string) {
    setChosenTopics(effectiveTopics.includes(topic) ? effectiveTopics.filter((x) => x !== topic) : [...effectiveTopics, topic]);
  }
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    act({ type: 'addConsumer', consumer: name.trim() || nextName('consumer', Object.keys(state.consumers)), group: group.trim(), topics: effectiveTopics, autoOffsetReset: reset, assignor: existingMembers > 0 && existingAssignor ? existingAssignor : assignor, enableAutoCommit: autoCommit }, formOrigin(event));
    setName('');
  }
  return (
    <form className="form" onSubmit={onSubmit} aria-labelledby="add-consumer-heading">
      <h3 id="add-consumer-heading">{t('consumerForm.title')}</h3>
      <div className="row">
        <label>{t('consumerForm.name')}<input value={name} placeholder={nextName('consumer', Object.keys(state.consumers))} onChange={(e) => setName(e.target.value)} /></label>
        <label>{t('consumerForm.group')}<input value={group} list="group-names" onChange={(e) => setGroup(e.target.value)} /></label>
        <datalist id="group-names">{groups.map((g) => <option key={g} value={g} />)}</datalist>
      </div>
      <fieldset className="row">
        <legend>{t('consumerForm.topics')}</legend>
        {topics.map((topic) => (
          <label key={topic} className="inline"><input type="checkbox" checked={effectiveTopics.includes(topic)} onChange={() => toggle(topic)} /> {topic}</label>
        ))}
      </fieldset>
      <div className="row">
        <label>auto.offset.reset
          <select value={reset} onChange={(e) => setReset(e.target.value as OffsetResetPolicy)}>{RESETS.map((r) => <option key={r} value={r}>{r}</option>)}</select>
        </label>
        <label>{t('consumerForm.assignor')}
          <select value={existingMembers > 0 && existingAssignor ? existingAssignor : assignor} disabled={existingMembers > 0} onChange={(e) => setAssignor(e.target.value as AssignorName)}>
            {ASSIGNOR_NAMES.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </label>
        <label className="inline"><input type="checkbox" checked={autoCommit} onChange={(e) => setAutoCommit(e.target.checked)} /> enable.auto.commit</label>
      </div>
      <p className="hint small">{t('consumerForm.resetHelp')}</p>
      <button type="submit" disabled={topics.length === 0}>{t('consumerForm.submit')}</button>
    </form>
  );
}

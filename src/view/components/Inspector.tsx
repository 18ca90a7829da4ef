import { explainKeyPlacement, partitionCount, recordsInRange, type SimEvent } from '../../engine/index.ts';
import { useLang } from '../hooks/lang-context.tsx';
import { useSimThrottled } from '../hooks/sim-context.tsx';
import { useUi } from '../hooks/ui-context.tsx';

/** Characters of a record's value the panel prints (a 1 MB value made the page 680,000 px tall). */
const VALUE_SHOWN = 240;

/** Characters (code points) in a value: an emoji is one, not the two UTF-16 units of its length. */
function charCount(value: string): number {
  let n = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The value's first VALUE_SHOWN characters, never half of a surrogate pair. */
function startOf(value: string): string {
  const end = /[\uD800-\uDBFF]/.test(value.charAt(VALUE_SHOWN - 1)) ? VALUE_SHOWN - 1 : VALUE_SHOWN;
  return value.slice(0, end);
}

// Why a record went where it went: the selected record, or else the one the last step produced.
type Produced = Extract<SimEvent, { type: 'recordProduced' }>;

const hex = (bytes: readonly number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');

function KeyMath({ recordKey, numPartitions, actual }: { recordKey: string; numPartitions: number; actual: number }) {
  const { t } = useLang();
  const why = explainKeyPlacement(recordKey, numPartitions);
  return (
    <dl className="math">
      <dt>{t('inspector.key')}</dt><dd><code>{JSON.stringify(recordKey)}</code></dd>
      <dt>{t('inspector.bytes', { count: why.keyBytes.length })}</dt><dd><code>{why.keyBytes.length === 0 ? t('inspector.noBytes') : hex(why.keyBytes)}</code></dd>
      <dt>murmur2</dt><dd><code>{why.hash}</code></dd>
      <dt>&amp; 0x7fffffff</dt><dd><code>{why.positiveHash}</code></dd>
      <dt>% {numPartitions}</dt><dd><code>{why.partition}</code> → <strong>{t('inspector.partition', { partition: why.partition })}</strong></dd>
      {why.partition !== actual && <dd className="note">{t('inspector.movedSince', { actual, now: why.partition })}</dd>}
    </dl>
  );
}

function KeylessExplanation({ event }: { event: Produced | undefined }) {
  const { t } = useLang();
  if (!event) return <p>{t('inspector.keylessGeneric')}</p>;
  const p = event.placement;
  if (p.kind === 'round-robin' && event.key !== undefined) {
    return <p>{t('inspector.roundRobinKeyIgnored', { counter: p.counter, partitions: p.numPartitions, partition: event.partition })}</p>;
  }
  if (p.kind === 'round-robin') {
    return <p>{t('inspector.roundRobin', { counter: p.counter, positive: p.counter & 0x7fffffff, partitions: p.numPartitions, partition: event.partition })}</p>;
  }
  if (p.kind === 'sticky') {
    return (
      <p>
        {t(p.partitioner === 'sticky' ? 'inspector.sticky' : 'inspector.uniformSticky', { partition: event.partition, bytes: p.stickyBytes, batch: p.batchBytes })}
        {p.switched ? ` ${t('inspector.switched')}` : ''}
      </p>
    );
  }
  return <p>{t('inspector.explicit', { partition: event.partition })}</p>;
}

export function Inspector() {
  const { t, lang } = useLang();
  const { selected, select } = useUi();
  // Four times a second at top speed (see EventLog), at once otherwise.
  const { state, events } = useSimThrottled((s) => ({ state: s.timeline.state, events: s.timeline.events }));
  const lastProduced = [...events].reverse().find((e): e is Produced => e.type === 'recordProduced');
  const target = selected ?? (lastProduced ? { topic: lastProduced.topic, partition: lastProduced.partition, offset: lastProduced.offset } : undefined);
  const record = target ? recordsInRange(state, target.topic, target.partition, target.offset, target.offset + 1)[0] : undefined;
  const numPartitions = target ? partitionCount(state, target.topic) : 0;
  const event = lastProduced && target && lastProduced.topic === target.topic && lastProduced.partition === target.partition && lastProduced.offset === target.offset ? lastProduced : undefined;

  return (
    <section className="panel inspector" aria-labelledby="inspector-heading">
      <h2 id="inspector-heading">{t('panel.inspector')}</h2>
      {!target || !record ? (
        <p className="hint">{t('inspector.empty')}</p>
      ) : (
        <>
          <p>
            {t('inspector.record', { topic: target.topic, partition: target.partition, offset: target.offset, producer: record.producer })}
          </p>
          <p className="value">{t('inspector.value')}: {record.value === null ? t('record.tombstone') : record.value.length <= VALUE_SHOWN ? <q>{record.value}</q>
            // A value may be up to a megabyte (a file or a link can carry one): its start, and its length.
            : <><q>{startOf(record.value)}…</q> <span className="hint small">{t('inspector.valueLength', { count: new Intl.NumberFormat(lang).format(charCount(record.value)) })}</span></>}</p>
          {record.key !== undefined && event?.placement.kind !== 'round-robin'
            ? <KeyMath recordKey={record.key} numPartitions={numPartitions} actual={target.partition} />
            : <KeylessExplanation event={event} />}
          {event?.placement.kind === 'explicit' && <p>{t('inspector.explicit', { partition: target.partition })}</p>}
          {selected && <button type="button" className="small" onClick={() => select(undefined)}>{t('inspector.clear')}</button>}
        </>
      )}
    </section>
  );
}

import { COMMAND_TYPES, fetchedRecords, type SimError, type SimEvent, type TopicPartition } from '../engine/index.ts';
import { hasMessage, translate, type Lang, type MessageKey } from '../i18n/catalog.ts';
import { paramNames } from '../i18n/format.ts';
import { messageTemplate } from '../i18n/text-store.ts';
import { describeClusterEvent, isClusterEvent } from './narrate-cluster.ts';
import { describeTransactionEvent, isTransactionEvent } from './narrate-transactions.ts';
import { isolate, named, partitionName } from './narrate-names.ts';

// One line of narration per engine event or error, in the reader's language. Pure: no React.

type Params = Record<string, string | number>;

/** Kafka's names of the topic configs the engine keeps. */
const TOPIC_CONFIG_NAMES = { retentionMs: 'retention.ms', retentionBytes: 'retention.bytes', segmentBytes: 'segment.bytes', segmentMs: 'segment.ms', minInsyncReplicas: 'min.insync.replicas',
  cleanupPolicy: 'cleanup.policy', minCleanableDirtyRatio: 'min.cleanable.dirty.ratio', minCompactionLagMs: 'min.compaction.lag.ms', maxCompactionLagMs: 'max.compaction.lag.ms', deleteRetentionMs: 'delete.retention.ms' } as const;

export { isolate, named, partitionName } from './narrate-names.ts';

const numberFormat = new Intl.NumberFormat('en-US');

const UNITS: readonly [number, { ko: string; en: string }][] = [
  [86_400_000, { ko: '일', en: ' d' }],
  [3_600_000, { ko: '시간', en: ' h' }],
  [60_000, { ko: '분', en: ' min' }],
  [1_000, { ko: '초', en: ' s' }],
  [1, { ko: 'ms', en: ' ms' }],
];

/** Model milliseconds in words: 90000 → "1분 30초" / "1 min 30 s"; 0 → "0ms" / "0 ms". */
export function formatDuration(ms: number, lang: Lang): string {
  if (!Number.isFinite(ms) || ms < 0) return `${ms} ms`;
  const parts: string[] = [];
  let rest = Math.round(ms);
  for (const [size, name] of UNITS) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0) parts.push(`${numberFormat.format(n)}${name[lang]}`);
  }
  return parts.length === 0 ? `0${UNITS[UNITS.length - 1]![1][lang]}` : parts.join(' ');
}

function count(lang: Lang, unit: 'partition' | 'record' | 'segment', n: number): string {
  return translate(lang, n === 1 ? `event.unit.${unit}.one` : `event.unit.${unit}.other`, { count: numberFormat.format(n) });
}

/** Keeps a long list short: the first `max` items, then "3 more". */
function shortList(lang: Lang, items: readonly string[], max = 6): string {
  if (items.length === 0) return translate(lang, 'event.list.none');
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')}, ${translate(lang, 'event.list.more', { count: items.length - max })}`;
}

/**
 * Partitions grouped by topic, consecutive runs of three or more collapsed:
 * `orders-2`, `orders-[0, 1]`, `orders-[0–3, 7], payments-1`. Brackets cannot occur in topic names.
 */
export function formatPartitions(partitions: readonly TopicPartition[], lang: Lang): string {
  if (partitions.length === 0) return translate(lang, 'event.list.none');
  const byTopic = new Map<string, number[]>();
  for (const tp of partitions) byTopic.set(tp.topic, [...(byTopic.get(tp.topic) ?? []), tp.partition]);
  const out: string[] = [];
  for (const [topic, list] of byTopic) {
    const sorted = [...new Set(list)].sort((a, b) => a - b);
    if (sorted.length === 1) {
      out.push(partitionName(topic, sorted[0]!));
      continue;
    }
    const runs: string[] = [];
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
      if (j - i >= 2) runs.push(`${sorted[i]}–${sorted[j]}`);
      else for (let k = i; k <= j; k++) runs.push(String(sorted[k]));
      i = j + 1;
    }
    out.push(`${topic}-[${runs.join(', ')}]`);
  }
  return out.join(', ');
}

function fetchedRanges(event: Extract<SimEvent, { type: 'recordsFetched' }>, lang: Lang): string {
  return shortList(lang, event.batches.filter((b) => b.records.length > 0).map((b) => {
    const tp = partitionName(b.topic, b.partition);
    const from = b.records[0]!.offset;
    const to = b.records[b.records.length - 1]!.offset;
    return from === to ? translate(lang, 'event.fetch.one', { tp, offset: from }) : translate(lang, 'event.fetch.range', { tp, from, to });
  }));
}

function producedText(event: Extract<SimEvent, { type: 'recordProduced' }>, lang: Lang): string {
  const record = event.key === undefined ? translate(lang, 'event.record.keyless') : translate(lang, 'event.record.keyed', { key: isolate(event.key) });
  const base = { producer: isolate(event.producer), record, tp: partitionName(event.topic, event.partition), offset: event.offset };
  const p = event.placement;
  if (p.kind !== 'key' && p.kind !== 'explicit' && p.numPartitions === 1) return translate(lang, 'event.recordProduced.only', base);
  switch (p.kind) {
    case 'key': return translate(lang, 'event.recordProduced.key', { ...base, hash: p.positiveHash, numPartitions: p.numPartitions, partition: event.partition });
    case 'explicit': return translate(lang, 'event.recordProduced.explicit', base);
    case 'round-robin': {
      const placed = translate(lang, event.key === undefined ? 'event.recordProduced.round-robin' : 'event.recordProduced.round-robin.keyIgnored', base);
      // Kafka 2.4-3.9.0 (KAFKA-9965): the counter value the second partition() call threw away.
      return p.skipped === undefined ? placed : `${placed} ${translate(lang, 'event.piece.roundRobinSkipped', { skipped: p.skipped })}`;
    }
    case 'sticky': {
      const key = p.switched ? 'event.recordProduced.sticky.switch'
        : p.stickyBytes >= p.batchBytes ? 'event.recordProduced.sticky.full' : 'event.recordProduced.sticky.stay';
      return translate(lang, key, { ...base, stickyBytes: numberFormat.format(p.stickyBytes), batchBytes: numberFormat.format(p.batchBytes) });
    }
    default: {
      const never: never = p;
      return translate(lang, 'event.unknown', { type: `recordProduced/${(never as { kind: string }).kind}` });
    }
  }
}

function offsetResetText(event: Extract<SimEvent, { type: 'offsetReset' }>, lang: Lang): string {
  const params = { consumer: event.consumer, group: event.group, tp: partitionName(event.topic, event.partition), to: event.to, from: event.from ?? '?', policy: event.policy };
  return translate(lang, `event.offsetReset.${event.reason}.${event.policy}`, named(params));
}

function topicCreatedText(event: Extract<SimEvent, { type: 'topicCreated' }>, lang: Lang): string {
  if (event.replicas) {
    const replicas = event.replicas.map((r, p) => `${partitionName(event.topic, p)} [${r.join(', ')}]`);
    return translate(lang, 'event.topicCreated.replicated', { topic: event.topic, partitions: count(lang, 'partition', event.partitions), replicationFactor: event.replicas[0]?.length ?? 1, replicas: shortList(lang, replicas, 4) });
  }
  return translate(lang, 'event.topicCreated', { topic: event.topic, partitions: count(lang, 'partition', event.partitions) });
}

export function describeEvent(event: SimEvent, lang: Lang): string {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params && named(params));
  if (isClusterEvent(event)) return describeClusterEvent(event, lang);
  if (isTransactionEvent(event)) return describeTransactionEvent(event, lang);
  switch (event.type) {
    case 'topicCreated': {
      const created = topicCreatedText(event, lang);
      if (event.minInsyncReplicas === undefined) return created;
      // Kafka 3.7+ caps the value (KAFKA-15583): the version's rule, not the warning, applies.
      if (event.effectiveMinInsyncReplicas !== undefined) return `${created} ${t('event.piece.minIsrCapped', { effective: event.effectiveMinInsyncReplicas })}`;
      return `${created} ${t('event.piece.minIsrAboveReplicas', { minIsr: event.minInsyncReplicas, replicationFactor: event.replicas?.[0]?.length ?? 1 })}`;
    }
    case 'partitionsAdded': {
      const added = formatPartitions(Array.from({ length: event.to - event.from }, (_, i) => ({ topic: event.topic, partition: event.from + i })), lang);
      if (event.movedKeys.length === 0) return t('event.partitionsAdded', { topic: event.topic, from: event.from, to: event.to, added });
      const moves = shortList(lang, event.movedKeys.map((m) => `"${isolate(m.key)}" ${partitionName(event.topic, m.from)} → ${partitionName(event.topic, m.to)}`), 4);
      return t('event.partitionsAdded.movedKeys', { topic: event.topic, from: event.from, to: event.to, moves });
    }
    case 'producerAdded': {
      const acks = t('event.piece.acks', { acks: String(event.acks), idempotence: t(event.enableIdempotence ? 'event.piece.on' : 'event.piece.off') });
      const line = t(`event.producerAdded.${event.partitioner}`, { producer: event.producer, batchBytes: numberFormat.format(event.batchBytes), acks });
      // The version's rules behind the defaults, when they differ from 3.x (KIP-679 before 3.0, KIP-1030 since 4.0).
      const notes = [
        ...(event.defaultsOf === undefined ? [] : [t('event.piece.preKip679', { version: event.defaultsOf })]),
        ...(event.lingerMs === undefined ? [] : [t('event.piece.lingerDefault', { linger: event.lingerMs })]),
      ];
      return [line, ...notes].join(' ');
    }
    case 'producerRemoved':
      return t('event.producerRemoved', { producer: event.producer });
    case 'metadataUpdated': {
      const reason = t(`event.piece.metadataReason.${event.reason}`, { age: formatDuration(event.maxAgeMs, lang) });
      const variant = event.clientType === 'producer' ? 'producer' : event.reason === 'newTopics' ? 'consumer.assigning' : event.groupLeader ? 'consumer.leader' : 'consumer.member';
      return t(`event.metadataUpdated.${variant}`, { reason, client: event.client, topic: event.topic, partitions: event.partitions, previous: event.previous });
    }
    case 'recordProduced':
      return event.retry === undefined ? producedText(event, lang) : `${producedText(event, lang)} ${t('event.piece.retry', { retry: event.retry })}`;
    case 'segmentRolled':
      return t(`event.segmentRolled.${event.reason}`, { tp: partitionName(event.topic, event.partition), baseOffset: event.baseOffset });
    case 'segmentsDeleted': {
      const first = event.segments[0];
      const last = event.segments[event.segments.length - 1];
      return t(`event.segmentsDeleted.${event.reason}`, {
        tp: partitionName(event.topic, event.partition),
        segments: count(lang, 'segment', event.segments.length),
        fromOffset: first?.baseOffset ?? event.logStartOffset,
        toOffset: last ? last.endOffset - 1 : event.logStartOffset,
        bytes: numberFormat.format(event.segments.reduce((sum, s) => sum + s.bytes, 0)),
        logStartOffset: event.logStartOffset,
      });
    }
    case 'retentionChecked':
      return t('event.retentionChecked', { time: formatDuration(event.at, lang) });
    case 'brokerConfigured':
      return t('event.brokerConfigured', { interval: formatDuration(event.retentionCheckIntervalMs, lang), next: formatDuration(event.at + event.retentionCheckIntervalMs, lang) });
    case 'timeAdvanced':
      return t('event.timeAdvanced', { duration: formatDuration(event.to - event.from, lang), from: formatDuration(event.from, lang), to: formatDuration(event.to, lang) });
    case 'consumerJoined':
      if (event.groupProtocol === 'consumer') return t('event.consumerJoined.consumer', { consumer: event.consumer, group: event.group, reset: event.autoOffsetReset });
      return t('event.consumerJoined', { consumer: event.consumer, group: event.group, assignor: event.assignor, reset: event.autoOffsetReset });
    case 'consumerLeft':
      return t(event.notMember === true ? 'event.consumerLeft.notMember' : 'event.consumerLeft', { consumer: event.consumer, group: event.group });
    case 'consumerCrashed':
      return t('event.consumerCrashed', {
        consumer: event.consumer,
        group: event.group,
        sessionTimeout: formatDuration(event.sessionTimeoutMs, lang),
        expiresAt: formatDuration(event.at + event.sessionTimeoutMs, lang),
      });
    case 'memberExpired':
      return t(event.reason === 'session-timeout' ? 'event.memberExpired' : `event.memberExpired.${event.reason}`, { consumer: event.consumer, group: event.group });
    case 'groupStateChanged':
      return t('event.groupStateChanged', { group: event.group, from: event.from, to: event.to, generation: event.generation });
    case 'joinGroup':
      return event.waitingFor.length === 0
        ? t('event.joinGroup.complete', { consumer: event.consumer, group: event.group })
        : t('event.joinGroup', { consumer: event.consumer, group: event.group, waiting: shortList(lang, event.waitingFor.map(isolate)) });
    case 'commitRetried':
      return t('event.commitRetried', { consumer: event.consumer, group: event.group, attempt: event.attempt, retryAt: formatDuration(event.retryAt, lang) });
    case 'commitFailed':
      return t(`event.commitFailed.${event.error}`, { consumer: event.consumer, group: event.group, timeout: formatDuration(event.timeoutMs, lang) });
    case 'syncGroup':
      return t(event.leader ? 'event.syncGroup.leader' : 'event.syncGroup', { consumer: event.consumer, group: event.group, generation: event.generation, partitions: event.partitions.length === 0 ? t('event.list.none') : formatPartitions(event.partitions, lang) });

    case 'rebalanceStarted':
      return t(`event.rebalanceStarted.${event.reason}`, { group: event.group, generation: event.generation, members: shortList(lang, event.members.map(isolate)) });
    case 'partitionsRevoked':
      return t('event.partitionsRevoked', { group: event.group, consumer: event.consumer, partitions: formatPartitions(event.partitions, lang) });
    case 'partitionsAssigned':
      if (event.partitions.length === 0) return t('event.partitionsAssigned.none', { group: event.group, consumer: event.consumer });
      return t('event.partitionsAssigned', { group: event.group, consumer: event.consumer, partitions: formatPartitions(event.partitions, lang) });
    case 'rebalanceCompleted': {
      const lines = Object.entries(event.assignment).map(([consumer, tps]) => `${isolate(consumer)} → ${formatPartitions(tps, lang)}`);
      return t('event.rebalanceCompleted', { group: event.group, generation: event.generation, assignment: lines.length === 0 ? t('event.list.none') : lines.join('; ') });
    }
    case 'offsetReset':
      return offsetResetText(event, lang);
    case 'positionRestored':
      return t('event.positionRestored', { consumer: event.consumer, group: event.group, tp: partitionName(event.topic, event.partition), offset: event.offset });
    case 'recordsFetched': {
      if (event.count === 0) return t('event.recordsFetched.idle', { consumer: event.consumer });
      const redelivered = fetchedRecords(event).filter((r) => r.redelivered).length;
      const params = { consumer: event.consumer, records: count(lang, 'record', event.count), ranges: fetchedRanges(event, lang) };
      if (redelivered === 0) return t('event.recordsFetched', params);
      return t('event.recordsFetched.redelivered', { ...params, redelivered: count(lang, 'record', redelivered) });
    }
    case 'consumerSubscribed':
      return t('event.consumerSubscribed', { consumer: event.consumer, group: event.group, topics: shortList(lang, event.topics) });
    case 'memberPollTimeout':
      return t('event.memberPollTimeout', { consumer: event.consumer, group: event.group, interval: formatDuration(event.maxPollIntervalMs, lang), lastPoll: formatDuration(event.lastPollAt, lang) });
    case 'positionSought':
      return t('event.positionSought', { consumer: event.consumer, group: event.group, tp: partitionName(event.topic, event.partition), from: event.from ?? '?', to: event.to });
    case 'offsetResetRequested':
      return t(`event.offsetResetRequested.${event.policy}`, { consumer: event.consumer, group: event.group, partitions: formatPartitions(event.partitions, lang) });
    case 'partitionsPaused':
    case 'partitionsResumed':
      return t(`event.${event.type}`, { consumer: event.consumer, group: event.group, partitions: formatPartitions(event.partitions, lang) });
    case 'consumerRestarted':
      return t('event.consumerRestarted', { consumer: event.consumer, group: event.group });
    case 'groupOffsetsReset':
      return t('event.groupOffsetsReset', { group: event.group, offsets: shortList(lang, event.offsets.map((o) => `${partitionName(o.topic, o.partition)} → ${o.offset}`)) });
    case 'recordAccumulated':
      return t('event.recordAccumulated', { producer: event.producer, tp: partitionName(event.topic, event.partition), count: event.recordCount, linger: event.lingerMs, sendAt: formatDuration(event.sendAt, lang) });
    case 'batchSent':
      return t(`event.batchSent.${event.reason}`, { producer: event.producer, tp: partitionName(event.topic, event.partition), count: event.recordCount, linger: event.lingerMs });
    case 'configScaledDown':
      return t('event.configScaledDown', { topic: event.topic, config: event.config, value: numberFormat.format(event.value), minimum: numberFormat.format(event.minimum), version: event.version });
    case 'topicConfigAltered':
      // A time config also in the reader's units: retention.ms=60000 (1분).
      return t('event.topicConfigAltered', { topic: event.topic, configs: Object.entries(event.configs).map(([k, v]) => `${TOPIC_CONFIG_NAMES[k as keyof typeof event.configs]}=${v}${/Ms$/.test(k) && typeof v === 'number' && v >= 0 ? ` (${formatDuration(v, lang)})` : ''}`).join(', ') });
    case 'logCleaned': {
      const items = event.removed.map((r) => t(`event.logCleaned.${r.reason}`, { offset: r.offset, key: r.key ?? '∅' }));
      const removed = translate(lang, event.removedCount === 1 ? 'event.unit.removedRecord.one' : 'event.unit.removedRecord.other', { count: numberFormat.format(event.removedCount) });
      const params = { broker: event.broker, tp: partitionName(event.topic, event.partition), cleanedUpTo: event.cleanedUpTo, ratio: event.dirtyRatio.toFixed(2), min: event.minCleanableDirtyRatio,
        removed, list: items.length === 0 ? '' : t('event.logCleaned.list', { items: shortList(lang, items, 4) }) };
      const line = t(event.forced ? 'event.logCleaned.forced' : 'event.logCleaned.ratio', params);
      if (event.tombstonesKept.length === 0) return line;
      return `${line} ${t('event.logCleaned.tombstones', { count: event.tombstonesKept.length, offsets: shortList(lang, event.tombstonesKept.map(String)), retention: formatDuration(event.deleteRetentionMs, lang) })}`;
    }
    case 'groupEpochBumped':
      return t(`event.groupEpochBumped.${event.reason}`, { group: event.group, groupEpoch: event.groupEpoch, consumer: event.consumer ?? '' });
    case 'targetAssignmentComputed': {
      const lines = Object.entries(event.target).map(([consumer, tps]) => `${isolate(consumer)} → ${formatPartitions(tps, lang)}`);
      return t('event.targetAssignmentComputed', { group: event.group, groupEpoch: event.groupEpoch, assignor: event.assignor, assignment: lines.length === 0 ? t('event.list.none') : lines.join('; ') });
    }
    case 'memberReconciled':
      return t(`event.memberReconciled.${event.state}`, {
        group: event.group, consumer: event.consumer, memberEpoch: event.memberEpoch,
        assigned: formatPartitions(event.assigned, lang), revoking: formatPartitions(event.revoking, lang), unreleased: formatPartitions(event.unreleased, lang),
      });
    case 'offsetsCommitted': {
      const how = event.auto ? 'auto' : event.explicit === true ? 'explicit' : 'manual';
      if (event.offsets.length === 0) return t('event.offsetsCommitted.manual.empty', { consumer: event.consumer, group: event.group });
      const offsets = shortList(lang, event.offsets.map((o) => `${partitionName(o.topic, o.partition)} → ${o.offset}`));
      const retried = event.attempts === undefined ? '' : ` ${t('event.offsetsCommitted.afterRetries', { attempts: event.attempts })}`;
      const line = `${t(`event.offsetsCommitted.${how}`, { consumer: event.consumer, group: event.group, offsets })}${retried}`;
      const below = event.belowPosition?.[0];
      if (below === undefined) return line;
      return `${line} ${t('event.offsetsCommitted.belowPosition', { tp: partitionName(below.topic, below.partition), offset: below.offset, position: below.position, last: below.position - 1 })}`;
    }
    default: {
      const never: never = event;
      return t('event.unknown', { type: String((never as { type?: unknown }).type) });
    }
  }
}

/** Fills `key` only when every placeholder has a value; otherwise undefined. */
function fill(lang: Lang, key: string, params: Params): string | undefined {
  if (!hasMessage(lang, key)) return undefined;
  const template = messageTemplate(lang, key) ?? '';
  for (const name of paramNames(template)) if (!(name in params)) return undefined;
  return translate(lang, key as MessageKey, named(params));
}

const FIELD_LABELS: Record<string, MessageKey> = { topic: 'error.field.topic', producer: 'error.field.producer', consumer: 'error.field.consumer', group: 'error.field.group' };

function fieldLabel(field: string | number | undefined, lang: Lang): string | undefined {
  if (field === undefined) return undefined;
  const base = String(field).replace(/\[\d+\]$/, '') === 'topics' ? 'topic' : String(field);
  const key = Object.hasOwn(FIELD_LABELS, base) ? FIELD_LABELS[base] : undefined;
  return key === undefined ? String(field) : translate(lang, key);
}

/** The engine's English rule text ("must be at least 14") in the reader's language; unknown rules stay as they are. */
function ruleText(rule: string, lang: Lang): string {
  const fixed: Record<string, MessageKey> = {
    'must be a string': 'error.rule.string',
    'must be an integer': 'error.rule.integer',
    'must be a positive integer': 'error.rule.positive',
    'must be true or false': 'error.rule.boolean',
    'must be a non-empty list of topic names': 'error.rule.topicList',
    'must be a string or null': 'error.rule.nullableString',
    'must be a number': 'error.rule.number',
  };
  // Own keys only: a rule or field named like an Object.prototype member ('toString') is just text.
  const key = Object.hasOwn(fixed, rule) ? fixed[rule] : undefined;
  if (key !== undefined) return translate(lang, key);
  let m = /^must be at least (-?\d+)$/.exec(rule);
  if (m) return translate(lang, 'error.rule.min', { min: m[1]! });
  m = /^must be at most (-?\d+)$/.exec(rule);
  if (m) return translate(lang, 'error.rule.max', { max: m[1]! });
  m = /^must be between (\S+) and (\S+)$/.exec(rule);
  if (m) return translate(lang, 'error.rule.between', { min: m[1]!, max: m[2]! });
  m = /^must be one of (.+)$/.exec(rule);
  if (m) return translate(lang, 'error.rule.oneOf', { values: m[1]! });
  return rule;
}

/** Which entry explains this error, and with what parameters. */
function errorEntry(error: SimError, lang: Lang): { key: string; params: Params } {
  const p: Params = { ...error.params };
  const tp = typeof p['topic'] === 'string' && typeof p['partition'] === 'number' ? partitionName(p['topic'], p['partition']) : undefined;
  if (tp !== undefined) p['tp'] = tp;
  switch (error.code) {
    case 'INVALID_COMMAND':
      if (p['field'] === 'type' && p['rule'] === 'missing') return { key: 'error.INVALID_COMMAND.notObject', params: p };
      if (p['rule'] !== undefined) p['rule'] = ruleText(String(p['rule']), lang);
      return { key: 'error.INVALID_COMMAND', params: p };
    case 'UNKNOWN_COMMAND':
      return { key: 'error.UNKNOWN_COMMAND', params: { ...p, known: COMMAND_TYPES.join(', ') } };
    case 'EMPTY_NAME':
    case 'NAME_TOO_LONG': {
      const field = fieldLabel(p['field'], lang);
      if (field !== undefined) p['field'] = field;
      return { key: `error.${error.code}`, params: p };
    }
    case 'LIMIT_EXCEEDED':
      for (const name of ['max', 'size', 'total', 'requested']) if (typeof p[name] === 'number') p[name] = numberFormat.format(p[name]);
      return { key: hasMessage(lang, `error.LIMIT_EXCEEDED.${p['limit']}`) ? `error.LIMIT_EXCEEDED.${p['limit']}` : 'error.LIMIT_EXCEEDED', params: p };
    case 'NAME_INVISIBLE': {
      const field = fieldLabel(p['field'], lang);
      if (field !== undefined) p['field'] = field;
      return { key: 'error.NAME_INVISIBLE', params: p };
    }
    case 'CONSUMER_PROTOCOL_CONFIG':
      return { key: p['config'] === 'group.remote.assignor' ? 'error.CONSUMER_PROTOCOL_CONFIG.remote' : 'error.CONSUMER_PROTOCOL_CONFIG.strategy', params: p };
    case 'INCONSISTENT_GROUP_PROTOCOL':
      return { key: p['protocol'] === 'classic' ? 'error.INCONSISTENT_GROUP_PROTOCOL.mixed' : 'error.INCONSISTENT_GROUP_PROTOCOL', params: p };
    case 'INVALID_TOPIC':
      return { key: p['topic'] === '.' || p['topic'] === '..' ? 'error.INVALID_TOPIC.dots' : 'error.INVALID_TOPIC', params: p };
    case 'INVALID_PARTITIONS': {
      const current = Number(p['current']);
      const requested = Number(p['requested']);
      if (!Number.isInteger(current) || !Number.isInteger(requested) || requested > current) return { key: 'error.unknown', params: p };
      const key = requested === current ? 'error.INVALID_PARTITIONS.same' : 'error.INVALID_PARTITIONS.decrease';
      return { key, params: { ...p, current: count(lang, 'partition', current), requested: count(lang, 'partition', requested) } };
    }
    case 'UNKNOWN_TOPIC_OR_PARTITION': {
      if (tp === undefined) return { key: 'error.UNKNOWN_TOPIC_OR_PARTITION', params: p };
      const partitions = Number(p['partitions']);
      if (!Number.isInteger(partitions)) return { key: 'error.unknown', params: p };
      return { key: 'error.UNKNOWN_TOPIC_OR_PARTITION.partition', params: { ...p, partitions: count(lang, 'partition', partitions), last: partitions - 1 } };
    }
    case 'CONFIG_EXCEPTION': {
      const variant = p['config'] === 'acks' ? 'acks' : p['config'] === 'retries' ? 'retries' : p['config'] === 'transactional.id' ? 'transactionalId' : 'delivery';
      if (typeof p['min'] === 'number') p['min'] = numberFormat.format(p['min']);
      return { key: `error.CONFIG_EXCEPTION.${variant}`, params: p };
    }
    case 'BUFFER_EXHAUSTED':
    case 'RECORD_TOO_LARGE':
    case 'RECORD_BATCH_TOO_LARGE':
      for (const name of ['size', 'max', 'min', 'timeout']) if (typeof p[name] === 'number') p[name] = numberFormat.format(p[name]);
      return { key: `error.${error.code}`, params: p };
    case 'INVALID_SESSION_TIMEOUT':
    case 'INVALID_HEARTBEAT_INTERVAL':
      // Durations in the reader's units (6초–30분), not bare milliseconds.
      for (const name of ['max', 'min', 'timeout', 'heartbeat']) if (typeof p[name] === 'number') p[name] = formatDuration(p[name], lang);
      return { key: `error.${error.code}`, params: p };
    case 'GROUP_ID_NOT_FOUND':
      // A consumer-protocol member refused by a classic group (KIP-848), or offsets sent for a group the coordinator never had.
      return { key: p['consumer'] === undefined ? 'error.GROUP_ID_NOT_FOUND' : 'error.GROUP_ID_NOT_FOUND.notConsumerGroup', params: p };
    case 'COORDINATOR_NOT_AVAILABLE':
      return { key: p['transactionalId'] === undefined ? 'error.COORDINATOR_NOT_AVAILABLE' : 'error.COORDINATOR_NOT_AVAILABLE.transaction', params: p };
    case 'COMMIT_IN_PROGRESS':
      if (typeof p['deadline'] === 'number') p['deadline'] = formatDuration(p['deadline'], lang);
      return { key: 'error.COMMIT_IN_PROGRESS', params: p };
    case 'COMMIT_FAILED':
      return { key: p['reason'] === 'subscribed' ? 'error.COMMIT_FAILED.subscribed' : 'error.COMMIT_FAILED', params: p };
    default:
      return { key: `error.${error.code}`, params: p };
  }
}

/** What was refused and why; an unknown code, or one missing its parameters, falls back to the engine's English message. */
export function describeError(error: SimError, lang: Lang): string {
  const { key, params } = errorEntry(error, lang);
  return fill(lang, key, params) ?? translate(lang, 'error.unknown', { message: error.message });
}

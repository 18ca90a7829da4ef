import type { SimEvent } from '../engine/index.ts';
import { translate, type Lang, type MessageKey } from '../i18n/catalog.ts';
import { named } from './narrate-names.ts';

// Narration of brokers, replication and produce acknowledgements: one line per event, in the
// reader's language. Split from narrate.ts to keep each file readable. Pure: no React.

type Params = Record<string, string | number>;

export type ClusterEvent = Extract<SimEvent, { type:
  | 'produceWaiting' | 'produceAcknowledged' | 'produceErrored' | 'produceRetried' | 'produceFailed' | 'ackLost' | 'duplicateDropped' | 'ackLossArmed'
  | 'brokerAdded' | 'brokerStopped' | 'brokerCrashed' | 'brokerFenced' | 'brokerStarted' | 'brokerIsolated' | 'brokerReconnected'
  | 'replicaFetched' | 'highWatermarkAdvanced' | 'isrShrunk' | 'isrExpanded' | 'leaderElected' | 'partitionOffline' | 'logTruncated' | 'coordinatorMoved' }>;

const CLUSTER_TYPES: ReadonlySet<string> = new Set<ClusterEvent['type']>([
  'produceWaiting', 'produceAcknowledged', 'produceErrored', 'produceRetried', 'produceFailed', 'ackLost', 'duplicateDropped', 'ackLossArmed',
  'brokerAdded', 'brokerStopped', 'brokerCrashed', 'brokerFenced', 'brokerStarted', 'brokerIsolated', 'brokerReconnected',
  'replicaFetched', 'highWatermarkAdvanced', 'isrShrunk', 'isrExpanded', 'leaderElected', 'partitionOffline', 'logTruncated', 'coordinatorMoved',
]);

export function isClusterEvent(event: SimEvent): event is ClusterEvent {
  return CLUSTER_TYPES.has(event.type);
}

function tp(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}

/** Offsets [from, to) as the messages name them: "offset 4" for one, "offsets 3–4" for more. */
function offsets(t: (key: MessageKey, params?: Params) => string, from: number, to: number): string {
  return to - from === 1 ? t('event.piece.offset', { from }) : t('event.piece.offsets', { from, last: to - 1 });
}

function brokerList(ids: readonly number[]): string {
  return `[${ids.join(', ')}]`;
}

/** Model time as the event log writes it: seconds with up to one decimal ("12.5 s" / "12.5초"). */
function moment(ms: number, lang: Lang): string {
  const seconds = Math.round(ms / 100) / 10;
  return lang === 'ko' ? `${seconds}초` : `${seconds} s`;
}

export function describeClusterEvent(event: ClusterEvent, lang: Lang): string {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params && named(params));
  switch (event.type) {
    case 'produceWaiting':
      return t(`event.produceWaiting.${event.reason}`, { producer: event.producer, tp: tp(event.topic, event.partition) });
    case 'produceAcknowledged':
      if (event.offset < 0) return t('event.produceAcknowledged.noOffset', { producer: event.producer, tp: tp(event.topic, event.partition) });
      return t(event.duplicate ? 'event.produceAcknowledged.duplicate' : 'event.produceAcknowledged', { producer: event.producer, tp: tp(event.topic, event.partition), offset: event.offset, acks: String(event.acks) });
    case 'produceErrored':
      if (event.retryAt === undefined) return t('event.produceErrored.final', { producer: event.producer, tp: tp(event.topic, event.partition), error: event.error });
      return t('event.produceErrored', { producer: event.producer, tp: tp(event.topic, event.partition), error: event.error, retryAt: moment(event.retryAt, lang) });
    case 'produceRetried':
      return t('event.produceRetried', { producer: event.producer, tp: tp(event.topic, event.partition), broker: event.broker, attempt: event.attempt });
    case 'produceFailed': {
      const params = { producer: event.producer, tp: tp(event.topic, event.partition), error: event.error, attempts: event.attempts };
      return event.writtenAt === undefined ? t('event.produceFailed', params) : t('event.produceFailed.written', { ...params, offset: event.writtenAt });
    }
    case 'ackLost':
      return t('event.ackLost', { producer: event.producer, tp: tp(event.topic, event.partition), offset: event.offset, retryAt: moment(event.retryAt, lang) });
    case 'duplicateDropped':
      if (event.offset === undefined) return t('event.duplicateDropped.forgotten', { producer: event.producer, tp: tp(event.topic, event.partition), sequence: event.sequence });
      return t('event.duplicateDropped', { producer: event.producer, tp: tp(event.topic, event.partition), sequence: event.sequence, offset: event.offset });
    case 'ackLossArmed':
      return t('event.ackLossArmed', { producer: event.producer });
    case 'brokerAdded':
    case 'brokerStopped':
    case 'brokerFenced':
    case 'brokerStarted':
    case 'brokerIsolated':
    case 'brokerReconnected':
      return t(`event.${event.type}`, { broker: event.broker });
    case 'brokerCrashed':
      return t('event.brokerCrashed', { broker: event.broker, timeout: moment(event.sessionTimeoutMs, lang) });
    case 'replicaFetched':
      if (event.to === event.from) return t('event.replicaFetched.hw', { broker: event.broker, tp: tp(event.topic, event.partition), highWatermark: event.highWatermark });
      return t('event.replicaFetched', { broker: event.broker, tp: tp(event.topic, event.partition), offsets: offsets(t, event.from, event.to), highWatermark: event.highWatermark });
    case 'highWatermarkAdvanced':
      return t('event.highWatermarkAdvanced', { tp: tp(event.topic, event.partition), from: event.from, to: event.to, last: event.to - 1 });
    case 'isrShrunk': {
      const shrunk = t(`event.isrShrunk.${event.reason}`, { tp: tp(event.topic, event.partition), removed: event.removed.join(', '), isr: brokerList(event.isr) });
      // Kafka 3.7+ (KAFKA-15583): the ISR is now below min.insync.replicas, so the high watermark stays put.
      return event.highWatermarkHeld === true ? `${shrunk} ${t('event.piece.hwHeld')}` : shrunk;
    }
    case 'isrExpanded':
      return t('event.isrExpanded', { tp: tp(event.topic, event.partition), added: event.added, isr: brokerList(event.isr) });
    case 'leaderElected': {
      const params = { tp: tp(event.topic, event.partition), leader: event.leader, epoch: event.leaderEpoch };
      if (event.unclean) {
        return event.lostOffsets ? t('event.leaderElected.unclean', { ...params, offsets: offsets(t, event.lostOffsets.from, event.lostOffsets.to) }) : t('event.leaderElected.unclean.nothingLost', params);
      }
      if (event.reason === 'preferred') return t('event.leaderElected.preferred', params);
      const elected = t(event.previousLeader === undefined ? 'event.leaderElected.returned' : 'event.leaderElected', params);
      // Kafka 4.1's rule (KIP-966) produced this leader: say so.
      return event.fromElr === true ? `${elected} ${t('event.piece.electedFromElr')}` : elected;
    }
    case 'partitionOffline':
      return t('event.partitionOffline', { tp: tp(event.topic, event.partition), isr: brokerList(event.isr) });
    case 'logTruncated':
      return t('event.logTruncated', { broker: event.broker, tp: tp(event.topic, event.partition), offsets: offsets(t, event.from, event.to) });
    case 'coordinatorMoved':
      if (event.to === undefined) return t('event.coordinatorMoved.none', { group: event.group, partition: event.partition });
      return t('event.coordinatorMoved', { group: event.group, partition: event.partition, to: event.to });
    default: {
      const never: never = event;
      return t('event.unknown', { type: String((never as { type?: unknown }).type) });
    }
  }
}

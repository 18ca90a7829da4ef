import type { SimEvent, TransactionEvent } from '../engine/index.ts';
import { translate, type Lang, type MessageKey } from '../i18n/catalog.ts';
import { named, partitionName } from './narrate-names.ts';

// Narration of transactions (the coordinator's states, markers, fencing): one line per event, in
// the reader's language. Split from narrate.ts to keep each file readable. Pure: no React.

type Params = Record<string, string | number>;

const TRANSACTION_TYPES: ReadonlySet<string> = new Set<TransactionEvent['type']>([
  'transactionsInitialized', 'transactionStateChanged', 'transactionBegun', 'partitionAddedToTransaction', 'transactionMarkersWritten',
  'transactionOffsetsAdded', 'transactionOffsetsCommitted', 'transactionEndWaiting', 'producerFenced',
  'producerEpochBumped', 'lateWriteArrived', 'hangingTransactionAborted',
]);

export function isTransactionEvent(event: SimEvent): event is TransactionEvent {
  return TRANSACTION_TYPES.has(event.type);
}

function list(items: readonly { topic: string; partition: number; offset: number }[]): string {
  return items.map((o) => `${partitionName(o.topic, o.partition)} → ${o.offset}`).join(', ');
}

export function describeTransactionEvent(event: TransactionEvent, lang: Lang): string {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params && named(params));
  switch (event.type) {
    case 'transactionsInitialized':
      return t('event.transactionsInitialized', { producer: event.producer, transactionalId: event.transactionalId, producerId: event.producerId, epoch: event.producerEpoch, coordinator: event.coordinator ?? '?', partition: event.partition });
    case 'transactionStateChanged': {
      const params = { transactionalId: event.transactionalId, from: event.from, to: event.to, epoch: event.producerEpoch };
      if (event.reason === 'timeout') return t('event.transactionStateChanged.timeout', params);
      if (event.reason === 'fenced') return t('event.transactionStateChanged.fenced', params);
      return t('event.transactionStateChanged', params);
    }
    case 'transactionBegun':
      return t('event.transactionBegun', { producer: event.producer, transactionalId: event.transactionalId });
    case 'partitionAddedToTransaction':
      return t(event.implicit ? 'event.partitionAddedToTransaction.implicit' : 'event.partitionAddedToTransaction', { producer: event.producer, transactionalId: event.transactionalId, tp: partitionName(event.topic, event.partition) });
    case 'transactionMarkersWritten':
      if (event.markers.length === 0) return t(`event.transactionMarkersWritten.${event.control}.none`, { transactionalId: event.transactionalId });
      return t(`event.transactionMarkersWritten.${event.control}`, { transactionalId: event.transactionalId, markers: list(event.markers) });
    case 'transactionOffsetsAdded':
      return t('event.transactionOffsetsAdded', { producer: event.producer, transactionalId: event.transactionalId, group: event.group, offsets: list(event.offsets) });
    case 'transactionOffsetsCommitted':
      return t('event.transactionOffsetsCommitted', { transactionalId: event.transactionalId, group: event.group, offsets: list(event.offsets) });
    case 'transactionEndWaiting':
      return t(`event.transactionEndWaiting.${event.end}`, { producer: event.producer, count: event.unsent });
    case 'producerFenced':
      return t(event.error === 'INVALID_PRODUCER_EPOCH' ? 'event.producerFenced.send' : 'event.producerFenced', { producer: event.producer, transactionalId: event.transactionalId, epoch: event.producerEpoch, current: event.currentEpoch, operation: event.operation, error: event.error });
    case 'producerEpochBumped':
      return t(`event.producerEpochBumped.${event.end}`, { producer: event.producer, transactionalId: event.transactionalId, from: event.from, to: event.to });
    case 'lateWriteArrived': {
      const params = { producer: event.producer, tp: partitionName(event.topic, event.partition), epoch: event.producerEpoch, offset: event.offset ?? -1, error: event.error ?? '' };
      if (event.outcome === 'refused') return t(`event.lateWriteArrived.refused.${event.error!}`, params);
      return t(`event.lateWriteArrived.${event.outcome}`, params);
    }
    case 'hangingTransactionAborted':
      return t('event.hangingTransactionAborted', { tp: partitionName(event.topic, event.partition), producerId: event.producerId, start: event.startOffset, offset: event.markerOffset });
    default: {
      const never: never = event;
      return t('event.unknown', { type: String((never as { type?: unknown }).type) });
    }
  }
}

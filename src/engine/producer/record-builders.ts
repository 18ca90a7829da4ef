import type { SimEvent } from '../events.ts';
import type { ProduceRequest } from '../types.ts';

// The objects the produce path builds for every record, written out field by field (no spreads,
// no closures): a new request, and the recordProduced event of an append.

/** What the partitioner decided for a new record. */
export interface NewRecord {
  placement: ProduceRequest['placement'];
  topic: string;
  partition: number;
  key?: string;
  value: string | null;
  size: number;
}

/** A new request for a record (a function, not a closure per record: this runs on every produce). */
export function newRequest(id: number, record: NewRecord, now: number, sequence: number | undefined): ProduceRequest {
  const r: ProduceRequest = { id, placement: record.placement, topic: record.topic, partition: record.partition, value: record.value, size: record.size, createdAt: now, attempts: 0, status: 'queued' };
  if (record.key !== undefined) r.key = record.key;
  if (sequence !== undefined) r.sequence = sequence;
  return r;
}

/** The append as an event, written out in full (no spreads): the produce path builds one per record. */
export function producedEvent(at: number, producerId: string, record: NewRecord, offset: number, retry = 0): Extract<SimEvent, { type: 'recordProduced' }> {
  const event: Extract<SimEvent, { type: 'recordProduced' }> = record.key === undefined
    ? { type: 'recordProduced', at, producer: producerId, topic: record.topic, partition: record.partition, offset, value: record.value, size: record.size, placement: record.placement }
    : { type: 'recordProduced', at, producer: producerId, topic: record.topic, partition: record.partition, offset, key: record.key, value: record.value, size: record.size, placement: record.placement };
  if (retry > 0) event.retry = retry;
  return event;
}

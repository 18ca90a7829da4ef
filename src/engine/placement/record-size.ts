import { utf8Length } from './utf8.ts';

// Size of one record in Kafka's v2 format (DefaultRecord.sizeInBytes), sent as a batch of its own
// (DefaultRecordBatch.RECORD_BATCH_OVERHEAD = 61 bytes), as a producer with linger.ms=0 does.
// Simplification: the simulator never packs several records into one stored batch.
export const RECORD_BATCH_OVERHEAD = 61;

function varintSize(value: number): number {
  // zig-zag encoding, as ByteUtils.sizeOfVarint
  let v = (value << 1) ^ (value >> 31);
  let bytes = 1;
  while ((v & 0xffffff80) !== 0) {
    bytes++;
    v >>>= 7;
  }
  return bytes;
}

export function recordSizeInBytes(key: string | undefined, value: string | null): number {
  return recordSizeFromLengths(key === undefined ? -1 : utf8Length(key), value === null ? -1 : utf8Length(value));
}

/** The same from the key's and value's UTF-8 lengths (-1: no key, or a null value: a tombstone), so the produce path counts them once. */
export function recordSizeFromLengths(keySize: number, valueSize: number): number {
  // attributes(1) + timestampDelta(varlong 0 = 1) + offsetDelta(varint 0 = 1) + key + value + headers count(1)
  const body = 1 + 1 + 1
    + varintSize(keySize) + Math.max(0, keySize)
    + varintSize(valueSize) + Math.max(0, valueSize)
    + 1;
  return RECORD_BATCH_OVERHEAD + varintSize(body) + body;
}

/**
 * The producer's size check uses an upper bound (AbstractRecords.estimateSizeInBytesUpperBound):
 * the batch header, the largest possible record overhead (DefaultRecord.MAX_RECORD_OVERHEAD = 21),
 * and the key and value bytes.
 */
export function producerSizeEstimate(key: string | undefined, value: string | null): number {
  return producerSizeEstimateFromLengths(key === undefined ? -1 : utf8Length(key), value === null ? -1 : utf8Length(value));
}

export function producerSizeEstimateFromLengths(keySize: number, valueSize: number): number {
  return RECORD_BATCH_OVERHEAD + 21 + Math.max(0, keySize) + Math.max(0, valueSize);
}

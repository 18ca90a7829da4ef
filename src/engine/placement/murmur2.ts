import { utf8ByteArray } from './utf8.ts';

// Kafka's Utils.murmur2 (the variant its DefaultPartitioner and BuiltInPartitioner hash keys with):
// seed 0x9747b28c, little-endian 4-byte blocks, and a signed 32-bit result like Java's int.
const SEED = 0x9747b28c;
const M = 0x5bd1e995;
const R = 24;

export function murmur2(data: ArrayLike<number>): number {
  const length = data.length;
  let h = SEED ^ length;
  const blocks = length >>> 2;
  for (let i = 0; i < blocks; i++) {
    const at = i << 2;
    let k = (data[at]! & 0xff) | ((data[at + 1]! & 0xff) << 8) | ((data[at + 2]! & 0xff) << 16) | ((data[at + 3]! & 0xff) << 24);
    k = Math.imul(k, M);
    k ^= k >>> R;
    k = Math.imul(k, M);
    h = Math.imul(h, M);
    h ^= k;
  }
  const tail = length & ~3;
  // The fall-through of Java's switch(length % 4), written as cumulative ifs.
  const rest = length & 3;
  if (rest === 3) h ^= (data[tail + 2]! & 0xff) << 16;
  if (rest >= 2) h ^= (data[tail + 1]! & 0xff) << 8;
  if (rest >= 1) {
    h ^= data[tail]! & 0xff;
    h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

export interface KeyPlacement {
  keyBytes: number[];
  /** Utils.murmur2 of the key's UTF-8 bytes, signed. */
  hash: number;
  /** hash & 0x7fffffff (Utils.toPositive). */
  positiveHash: number;
  numPartitions: number;
  partition: number;
}

/** Every step of BuiltInPartitioner.partitionForKey, kept so the UI can show why a key went where it did. */
export function explainKeyPlacement(key: string, numPartitions: number): KeyPlacement {
  const keyBytes = utf8ByteArray(key);
  const hash = murmur2(keyBytes);
  const positiveHash = hash & 0x7fffffff;
  return { keyBytes, hash, positiveHash, numPartitions, partition: positiveHash % numPartitions };
}

export function partitionForKey(key: string, numPartitions: number): number {
  return (murmur2(utf8ByteArray(key)) & 0x7fffffff) % numPartitions;
}

// Kafka's assignors iterate java.util.HashMap / HashSet in several places, so their results depend on
// Java's bucket order. This file reproduces that order (JDK 8-21 HashMap: power-of-two table,
// load factor 0.75, hash spread h ^ (h >>> 16), insertion order within a bucket, order-preserving resize).

/** java.lang.String#hashCode over UTF-16 code units, as a signed 32-bit int. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** org.apache.kafka.common.TopicPartition#hashCode: 31 * (31 + partition) + topic.hashCode(). */
export function topicPartitionHash(topic: string, partition: number): number {
  return (Math.imul(31, (31 + partition) | 0) + javaStringHash(topic)) | 0;
}

interface Entry<K, V> {
  readonly key: K;
  readonly bucketHash: number;
  value: V;
}

const DEFAULT_CAPACITY = 16;
// HashMap.TREEIFY_THRESHOLD and MIN_TREEIFY_CAPACITY: a bin longer than 8 in a table under 64 forces a resize.
const TREEIFY_THRESHOLD = 8;
const MIN_TREEIFY_CAPACITY = 64;

/**
 * A map whose iteration order is that of a default-constructed java.util.HashMap fed the same
 * puts and removes. Keys are compared by `idOf`; `hashOf` is the Java hashCode of the key.
 * Real treeification (bins of 9+ in a table of 64+) is not modelled: it needs ~8 colliding keys.
 */
export class JavaHashMap<K, V> {
  private table: Entry<K, V>[][] = [];
  private threshold = 0;
  private readonly index = new Map<string, Entry<K, V>>();

  constructor(
    private readonly idOf: (key: K) => string,
    private readonly hashOf: (key: K) => number,
  ) {}

  get size(): number {
    return this.index.size;
  }

  has(key: K): boolean {
    return this.index.has(this.idOf(key));
  }

  get(key: K): V | undefined {
    return this.index.get(this.idOf(key))?.value;
  }

  /** HashMap.put: an existing key keeps its place and only its value changes. */
  set(key: K, value: V): void {
    const id = this.idOf(key);
    const existing = this.index.get(id);
    if (existing) {
      existing.value = value;
      return;
    }
    if (this.table.length === 0) this.resize();
    const h = this.hashOf(key);
    const entry: Entry<K, V> = { key, bucketHash: h ^ (h >>> 16), value };
    const bin = this.bin(entry.bucketHash);
    bin.push(entry);
    this.index.set(id, entry);
    if (bin.length > TREEIFY_THRESHOLD && this.table.length < MIN_TREEIFY_CAPACITY) this.resize();
    if (this.index.size > this.threshold) this.resize();
  }

  /**
   * HashMap.computeIfAbsent: unlike put, it resizes before inserting (only once already over the
   * threshold) and links a new entry at the head of its bin, not the tail.
   */
  computeIfAbsent(key: K, create: () => V): V {
    const existing = this.index.get(this.idOf(key));
    if (existing) return existing.value;
    if (this.table.length === 0 || this.index.size > this.threshold) this.resize();
    const h = this.hashOf(key);
    const entry: Entry<K, V> = { key, bucketHash: h ^ (h >>> 16), value: create() };
    const bin = this.bin(entry.bucketHash);
    const binCount = bin.length;
    bin.unshift(entry);
    this.index.set(this.idOf(key), entry);
    if (binCount >= TREEIFY_THRESHOLD - 1 && this.table.length < MIN_TREEIFY_CAPACITY) this.resize();
    return entry.value;
  }

  delete(key: K): boolean {
    const id = this.idOf(key);
    const entry = this.index.get(id);
    if (!entry) return false;
    const bin = this.bin(entry.bucketHash);
    bin.splice(bin.indexOf(entry), 1);
    this.index.delete(id);
    return true;
  }

  *entries(): IterableIterator<[K, V]> {
    for (const bin of this.table) for (const e of bin) yield [e.key, e.value];
  }

  *keys(): IterableIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): IterableIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  /** The first key in iteration order (what `set.iterator().next()` returns). */
  firstKey(): K | undefined {
    for (const bin of this.table) if (bin.length > 0) return bin[0]!.key;
    return undefined;
  }

  private bin(bucketHash: number): Entry<K, V>[] {
    return this.table[bucketHash & (this.table.length - 1)]!;
  }

  // HashMap.resize doubles the table; splitting each bin into lo/hi keeps the entries' relative order.
  private resize(): void {
    const capacity = this.table.length === 0 ? DEFAULT_CAPACITY : this.table.length * 2;
    const next: Entry<K, V>[][] = Array.from({ length: capacity }, () => []);
    for (const bin of this.table) for (const e of bin) next[e.bucketHash & (capacity - 1)]!.push(e);
    this.table = next;
    this.threshold = Math.floor(capacity * 0.75);
  }
}

/** A java.util.HashSet of strings (HashSet is a HashMap with dummy values). */
export function javaStringSet(values: Iterable<string> = []): JavaHashMap<string, true> {
  const set = new JavaHashMap<string, true>((s) => s, javaStringHash);
  for (const v of values) set.set(v, true);
  return set;
}

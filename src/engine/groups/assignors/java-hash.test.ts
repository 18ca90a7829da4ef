import fc from 'fast-check';
import { JavaHashMap, javaStringHash, javaStringSet, topicPartitionHash } from './java-hash.ts';
import type { TopicPartition } from './types.ts';

// Expected values were printed by OpenJDK 17 (String#hashCode, TopicPartition#hashCode, HashMap#keySet).
describe('Java hash codes', () => {
  it.each([
    ['', 0], ['a', 97], ['topic', 110546223], ['topic1', -868034334], ['Aa', 2112], ['BB', 2112],
    ['consumer1', -421004549], ['consumer-a', -166239158], ['é€😀', 16752006],
  ])('String#hashCode(%j) = %i', (s, h) => {
    expect(javaStringHash(s)).toBe(h);
  });

  it.each([
    ['topic', 0, 110547184], ['t1', 7, 4823], ['orders', 1000, -1008738370],
  ] as const)('TopicPartition(%s, %i)#hashCode = %i', (topic, partition, h) => {
    expect(topicPartitionHash(topic, partition)).toBe(h);
  });

  it('stays a signed 32-bit integer', () => {
    fc.assert(fc.property(fc.string(), fc.nat(100000), (s, p) => {
      const h = topicPartitionHash(s, p);
      return Number.isInteger(h) && h >= -0x80000000 && h <= 0x7fffffff;
    }));
  });
});

describe('JavaHashMap iteration order matches java.util.HashMap', () => {
  const strings = () => new JavaHashMap<string, number>((s) => s, javaStringHash);

  it('for 20 puts, across two resizes', () => {
    const map = strings();
    for (let i = 0; i < 20; i++) map.set(`consumer${i}`, i);
    expect([...map.keys()]).toEqual([
      'consumer12', 'consumer11', 'consumer10', 'consumer9', 'consumer8', 'consumer7', 'consumer6', 'consumer19', 'consumer18',
      'consumer17', 'consumer16', 'consumer15', 'consumer14', 'consumer13', 'consumer5', 'consumer4', 'consumer3', 'consumer2',
      'consumer1', 'consumer0',
    ]);
    expect(map.get('consumer7')).toBe(7);
    expect(map.size).toBe(20);
  });

  it('put appends to a bin; computeIfAbsent links at its head', () => {
    const keys = ['topic1', 'a', 'BB', 'Aa'];
    expect([...javaStringSet(keys).keys()]).toEqual(['topic1', 'BB', 'Aa', 'a']);
    const grouped = strings();
    for (const k of keys) grouped.computeIfAbsent(k, () => 1);
    expect([...grouped.keys()]).toEqual(['Aa', 'BB', 'topic1', 'a']);
  });

  it('for 13 keys put or computeIfAbsent', () => {
    const keys = Array.from({ length: 13 }, (_, i) => `t${String.fromCharCode(97 + i)}x`);
    const expected = ['tkx', 'tlx', 'tix', 'tjx', 'tgx', 'thx', 'tex', 'tfx', 'tcx', 'tdx', 'tax', 'tbx', 'tmx'];
    expect([...javaStringSet(keys).keys()]).toEqual(expected);
    const viaCompute = strings();
    for (const k of keys) viaCompute.computeIfAbsent(k, () => 0);
    expect([...viaCompute.keys()]).toEqual(expected);
  });

  it('a removed then re-put key goes to the end of its bin; a re-put existing key stays', () => {
    const map = javaStringSet(['orders', 'payments', 'Aa', 'BB', 'clicks']);
    map.delete('Aa');
    map.set('Aa', true);
    map.set('orders', true);
    expect([...map.keys()]).toEqual(['BB', 'Aa', 'payments', 'clicks', 'orders']);
    expect(map.has('Aa')).toBe(true);
    expect(map.delete('missing')).toBe(false);
  });

  it('a bin reaching 9 entries (8 for computeIfAbsent) in a table under 64 forces a resize', () => {
    const keys = [33, 49, 65, 81, 97, 113, 129, 145, 161].map((c) => String.fromCharCode(c)); // all in bucket 1 of 16
    const codes = (map: JavaHashMap<string, unknown>) => [...map.keys()].map((k) => k.charCodeAt(0));
    expect(codes(javaStringSet(keys))).toEqual([33, 65, 97, 129, 161, 49, 81, 113, 145]);
    const viaCompute = strings();
    for (const k of keys.slice(0, 8)) viaCompute.computeIfAbsent(k, () => 1);
    expect(codes(viaCompute)).toEqual([129, 97, 65, 33, 145, 113, 81, 49]);
  });

  it('a HashSet<TopicPartition> yields the same first element as Java', () => {
    const set = new JavaHashMap<TopicPartition, true>((tp) => `${tp.partition}:${tp.topic}`, (tp) => topicPartitionHash(tp.topic, tp.partition));
    for (let i = 9; i >= 0; i--) set.set({ topic: `t${i % 3}`, partition: i }, true);
    expect([...set.keys()].map((tp) => `${tp.topic}-${tp.partition}`)).toEqual(['t0-9', 't2-8', 't1-7', 't0-6', 't2-5', 't1-4', 't0-3', 't2-2', 't1-1', 't0-0']);
    expect(set.firstKey()).toEqual({ topic: 't0', partition: 9 });
  });

  it('behaves as a map whatever the operations', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('set', 'compute', 'delete'), fc.string({ maxLength: 3 }))), (ops) => {
      const map = strings();
      const model = new Map<string, number>();
      ops.forEach(([op, key], i) => {
        if (op === 'set') { map.set(key, i); model.set(key, i); }
        else if (op === 'compute') { map.computeIfAbsent(key, () => i); if (!model.has(key)) model.set(key, i); }
        else { map.delete(key); model.delete(key); }
      });
      expect(new Map(map.entries())).toEqual(model);
      expect(map.size).toBe(model.size);
    }));
  });
});

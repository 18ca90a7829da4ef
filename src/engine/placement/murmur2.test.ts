import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { murmur2, partitionForKey, explainKeyPlacement } from './murmur2.ts';
import { utf8Bytes, utf8Length } from './utf8.ts';

interface Vector { utf8?: string; bytes?: number[]; expected: number }
const fixturePath = fileURLToPath(new URL('../../../test/fixtures/murmur2-kafka-utilstest.json', import.meta.url));
const vectors = (JSON.parse(readFileSync(fixturePath, 'utf8')) as { vectors: Vector[] }).vectors;

describe('murmur2 (Kafka Utils.murmur2)', () => {
  it.each(vectors)('matches Kafka UtilsTest for %j', (vector) => {
    const input = vector.utf8 !== undefined ? utf8Bytes(vector.utf8) : Uint8Array.from(vector.bytes ?? []);
    expect(murmur2(input)).toBe(vector.expected);
  });

  it('has at least the six published vectors', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(6);
  });

  it('returns a signed 32-bit integer for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      const h = murmur2(bytes);
      return Number.isInteger(h) && h >= -0x80000000 && h <= 0x7fffffff;
    }));
  });
});

describe('partitionForKey', () => {
  it('is (murmur2 & 0x7fffffff) % n', () => {
    // "foobar" hashes to -790332482 in Kafka's test; & 0x7fffffff = 1357151166.
    expect(partitionForKey('foobar', 3)).toBe(1357151166 % 3);
    expect(partitionForKey('21', 6)).toBe((-973932308 & 0x7fffffff) % 6);
  });

  it('hashes the empty string as a key', () => {
    const placement = explainKeyPlacement('', 5);
    expect(placement.keyBytes.length).toBe(0);
    expect(placement.hash).toBe(murmur2(new Uint8Array(0)));
    expect(placement.partition).toBe((placement.hash & 0x7fffffff) % 5);
  });

  it('is stable and within range for Korean and emoji keys', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 100 }), (key, n) => {
      const p = partitionForKey(key, n);
      return p >= 0 && p < n && p === partitionForKey(key, n);
    }));
  });
});

describe('utf8Bytes (Java String.getBytes(UTF_8))', () => {
  it('encodes like TextEncoder for well-formed text, Korean and emoji included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      const expected = new TextEncoder().encode(text);
      const actual = utf8Bytes(text);
      return actual.length === expected.length && actual.every((b, i) => b === expected[i]) && utf8Length(text) === expected.length;
    }));
    expect(Array.from(utf8Bytes('주문'))).toEqual([0xec, 0xa3, 0xbc, 0xeb, 0xac, 0xb8]);
    expect(Array.from(utf8Bytes('🙂'))).toEqual([0xf0, 0x9f, 0x99, 0x82]);
  });

  it('writes a lone surrogate as "?" like Java, not U+FFFD', () => {
    expect(Array.from(utf8Bytes('a\ud800b'))).toEqual([0x61, 0x3f, 0x62]);
    expect(utf8Length('a\udc00')).toBe(2);
  });
});

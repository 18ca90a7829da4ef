import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KEY_HUES, keyHue } from './key-hue.ts';

describe('records coloured by key (keys lesson)', () => {
  it('gives a key the same hue every time, within the palette', () => {
    fc.assert(fc.property(fc.string(), (key) => {
      const hue = keyHue(key);
      expect(hue).toBe(keyHue(key));
      expect(Number.isInteger(hue) && hue >= 0 && hue < KEY_HUES).toBe(true);
    }));
  });

  it('spreads the lesson\'s kind of keys over several hues', () => {
    const hues = new Set(['user-1', 'user-2', 'user-3', 'user-4', 'user-5', 'user-6', 'user-7', 'user-8'].map(keyHue));
    expect(hues.size).toBeGreaterThanOrEqual(4);
  });
});

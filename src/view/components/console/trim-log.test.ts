import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LOG_BYTES, trimLog } from './ConsolePanel.tsx';

// The console log's bound: the newest entries, at most MAX_LOG_BYTES of text in all.
describe('trimLog', () => {
  it('keeps the newest entries within MAX_LOG_BYTES and says when it dropped some (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: Math.floor(MAX_LOG_BYTES / 3) }), { maxLength: 30 }), (sizes) => {
      const entries = sizes.map((bytes, id) => ({ id, bytes, text: 'x'.repeat(bytes) }));
      const { kept, dropped } = trimLog(entries);
      expect(kept.reduce((n, e) => n + e.bytes, 0)).toBeLessThanOrEqual(MAX_LOG_BYTES);
      expect(kept.map((e) => e.id)).toEqual(entries.slice(entries.length - kept.length).map((e) => e.id));
      expect(dropped).toBe(kept.length < entries.length);
    }));
  });

  it('an entry longer than the whole log keeps its end', () => {
    const { kept, dropped } = trimLog([{ id: 1, bytes: MAX_LOG_BYTES * 2, text: `${'a'.repeat(MAX_LOG_BYTES * 2 - 3)}end` }]);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.text.endsWith('end')).toBe(true);
    expect(kept[0]!.bytes).toBeLessThanOrEqual(MAX_LOG_BYTES);
    expect(dropped).toBe(true);
  });
});

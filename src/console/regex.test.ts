import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRegex, MAX_NFA_STATES } from './regex.ts';

// The topic filter matcher (TopicFilter.IncludeList + String.matches): same answers as a
// backtracking engine on ordinary patterns, linear cost on catastrophic ones.

function matcher(pattern: string) {
  const r = compileRegex(pattern);
  if (!r.ok) throw new Error(`${pattern}: ${r.kind}`);
  return r.matches;
}

describe('compileRegex (String.matches: the whole name)', () => {
  it.each([
    ['orders', 'orders', true],
    ['orders', 'orders-2', false],
    ['ord.*', 'orders', true],
    ['orders|payments', 'payments', true],
    ['orders-[0-9]+', 'orders-12', true],
    ['orders-[^0-9]', 'orders-1', false],
    ['(a|b){2,3}', 'aba', true],
    ['(a|b){2,3}', 'abab', false],
    ['a?b*', '', true],
    ['\\d+', '123', true],
    ['__consumer_offsets', '__consumer_offsets', true],
    ['^orders$', 'orders', true],
    ['a.b', 'a.b', true],
    ['a\\.b', 'axb', false],
    ['(?:ab)+', 'ababab', true],
    ['x{0}', '', true],
  ])('%s against %s is %s', (pattern, name, expected) => {
    expect(matcher(pattern)(name)).toBe(expected);
  });

  it('agrees with a backtracking engine on random small patterns', () => {
    const atom = fc.constantFrom('a', 'b', '.', '[ab]', '[^a]', '(a|b)', '(ab)', '(a|)');
    const quant = fc.constantFrom('', '*', '+', '?', '{1,2}', '{2}', '*?');
    const piece = fc.tuple(atom, quant).map(([a, q]) => a + q);
    const pattern = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
    const text = fc.stringMatching(/^[abc]{0,6}$/);
    fc.assert(fc.property(pattern, text, (p, t) => {
      expect(matcher(p)(t)).toBe(new RegExp(`^(?:${p})$`).test(t));
    }), { numRuns: 500 });
  });

  it('matches a catastrophic pattern against a 10,000-character name without backtracking', () => {
    // (a+)+b against aaaa…: 2^n steps for java.util.regex; here at most states × length.
    const name = 'a'.repeat(10_000);
    expect(matcher('(a+)+b')(name)).toBe(false);
    expect(matcher('(a|aa)*c')(name)).toBe(false);
    expect(matcher('(a*)*')(name)).toBe(true);
  });

  it('refuses what cannot run in linear time, and Java syntax errors', () => {
    expect(compileRegex('(a)\\1')).toEqual({ ok: false, kind: 'unsupported', feature: 'backreference' });
    expect(compileRegex('a(?=b)')).toEqual({ ok: false, kind: 'unsupported', feature: 'lookaround' });
    expect(compileRegex('a*+')).toEqual({ ok: false, kind: 'unsupported', feature: 'possessive' });
    for (const bad of ['(a', 'a)', '*a', '[ab', 'a{2,1}', 'a{']) expect(compileRegex(bad), bad).toEqual({ ok: false, kind: 'syntax' });
  });

  it(`keeps an NFA under ${MAX_NFA_STATES} states (counted repeats are bounded)`, () => {
    expect(compileRegex('((a{100}){100}){100}')).toEqual({ ok: false, kind: 'unsupported', feature: 'tooLarge' });
  });
});

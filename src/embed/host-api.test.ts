import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goToStep, parseOrigin, remToPx, shownValue } from './host-api.ts';

describe('goToStep', () => {
  it.each([[2.5], [Number.NaN], ['x'], [Infinity], [null], [undefined], [{}], [[3]], ['2.5'], [''], [1e300]])('refuses %s', (value) => {
    expect(goToStep(value, 1, 9)).toBeUndefined();
  });

  it('clamps integers to the range and reads digit strings', () => {
    expect(goToStep(12, 0, 6)).toBe(6);
    expect(goToStep(-3, 1, 9)).toBe(1);
    expect(goToStep('4', 1, 9)).toBe(4);
  });

  it('gives an integer within the range or undefined, for any input', () => {
    fc.assert(fc.property(fc.anything(), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (value, a, b) => {
      const [min, max] = a <= b ? [a, b] : [b, a];
      const step = goToStep(value, min, max);
      if (step === undefined) return true;
      expect(Number.isInteger(step)).toBe(true);
      expect(step).toBeGreaterThanOrEqual(min);
      expect(step).toBeLessThanOrEqual(max);
      return true;
    }));
    fc.assert(fc.property(fc.double({ noInteger: true }), (value) => { expect(goToStep(value, 0, 10)).toBeUndefined(); }));
  });

  it('shows any value briefly and safely', () => {
    fc.assert(fc.property(fc.anything(), (value) => { expect(shownValue(value).length).toBeLessThanOrEqual(40); }));
    expect(shownValue(2.5)).toBe('2.5');
    expect(shownValue('x')).toBe('"x"');
  });
});

describe('parseOrigin', () => {
  it('normalises http(s) origins', () => {
    expect(parseOrigin('https://Your.Blog/')).toBe('https://your.blog');
    expect(parseOrigin('https://your.blog')).toBe('https://your.blog');
    expect(parseOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    expect(parseOrigin('https://your.blog:443')).toBe('https://your.blog');
  });

  it.each(['null', '*', '', 'your.blog', 'ftp://your.blog', 'javascript:alert(1)', 'https://your.blog/path', 'https://a@your.blog', 'https://your.blog?x=1', 'https://your.blog#x', 'data:text/html,x'])('refuses %j', (text) => {
    expect(parseOrigin(text)).toBeUndefined();
  });

  it('gives back either undefined or an origin that parses to itself', () => {
    fc.assert(fc.property(fc.oneof(fc.webUrl(), fc.string()), (text) => {
      const origin = parseOrigin(text);
      if (origin !== undefined) {
        expect(origin).toMatch(/^https?:\/\/[^/]+$/);
        expect(parseOrigin(origin)).toBe(origin);
      }
    }));
  });
});

describe('remToPx', () => {
  it('leaves no rem in the widget sheet, so the host page\'s root font size cannot scale it', () => {
    const sheet = readFileSync(join(import.meta.dirname, '..', 'view', 'styles.css'), 'utf8');
    expect(sheet).toMatch(/\drem\b/);
    expect(remToPx(sheet)).not.toMatch(/\drem\b/);
    expect(remToPx('a { font-size: 1.05rem; margin: -.5rem 0; }')).toBe('a { font-size: 16.8px; margin: -8px 0; }');
  });
});

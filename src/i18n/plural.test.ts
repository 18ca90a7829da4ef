import { MESSAGES } from './catalog.ts';
import { formatTemplate, paramNames } from './format.ts';

// English counts agree with their noun ("1 partition", "2 partitions"); Korean writes its counter
// once (파티션 {count}개). The syntax is documented in catalog.ts.

const COUNTED = ['steps', 'records', 'partitions', 'segments', 'consumers', 'producers', 'brokers', 'members', 'topics', 'events', 'commands', 'replicas', 'bytes', 'characters', 'attempts', 'links', 'levels', 'entries'];
const PLURAL_BLOCK = /\{(\w+), plural,((?:[^{}]|\{[^{}]*\})*)\}/g;

describe('plural forms', () => {
  it('picks the branch by Intl.PluralRules and puts the number for #', () => {
    const t = '{n, plural, =0 {no records} one {# record} other {# records}} in {tp}';
    expect(formatTemplate('en', t, { n: 0, tp: 'a-0' })).toBe('no records in a-0');
    expect(formatTemplate('en', t, { n: 1, tp: 'a-0' })).toBe('1 record in a-0');
    expect(formatTemplate('en', t, { n: 2, tp: 'a-0' })).toBe('2 records in a-0');
    expect(formatTemplate('en', t, { n: '1,024', tp: 'a-0' })).toBe('1,024 records in a-0');
    expect(formatTemplate('en', '{n, plural, one {# step of {total}} other {# steps of {total}}}', { n: 1, total: 9 })).toBe('1 step of 9');
    expect(formatTemplate('en', t, { tp: 'a-0' })).toContain('{n, plural,');
    expect(paramNames(t)).toEqual(['n', 'tp']);
  });

  it('every English count in the catalogue sits in a plural block', () => {
    const bare = new RegExp(String.raw`\{(\w+)\} (${COUNTED.join('|')})\b`);
    for (const [key, entry] of Object.entries(MESSAGES)) {
      if (key.startsWith('event.unit.')) continue; // the one/other pairs narrate.ts picks itself
      expect(entry.en.replace(PLURAL_BLOCK, ''), key).not.toMatch(bare);
      expect(entry.en, key).not.toMatch(/(?<!http)\(s\)/);
    }
  });

  it('every plural message says "1 x" and "2 xs" in English and keeps one form in Korean', () => {
    let checked = 0;
    for (const [key, entry] of Object.entries(MESSAGES)) {
      for (const [, name, body] of entry.en.matchAll(PLURAL_BLOCK)) {
        const one = /one \{#? ?([^{}]*)\}/.exec(body!)?.[1] ?? '';
        const other = /other \{#? ?([^{}]*)\}/.exec(body!)?.[1] ?? '';
        const params = Object.fromEntries(paramNames(entry.en).map((p) => [p, p === name ? 1 : 'X']));
        expect(formatTemplate('en', entry.en, params), key).toContain(`1 ${one}`);
        expect(formatTemplate('en', entry.en, { ...params, [name!]: 2 }), key).toContain(`2 ${other}`);
        expect(one, key).not.toBe(other);
        expect(entry.ko, key).not.toContain(', plural,'); // Korean counts with a counter, one form
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});

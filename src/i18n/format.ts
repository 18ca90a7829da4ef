import type { Lang } from './entry.ts';
import { particle } from './particle.ts';

// Fills one catalogue template. Three forms of placeholder (see catalog.ts for when to use which):
//   {name}                                   the param as it is
//   {name, plural, one {# step} other {# steps}}   a branch picked by Intl.PluralRules; # is the number
//   {name|을}                                 the param followed by the Korean particle that fits it
// A param that is missing stays visible as written, so a forgotten param shows in review.

type Params = Record<string, string | number>;

const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralCategory(lang: Lang, n: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n);
}

/** A count as a number even when it was passed formatted ("1,024"). */
function asNumber(value: string | number): number {
  return typeof value === 'number' ? value : Number(value.replace(/,/g, ''));
}

/** The index just after the brace that closes the one at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** `one {…} other {…}` → { one: '…', other: '…' }. */
function branches(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /\s*(=?\w+)\s*\{/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    const open = m.index + m[0].length - 1;
    const end = closing(body, open);
    out[m[1]!] = body.slice(open + 1, end - 1);
    re.lastIndex = end;
  }
  return out;
}

export function formatTemplate(lang: Lang, template: string, params: Params = {}): string {
  let out = '';
  for (let i = 0; i < template.length;) {
    const open = template.indexOf('{', i);
    if (open < 0) return out + template.slice(i);
    out += template.slice(i, open);
    const end = closing(template, open);
    out += placeholder(lang, template.slice(open, end), params);
    i = end;
  }
  return out;
}

function placeholder(lang: Lang, whole: string, params: Params): string {
  const inner = whole.slice(1, -1);
  const plural = /^(\w+),\s*plural,([\s\S]*)$/.exec(inner);
  if (plural) {
    const [, name, body] = plural as unknown as [string, string, string];
    const value = params[name];
    if (value === undefined) return whole;
    const n = asNumber(value);
    const options = branches(body);
    const branch = options[`=${n}`] ?? options[pluralCategory(lang, n)] ?? options['other'] ?? '';
    return formatTemplate(lang, branch.replace(/#/g, String(value)), params);
  }
  const withParticle = /^(\w+)\|(\S+)$/.exec(inner);
  if (withParticle) {
    const [, name, josa] = withParticle as unknown as [string, string, string];
    const value = params[name];
    return value === undefined ? whole : `${value}${particle(String(value), josa)}`;
  }
  const name = /^\w+$/.test(inner) ? inner : undefined;
  return name !== undefined && name in params ? String(params[name]) : whole;
}

/** The names of the params a template uses, sorted (plural and particle forms count by name). */
export function paramNames(template: string): string[] {
  const names = new Set<string>();
  const walk = (text: string) => {
    for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i)) {
      const end = closing(text, i);
      const inner = text.slice(i + 1, end - 1);
      const name = /^(\w+)(?:$|,\s*plural,|\|)/.exec(inner);
      if (name) names.add(name[1]!);
      if (/^\w+,\s*plural,/.test(inner)) for (const branch of Object.values(branches(inner.slice(inner.indexOf('plural,') + 7)))) walk(branch);
      i = end;
    }
  };
  walk(template);
  return [...names].sort();
}

/** A template as a RegExp that any filling of it matches (tests compare lines with entries). */
export function templatePattern(template: string): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
  let out = '';
  for (let i = 0; i < template.length;) {
    const open = template.indexOf('{', i);
    if (open < 0) { out += escape(template.slice(i)); break; }
    out += `${escape(template.slice(i, open))}[^]+?`;
    i = closing(template, open);
  }
  return new RegExp(`^${out}$`);
}

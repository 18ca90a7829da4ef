// A linear-time matcher for the regular expressions Kafka's tools take as topic filters
// (kafka-topics --topic goes through TopicFilter.IncludeList, then String.matches, a whole-name match).
// Java's java.util.regex backtracks, so `(a+)+b` against a long name costs 2^n steps there; the page
// must not pay that. This is a Thompson NFA run in lockstep over the name: its cost is at most
// (states × name length), whatever the pattern. Java syntax that cannot run in linear time
// (backreferences, lookaround, possessive quantifiers) or that the simulator does not need
// (inline flags, class intersections) is refused with its reason, never run.

/** Java regex features the matcher refuses (each has a translated name: console.regexFeature.*). */
export type RegexFeature = 'backreference' | 'lookaround' | 'possessive' | 'atomicGroup' | 'inlineFlags' | 'anchor' | 'escape' | 'classSet' | 'tooLarge';

export type RegexResult =
  | { ok: true; matches: (text: string) => boolean }
  | { ok: false; kind: 'syntax' }
  | { ok: false; kind: 'unsupported'; feature: RegexFeature };

/** States an NFA may have: bounds `{n,m}` expansion, so cost stays (states × length). */
export const MAX_NFA_STATES = 4096;

type CharTest = (c: string) => boolean;
type Node =
  | { t: 'char'; test: CharTest }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number }
  | { t: 'bol' }
  | { t: 'eol' };

class Refusal { constructor(readonly kind: 'syntax' | 'unsupported', readonly feature: RegexFeature = 'escape') {} }

const DIGIT: CharTest = (c) => c >= '0' && c <= '9';
const WORD: CharTest = (c) => /^[A-Za-z0-9_]$/.test(c);
const SPACE: CharTest = (c) => ' \t\n\x0B\f\r'.includes(c);
const not = (f: CharTest): CharTest => (c) => !f(c);
const LINE_END = '\n\r\u0085\u2028\u2029';

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new Refusal('syntax'); // an unmatched ')'
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') items.push(this.quantified());
    return { t: 'seq', items };
  }

  private quantified(): Node {
    let node = this.atom();
    for (;;) {
      const c = this.src[this.i];
      let min: number;
      let max: number;
      if (c === '*') { min = 0; max = Infinity; this.i++; }
      else if (c === '+') { min = 1; max = Infinity; this.i++; }
      else if (c === '?') { min = 0; max = 1; this.i++; }
      else if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
        if (!m) throw new Refusal('syntax'); // Java: Illegal repetition
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        if (max < min) throw new Refusal('syntax');
        this.i += m[0].length;
      } else return node;
      // A lazy quantifier matches the same names (only what a group captures differs); a possessive one does not.
      if (this.src[this.i] === '?') this.i++;
      else if (this.src[this.i] === '+') throw new Refusal('unsupported', 'possessive');
      if (node.t === 'bol' || node.t === 'eol') throw new Refusal('syntax');
      node = { t: 'rep', node, min, max };
    }
  }

  private atom(): Node {
    const c = this.src[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return { t: 'char', test: this.charClass() };
    if (c === '*' || c === '+' || c === '?' || c === '{') throw new Refusal('syntax'); // Java: Dangling meta character
    this.i++;
    if (c === '.') return { t: 'char', test: (x) => !LINE_END.includes(x) };
    if (c === '^') return { t: 'bol' };
    if (c === '$') return { t: 'eol' };
    if (c === '\\') return this.escape(false) as Node;
    return { t: 'char', test: (x) => x === c };
  }

  private group(): Node {
    this.i++;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i + 1);
      if (rest.startsWith(':')) this.i += 2;
      else if (/^<[A-Za-z][A-Za-z0-9]*>/.test(rest)) this.i += 1 + rest.indexOf('>') + 1;
      else if (/^(=|!|<=|<!)/.test(rest)) throw new Refusal('unsupported', 'lookaround');
      else if (rest.startsWith('>')) throw new Refusal('unsupported', 'atomicGroup');
      else throw new Refusal('unsupported', 'inlineFlags');
    }
    const node = this.alternation();
    if (this.src[this.i] !== ')') throw new Refusal('syntax'); // Java: Unclosed group
    this.i++;
    return node;
  }

  /** After a backslash: a class escape, or the escaped character itself. */
  private escape(inClass: boolean): Node | CharTest {
    const c = this.src[this.i++];
    if (c === undefined) throw new Refusal('syntax');
    const wrap = (test: CharTest) => (inClass ? test : { t: 'char' as const, test });
    if (c >= '1' && c <= '9') throw new Refusal('unsupported', 'backreference');
    if (c === 'k') throw new Refusal('unsupported', 'backreference');
    if (c === 'b' || c === 'B' || c === 'A' || c === 'z' || c === 'Z' || c === 'G') throw new Refusal('unsupported', 'anchor');
    const named: Record<string, CharTest> = { d: DIGIT, D: not(DIGIT), w: WORD, W: not(WORD), s: SPACE, S: not(SPACE) };
    if (named[c]) return wrap(named[c]);
    const controls: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', a: '\x07', e: '\x1B', '0': '\0' };
    if (controls[c] !== undefined) { const x = controls[c]; return wrap((y) => y === x); }
    // Java refuses an escaped letter it does not know; any other escaped character stands for itself.
    if (/[A-Za-z]/.test(c)) throw new Refusal('unsupported', 'escape');
    return wrap((y) => y === c);
  }

  private charClass(): CharTest {
    this.i++;
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const tests: CharTest[] = [];
    let first = true;
    for (;;) {
      const c = this.src[this.i];
      if (c === undefined) throw new Refusal('syntax'); // Java: Unclosed character class
      if (c === ']' && !first) { this.i++; break; }
      first = false;
      if (c === '[' || this.src.startsWith('&&', this.i)) throw new Refusal('unsupported', 'classSet');
      let low: string | CharTest;
      if (c === '\\') { this.i++; low = this.escape(true) as CharTest; }
      else { this.i++; low = c; }
      if (typeof low === 'string' && this.src[this.i] === '-' && this.src[this.i + 1] !== undefined && this.src[this.i + 1] !== ']') {
        this.i++;
        let high = this.src[this.i++]!;
        if (high === '\\') high = this.src[this.i++] ?? '';
        if (high === '' || high < low) throw new Refusal('syntax'); // Java: Illegal character range
        const from = low;
        tests.push((x) => x >= from && x <= high);
      } else if (typeof low === 'string') {
        const only = low;
        tests.push((x) => x === only);
      } else tests.push(low);
    }
    return negated ? (x) => !tests.some((t) => t(x)) : (x) => tests.some((t) => t(x));
  }
}

// The NFA: states in one array; epsilon states ('split', 'bol', 'eol') are followed before each step.
type State =
  | { k: 'char'; test: CharTest; next: number }
  | { k: 'split'; a: number; b: number }
  | { k: 'bol' | 'eol'; next: number }
  | { k: 'match' };

interface Frag { start: number; outs: ((to: number) => void)[] }

class Builder {
  readonly states: State[] = [];

  private add(s: State): number {
    if (this.states.length >= MAX_NFA_STATES) throw new Refusal('unsupported', 'tooLarge');
    this.states.push(s);
    return this.states.length - 1;
  }

  private epsilon(): Frag {
    // An empty piece: a split whose two arms go to the same place.
    const s = this.add({ k: 'split', a: -1, b: -1 });
    const st = this.states[s] as Extract<State, { k: 'split' }>;
    return { start: s, outs: [(to) => { st.a = to; st.b = to; }] };
  }

  build(node: Node): Frag {
    switch (node.t) {
      case 'char': {
        const s = this.add({ k: 'char', test: node.test, next: -1 });
        const st = this.states[s] as Extract<State, { k: 'char' }>;
        return { start: s, outs: [(to) => { st.next = to; }] };
      }
      case 'bol':
      case 'eol': {
        const s = this.add({ k: node.t, next: -1 });
        const st = this.states[s] as Extract<State, { k: 'bol' | 'eol' }>;
        return { start: s, outs: [(to) => { st.next = to; }] };
      }
      case 'seq': {
        if (node.items.length === 0) return this.epsilon();
        const frags = node.items.map((n) => this.build(n));
        for (let j = 0; j + 1 < frags.length; j++) for (const out of frags[j]!.outs) out(frags[j + 1]!.start);
        return { start: frags[0]!.start, outs: frags[frags.length - 1]!.outs };
      }
      case 'alt': {
        const frags = node.options.map((n) => this.build(n));
        let start = frags[frags.length - 1]!.start;
        for (let j = frags.length - 2; j >= 0; j--) start = this.add({ k: 'split', a: frags[j]!.start, b: start });
        return { start, outs: frags.flatMap((f) => f.outs) };
      }
      case 'rep':
        return this.repeat(node.node, node.min, node.max);
    }
  }

  // x{min,max}: min copies in a row, then either a loop (max = ∞) or max − min optional copies.
  private repeat(node: Node, min: number, max: number): Frag {
    const parts: Frag[] = [];
    for (let j = 0; j < min; j++) parts.push(this.build(node));
    if (max === Infinity) {
      const body = this.build(node);
      const s = this.add({ k: 'split', a: body.start, b: -1 });
      const st = this.states[s] as Extract<State, { k: 'split' }>;
      for (const out of body.outs) out(s);
      parts.push({ start: s, outs: [(to) => { st.b = to; }] });
    } else {
      for (let j = min; j < max; j++) {
        const body = this.build(node);
        const s = this.add({ k: 'split', a: body.start, b: -1 });
        const st = this.states[s] as Extract<State, { k: 'split' }>;
        parts.push({ start: s, outs: [...body.outs, (to) => { st.b = to; }] });
      }
    }
    if (parts.length === 0) return this.epsilon();
    for (let j = 0; j + 1 < parts.length; j++) for (const out of parts[j]!.outs) out(parts[j + 1]!.start);
    return { start: parts[0]!.start, outs: parts[parts.length - 1]!.outs };
  }
}

/** Compiles a Java regular expression for whole-string matching (String.matches) in linear time. */
export function compileRegex(pattern: string): RegexResult {
  try {
    const ast = new Parser(pattern).parse();
    const builder = new Builder();
    const frag = builder.build(ast);
    const match = builder.states.length;
    builder.states.push({ k: 'match' });
    for (const out of frag.outs) out(match);
    const states = builder.states;
    return { ok: true, matches: (text) => run(states, frag.start, text) };
  } catch (e) {
    if (e instanceof Refusal) return e.kind === 'syntax' ? { ok: false, kind: 'syntax' } : { ok: false, kind: 'unsupported', feature: e.feature };
    throw e;
  }
}

// Lockstep simulation: the set of states reachable after each character, each state once per step.
function run(states: readonly State[], start: number, text: string): boolean {
  const chars = Array.from(text);
  const mark = new Int32Array(states.length).fill(-1);
  let current: number[] = [];
  const close = (from: number, pos: number, into: number[]) => {
    const stack = [from];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (s < 0 || mark[s] === pos) continue;
      mark[s] = pos;
      const st = states[s]!;
      if (st.k === 'split') stack.push(st.b, st.a);
      else if (st.k === 'bol') { if (pos === 0) stack.push(st.next); }
      else if (st.k === 'eol') { if (pos === chars.length) stack.push(st.next); }
      else into.push(s);
    }
  };
  close(start, 0, current);
  for (let pos = 0; pos < chars.length && current.length > 0; pos++) {
    const next: number[] = [];
    for (const s of current) {
      const st = states[s]!;
      if (st.k === 'char' && st.test(chars[pos]!)) close(st.next, pos + 1, next);
    }
    current = next;
  }
  return current.some((s) => states[s]!.k === 'match');
}

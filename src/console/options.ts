// A small parser with jopt-simple's behaviour, which every Kafka tool uses: `--name value` or
// `--name=value`, a unique prefix of a long option name stands for it, an option given twice keeps
// every value, and its exception texts (UnrecognizedOptionException, OptionMissingRequiredArgumentException,
// OptionArgumentConversionException in jopt-simple 5.0.4's ExceptionMessages).

export type OptionKind = 'flag' | 'value' | 'int' | 'long';
export type OptionSpecs = Readonly<Record<string, OptionKind>>;

export interface ParsedOptions {
  /** Values by option name, in the order given; a flag has an empty list. */
  values: Map<string, string[]>;
  /** Words that are not options (the tools ignore them). */
  rest: string[];
}

const INT_RE = /^[+-]?\d+$/;

/** Parses `args` against `specs`; the error is jopt-simple's message, as the tools print it. */
export function parseOptions(args: readonly string[], specs: OptionSpecs): ParsedOptions | { error: string } {
  const values = new Map<string, string[]>();
  const rest: string[] = [];
  const names = Object.keys(specs);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-') || arg === '-' || arg === '--') {
      rest.push(arg);
      continue;
    }
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const typed = eq >= 0 ? body.slice(0, eq) : body;
    const name = specs[typed] !== undefined ? typed : uniquePrefix(names, typed);
    if (name === undefined) return { error: `${typed} is not a recognized option` };
    const kind = specs[name]!;
    const list = values.get(name) ?? [];
    values.set(name, list);
    if (kind === 'flag') continue;
    let value: string | undefined;
    if (eq >= 0) value = body.slice(eq + 1);
    else if (i + 1 < args.length && !isOption(args[i + 1]!, names)) value = args[++i]!;
    if (value === undefined) return { error: `Option ${name} requires an argument` };
    if ((kind === 'int' || kind === 'long') && !validNumber(value, kind)) return { error: `Cannot parse argument '${value}' of option ${name}` };
    list.push(value);
  }
  return { values, rest };
}

function validNumber(value: string, kind: 'int' | 'long'): boolean {
  if (!INT_RE.test(value)) return false;
  const n = Number(value);
  return kind === 'int' ? n >= -2_147_483_648 && n <= 2_147_483_647 : Number.isSafeInteger(n);
}

function uniquePrefix(names: readonly string[], typed: string): string | undefined {
  if (typed.length === 0) return undefined;
  const found = names.filter((n) => n.startsWith(typed));
  return found.length === 1 ? found[0] : undefined;
}

// jopt-simple takes the next word as the value unless it looks like a known option.
function isOption(word: string, names: readonly string[]): boolean {
  if (!word.startsWith('-') || word === '-') return false;
  if (/^-\d/.test(word)) return false;
  const body = word.replace(/^--?/, '').split('=')[0]!;
  return names.includes(body) || uniquePrefix(names, body) !== undefined;
}

/** Helpers over a parse result. */
export class Opts {
  constructor(private readonly parsed: ParsedOptions) {}
  has(name: string): boolean { return this.parsed.values.has(name); }
  value(name: string): string | undefined { return this.parsed.values.get(name)?.[0]; }
  valuesOf(name: string): string[] { return this.parsed.values.get(name) ?? []; }
  int(name: string): number | undefined { const v = this.value(name); return v === undefined ? undefined : Number(v); }
}

/**
 * OptionSet.valueOf on an option given more than once throws MultipleArgumentsForOptionException
 * (jopt-simple 5.0.4: ExceptionMessages.properties, its spec named by OptionException.singleOptionString);
 * a tool meets it where it reads the first of `names` (in the order it reads them) that was repeated.
 */
export function multipleArguments(opts: Opts, names: readonly string[]): string | undefined {
  const name = names.find((n) => opts.valuesOf(n).length > 1);
  return name === undefined ? undefined : `Found multiple arguments for option ${name}, but you asked for only one`;
}

/** CommandLineUtils.checkRequiredArgs' text: the option spec prints as `[name]`. */
export const missingRequired = (name: string) => `Missing required argument "[${name}]"`;
/** CommandLineUtils.checkInvalidArgs' text. */
export const cannotBeUsedWith = (used: string, other: string) => `Option "[${used}]" can't be used with option "[${other}]"`;

import { array, maxLength, minValue, number, object, optional, picklist, pipe, safeInteger, safeParse, string, unknown } from 'valibot';
import { applyCommand, CLASSIC_PROFILE, createSimulation, KAFKA_VERSIONS, validateCommand, type Command, type KafkaVersion, type ProfileName, type SimError } from '../engine/index.ts';
import { lessonById } from './index.ts';
import { migrateCommands } from './scenario-migrate.ts';
import { LESSON_IDS, type LessonId } from './types.ts';

// Scenario files, share links and the saved sandbox: one JSON format, read as untrusted input.
// Nothing here throws on bad input, and nothing half-loads: a scenario is returned only once every
// command has passed the engine's shape checks and has been replayed from the seed without a refusal.

export const SCENARIO_FORMAT = 'kafka-sim-scenario';
/** 2: keyless partitioners named after Kafka's (scenario-migrate.ts upgrades version 1). */
export const SCENARIO_VERSION = 2;
/**
 * 2 MiB. Replaying commands is the cost of loading, and the shortest command is about 32 bytes,
 * so this allows at most ~65,000 commands, which replay in well under a second (60,000 heavy-scenario
 * commands: ~30 ms JSON.parse + ~210 ms replay on a laptop). The heavy load scenario (8,000 commands)
 * takes ~0.8 MB. It also leaves room in localStorage (about 5 MB per site).
 */
export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;
/**
 * Commands in one file. With the engine's SIM_LIMITS, the most expensive file of this many commands
 * replays in about a second here (`npm run bench` builds and times it; goal < 2 s).
 */
export const MAX_COMMANDS = 5_000;
/** Arrays and objects inside each other; a scenario needs 4, and deeper input would only cost parsing. */
export const MAX_DEPTH = 16;
export const MAX_TITLE_LENGTH = 200;
/** Problems reported at most, the first first. */
export const MAX_PROBLEMS = 10;
export const SANDBOX_KEY = 'kafka-sim:sandbox:v1';

export interface Scenario {
  seed: number;
  /** The Kafka version the commands run under; absent: 'classic', the rules from before versions existed. */
  kafkaVersion?: KafkaVersion;
  commands: Command[];
  /** Steps applied when opened: 0..commands.length; absent means all of them. */
  cursor?: number;
  lesson?: LessonId;
  /** Index into the lesson's steps, from 0; only with `lesson`. */
  step?: number;
  /** Free text per command (narration[i] explains commands[i]); plain text, never HTML. */
  narration?: string[];
  title?: string;
}

/** File-level problem codes; a problem about one command carries the engine's SimError code instead. */
export const FILE_PROBLEM_CODES = ['tooLarge', 'tooLargeSaved', 'tooDeep', 'notJson', 'wrongFormat', 'futureVersion', 'invalidField', 'tooManyCommands', 'badLink', 'storageFull', 'storageUnavailable'] as const;
export type FileProblemCode = (typeof FILE_PROBLEM_CODES)[number];

/**
 * Something that stops a scenario from loading. `path` names the place ('' for the whole file,
 * `seed`, `commands[12].partitions`). For invalidField, params.rule is one of: required, integer,
 * min {min}, max {max}, string, list, oneOf {values}, maxLength {max} (characters),
 * maxItems {max} (entries), needsLesson.
 * A command problem has the engine's code and params, and the SimError itself in `error`.
 */
export interface ScenarioProblem {
  code: string;
  path: string;
  params?: Record<string, string | number>;
  error?: SimError;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

const refuse = (...problems: ScenarioProblem[]): ParseResult => ({ ok: false, problems: problems.slice(0, MAX_PROBLEMS) });

const field = (path: string, rule: string, extra: Record<string, string | number> = {}): ScenarioProblem => ({ code: 'invalidField', path, params: { rule, ...extra } });

/** UTF-8 length without allocating the bytes. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** tooLarge for a size over the limit; the view can call this with File.size before reading a file. */
export function checkSize(bytes: number): ScenarioProblem | undefined {
  return bytes > MAX_SCENARIO_BYTES ? { code: 'tooLarge', path: '', params: { bytes, max: MAX_SCENARIO_BYTES } } : undefined;
}

// Rule codes travel as valibot messages, so an issue maps to a problem without reading English text.
const nonNegative = pipe(number('integer'), safeInteger('integer'), minValue(0, 'min'));
const SHAPE = object({
  seed: pipe(number('integer'), safeInteger('integer')),
  kafkaVersion: optional(picklist(KAFKA_VERSIONS, 'oneVersion')),
  commands: pipe(array(unknown(), 'list'), maxLength(MAX_COMMANDS, 'tooManyCommands')),
  cursor: optional(nonNegative),
  lesson: optional(picklist(LESSON_IDS, 'oneOf')),
  step: optional(nonNegative),
  narration: optional(array(string('string'), 'list')),
  title: optional(pipe(string('string'), maxLength(MAX_TITLE_LENGTH, 'maxLength'))),
});

interface Issue { message: string; input: unknown; requirement?: unknown; path?: readonly { key: unknown }[] | undefined }

function issuePath(issue: Issue): string {
  return (issue.path ?? []).map(({ key }, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

function issueProblem(issue: Issue): ScenarioProblem {
  const path = issuePath(issue);
  if (issue.message === 'tooManyCommands') return { code: 'tooManyCommands', path, params: { count: (issue.input as unknown[]).length, max: MAX_COMMANDS } };
  if (issue.input === undefined) return field(path, 'required');
  if (issue.message === 'oneOf') return field(path, 'oneOf', { values: LESSON_IDS.join(', ') });
  if (issue.message === 'oneVersion') return field(path, 'oneOf', { values: KAFKA_VERSIONS.join(', ') });
  if (issue.message === 'min' || issue.message === 'maxLength') {
    return field(path, issue.message, { [issue.message === 'min' ? 'min' : 'max']: Number(issue.requirement) });
  }
  return field(path, issue.message);
}

/** Where in command i the engine's error points: the field it names, or the command itself. */
function commandPath(i: number, error: SimError): string {
  const name = error.params?.['field'];
  const whole = error.code === 'UNKNOWN_COMMAND' || typeof name !== 'string' || (name === 'type' && error.params?.['rule'] === 'missing');
  return whole ? `commands[${i}]` : `commands[${i}].${name}`;
}

const commandProblem = (i: number, error: SimError): ScenarioProblem =>
  error.params === undefined ? { code: error.code, path: commandPath(i, error), error } : { code: error.code, path: commandPath(i, error), params: error.params, error };

/** Whether arrays and objects nest deeper than `max` (brackets inside strings do not count). */
function nestsDeeper(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/**
 * Reads a scenario file. Size and nesting are checked before JSON.parse; see FILE_PROBLEM_CODES for
 * what can go wrong. With `replay: false` the commands are only shape-checked: the caller replays
 * them itself (replayScenario, which reports progress and can be cancelled) and reports a refusal.
 */
export function parseScenario(text: string, options: { replay?: boolean } = {}): ParseResult {
  // A UTF-16 unit is at most 3 UTF-8 bytes, so short texts skip the count.
  const tooLarge = checkSize(text.length * 3 > MAX_SCENARIO_BYTES ? utf8Length(text) : text.length);
  if (tooLarge) return refuse(tooLarge);
  // V8's JSON.parse recurses: thousands of nested brackets throw a RangeError, not a SyntaxError.
  if (nestsDeeper(text, MAX_DEPTH)) return refuse({ code: 'tooDeep', path: '', params: { max: MAX_DEPTH } });
  let json: unknown;
  try {
    json = JSON.parse(text, (_key, value: unknown) => (Object.is(value, -0) ? 0 : value));
  } catch {
    return refuse({ code: 'notJson', path: '' });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return refuse({ code: 'wrongFormat', path: '' });
  const top = json as Record<string, unknown>;
  if (top['format'] !== SCENARIO_FORMAT) return refuse({ code: 'wrongFormat', path: 'format' });
  const version = top['version'];
  if (version === undefined) return refuse(field('version', 'required'));
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) return refuse(field('version', 'integer'));
  if (version > SCENARIO_VERSION) return refuse({ code: 'futureVersion', path: 'version', params: { version, supported: SCENARIO_VERSION } });
  if (version < 1) return refuse(field('version', 'min', { min: 1 }));

  const shape = safeParse(SHAPE, json, { abortEarly: false });
  if (!shape.success) return refuse(...shape.issues.map((issue) => issueProblem(issue)));
  const out = { ...shape.output, commands: migrateCommands(version, shape.output.commands) };

  const problems: ScenarioProblem[] = [];
  for (let i = 0; i < out.commands.length && problems.length < MAX_PROBLEMS; i++) {
    const error = validateCommand(out.commands[i]);
    if (error) problems.push(commandProblem(i, error));
  }
  const count = out.commands.length;
  if (out.cursor !== undefined && out.cursor > count) problems.push(field('cursor', 'max', { max: count }));
  if (out.narration !== undefined && out.narration.length > count) problems.push(field('narration', 'maxItems', { max: count }));
  if (out.step !== undefined) {
    const lesson = out.lesson === undefined ? undefined : lessonById(out.lesson);
    if (lesson === undefined) problems.push(field('step', 'needsLesson'));
    else if (out.step >= lesson.steps.length) problems.push(field('step', 'max', { max: lesson.steps.length - 1 }));
  }
  if (problems.length > 0) return refuse(...problems);

  // Replay from the seed: a command the engine refuses in sequence stops the load, at its index.
  if (options.replay !== false) {
    let state = createSimulation({ seed: out.seed, kafkaVersion: out.kafkaVersion ?? CLASSIC_PROFILE });
    for (let i = 0; i < count; i++) {
      const result = applyCommand(state, out.commands[i]);
      if (result.error) return refuse(replayProblem(i, result.error));
      state = result.state;
    }
  }

  const scenario: Scenario = { seed: out.seed, commands: out.commands as Command[] };
  if (out.kafkaVersion !== undefined) scenario.kafkaVersion = out.kafkaVersion;
  if (out.cursor !== undefined) scenario.cursor = out.cursor;
  if (out.lesson !== undefined) scenario.lesson = out.lesson;
  if (out.step !== undefined) scenario.step = out.step;
  if (out.narration !== undefined) scenario.narration = out.narration;
  if (out.title !== undefined) scenario.title = out.title;
  // The limit holds for the form this app writes too (indented, with format and version), so
  // anything loaded can be saved and loaded again.
  const written = utf8Length(serializeScenario(scenario));
  if (written > MAX_SCENARIO_BYTES) return refuse({ code: 'tooLargeSaved', path: '', params: { bytes: written, max: MAX_SCENARIO_BYTES } });
  return { ok: true, scenario };
}

/** The profile a scenario replays under: its kafkaVersion, or 'classic' for a file from before versions. */
export function scenarioProfile(scenario: Pick<Scenario, 'kafkaVersion'>): ProfileName {
  return scenario.kafkaVersion ?? CLASSIC_PROFILE;
}

/** The scenario field for a simulation's profile: 'classic' is written as no field at all, as old files are. */
export function kafkaVersionField(profile: ProfileName): { kafkaVersion?: KafkaVersion } {
  return profile === CLASSIC_PROFILE ? {} : { kafkaVersion: profile };
}

/** The problem for command i refused during a replay from the seed. */
export const replayProblem = (i: number, error: SimError): ScenarioProblem => ({ ...commandProblem(i, error), path: `commands[${i}]` });

/**
 * Pretty JSON, one command (and one narration line) per line so that a file stays small and diffs
 * well. Round trip: for any scenario s that parseScenario returned, parseScenario(serializeScenario(s))
 * gives back s, as long as the text stays within MAX_SCENARIO_BYTES (check with checkSize).
 */
function fileEntries(scenario: Scenario): [string, unknown][] {
  const entries: [string, unknown][] = [['format', SCENARIO_FORMAT], ['version', SCENARIO_VERSION]];
  for (const key of ['title', 'seed', 'kafkaVersion', 'lesson', 'step', 'cursor', 'commands', 'narration'] as const) {
    if (scenario[key] !== undefined) entries.push([key, scenario[key]]);
  }
  return entries;
}

export function serializeScenario(scenario: Scenario): string {
  const lines = fileEntries(scenario).map(([key, value]) => {
    const name = JSON.stringify(key);
    if (!Array.isArray(value)) return `  ${name}: ${JSON.stringify(value)}`;
    if (value.length === 0) return `  ${name}: []`;
    return `  ${name}: [\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

export const scenarioByteLength = (text: string): number => utf8Length(text);

// Share links: `#scenario=<base64url of the UTF-8 JSON>`. Links are long (4/3 of the compact JSON)
// and Chrome refuses URLs over 2 MB, so the view should offer a file for large scenarios.

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The longest share link offered as a link: 32 KB. Browsers differ widely (Chromium opens up to
 * 2 MB, others far less, and a 2.3 MB link opened as a blank page), and chat apps and mail clients
 * cut or refuse long links; 32 KB is a length they all pass. Longer sandboxes are shared as a file.
 */
export const MAX_SHARE_LINK_LENGTH = 32 * 1024;

export function encodeScenarioForUrl(scenario: Scenario): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(Object.fromEntries(fileEntries(scenario)))));
}

/** Reads the value of `#scenario=`; a damaged or cut-short link is a badLink (or notJson) problem. */
export function decodeScenarioFromUrl(param: string, options: { replay?: boolean } = {}): ParseResult {
  const text = param.trim().replace(/=+$/, '');
  const tooLarge = checkSize(Math.floor((text.length * 3) / 4));
  if (tooLarge) return refuse(tooLarge);
  if (text.length === 0 || !/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return refuse({ code: 'badLink', path: '' });
  let json: string;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse({ code: 'badLink', path: '' });
  }
  return parseScenario(json, options);
}

// The sandbox in progress, kept in localStorage under a versioned key.

export type ScenarioStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storageProblem(error: unknown): ScenarioProblem {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  const full = name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
  return { code: full ? 'storageFull' : 'storageUnavailable', path: '' };
}

/** window.localStorage, or undefined where merely touching it throws (storage disabled, sandboxed frames). */
export function browserStorage(): ScenarioStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function saveSandbox(storage: ScenarioStorage | undefined, scenario: Scenario): { ok: true } | { ok: false; problems: ScenarioProblem[] } {
  if (storage === undefined) return { ok: false, problems: [{ code: 'storageUnavailable', path: '' }] };
  // What loadSandbox would refuse (and then clear) is not written: the older saved state stays.
  if (scenario.commands.length > MAX_COMMANDS) return { ok: false, problems: [{ code: 'tooManyCommands', path: 'commands', params: { count: scenario.commands.length, max: MAX_COMMANDS } }] };
  const text = serializeScenario(scenario);
  const tooLarge = checkSize(utf8Length(text));
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  try {
    storage.setItem(SANDBOX_KEY, text);
    return { ok: true };
  } catch (error) {
    return { ok: false, problems: [storageProblem(error)] };
  }
}

/**
 * The saved sandbox. Nothing saved gives { ok: false, problems: [] }; an entry that cannot be read
 * (corrupt, refused by the engine) is removed and its problems returned. An entry from a newer
 * version is kept as it is (problem futureVersion): the caller must not save over it.
 */
export function loadSandbox(storage: ScenarioStorage | undefined, options: { replay?: boolean } = {}): ParseResult {
  if (storage === undefined) return refuse({ code: 'storageUnavailable', path: '' });
  let text: string | null;
  try {
    text = storage.getItem(SANDBOX_KEY);
  } catch (error) {
    return refuse(storageProblem(error));
  }
  if (text === null) return { ok: false, problems: [] };
  const result = parseScenario(text, options);
  if (!result.ok && result.problems[0]?.code !== 'futureVersion') clearSandbox(storage);
  return result;
}

export function clearSandbox(storage: ScenarioStorage | undefined): void {
  try {
    storage?.removeItem(SANDBOX_KEY);
  } catch {
    // Nothing more to do: the entry is ignored on the next load anyway.
  }
}

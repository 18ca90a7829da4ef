import { applyCommand, type Command, type SimError, type SimEvent, type SimState } from '../engine/index.ts';
import { CLASSIC_PROFILE } from '../engine/versions/names.ts';

// What one typed command does: the engine commands it adds to the timeline and the text the real
// tool would print on stdout and stderr.

/** kafka-console-producer's line mode: each line typed next is a record (LineMessageReader). */
export interface ProducerSession {
  topic: string;
  producer: string;
  parseKey: boolean;
  keySeparator: string;
  ignoreError: boolean;
  nullMarker?: string;
  /** Lines read so far, for LineMessageReader's "on line number N" errors. */
  lineNumber: number;
}

/** A piece of the tool's output, in the order it was printed. */
export interface Chunk { stream: 'out' | 'err'; text: string }

export interface ToolResult {
  commands: Command[];
  /** stdout and stderr as printed, interleaved. */
  chunks: Chunk[];
  /** Set when the tool now reads records line by line. */
  producer?: ProducerSession;
  /** Something the real tool would do that the simulator does not model: the console says so in the reader's language. */
  notModelled?: string;
  /** The simulator's own remark (a bound it keeps, a refusal Kafka has no text for), translated by the console. */
  note?: SimNote;
  /**
   * A bound of this simulator (SIM_LIMITS) or a name it reserves, which Kafka does not have: the
   * console explains the refusal in the reader's language as the simulator's, not as Kafka's output.
   */
  simulatorLimit?: SimError;
}

/** Message keys of the simulator's own remarks (src/i18n/messages/console.ts). */
export type SimNoteKey = 'console.regexRefused' | 'console.internalTopic' | 'console.maxMessagesCapped' | 'console.txnCoordinatorDown' | 'console.noVersion';
export interface SimNote { key: SimNoteKey; params: Record<string, string | number> }

/** A result that prints nothing and changes nothing, with the simulator's remark. */
export const simNote = (key: SimNoteKey, params: Record<string, string | number> = {}): ToolResult => ({ commands: [], chunks: [], note: { key, params } });

/** The simulator's own answer for a real option or config it does not model; nothing changes. */
export const notModelled = (what: string): ToolResult => ({ commands: [], chunks: [], notModelled: what });

/** Engine codes for the simulator's own refusals (limits.ts, validate.ts): Kafka has no such rule, hence no text for them. */
const SIMULATOR_LIMIT_CODES: readonly string[] = ['LIMIT_EXCEEDED', 'RESERVED_NAME', 'NAME_INVISIBLE'];

/** When the engine refused with one of the simulator's own limits: a result that prints nothing and changes nothing, and says so. */
export function simulatorLimit(error: SimError | undefined): ToolResult | undefined {
  return error !== undefined && SIMULATOR_LIMIT_CODES.includes(error.code) ? { commands: [], chunks: [], simulatorLimit: error } : undefined;
}

/**
 * --version: CommandLineUtils.maybePrintHelpOrVersion, after the help check, calls printVersionAndExit
 * (server-common/src/main/java/org/apache/kafka/server/util/CommandLineUtils.java:67-74, 143-146),
 * which prints AppInfoParser.getVersion(): the release the simulation's profile models ("4.0.0").
 * The 'classic' profile models no release, so the console says so instead.
 */
export function printVersion(state: SimState): ToolResult {
  return state.kafkaVersion === CLASSIC_PROFILE ? simNote('console.noVersion') : output(`${state.kafkaVersion}.0\n`);
}

/** A result printing `stdout`, then `stderr`. */
export const output = (stdout: string, stderr = '', commands: Command[] = []): ToolResult => ({ commands, chunks: chunks(['out', stdout], ['err', stderr]) });

/** Chunks from [stream, text] pairs, empty texts dropped. */
export function chunks(...parts: ['out' | 'err', string][]): Chunk[] {
  return parts.filter(([, text]) => text !== '').map(([stream, text]) => ({ stream, text }));
}

export const stdoutOf = (r: ToolResult) => r.chunks.filter((c) => c.stream === 'out').map((c) => c.text).join('');
export const stderrOf = (r: ToolResult) => r.chunks.filter((c) => c.stream === 'err').map((c) => c.text).join('');
/** A usage error: the message on stderr, nothing changes (jopt-simple's option table is left out). */
export const usage = (message: string): ToolResult => output('', `${message}\n`);

/** Applies commands in order; the first refusal stops and is returned with the state before it. */
export function applyAll(state: SimState, commands: readonly Command[]): { state: SimState; events: SimEvent[]; error?: SimError } {
  const events: SimEvent[] = [];
  let current = state;
  for (const command of commands) {
    const r = applyCommand(current, command);
    if (r.error) return { state: current, events, error: r.error };
    current = r.state;
    events.push(...r.events);
  }
  return { state: current, events };
}

/** Java's `%-Ns`: pads on the right to at least n characters, never cuts. */
export const pad = (text: string | number, width: number) => String(text).padEnd(width);

/**
 * The iteration order of a java.util.HashMap fed `keys` in order: Kafka's tools print many maps as
 * they come (Collectors.toMap, admin results). `expected` is the HashMap(n) constructor's size hint.
 */
export function javaHashOrder<K>(keys: readonly K[], hashOf: (key: K) => number, expected?: number): K[] {
  let capacity = 16;
  if (expected !== undefined) {
    capacity = 1;
    while (capacity < expected) capacity *= 2;
  }
  for (let size = 1; size <= keys.length; size++) if (size > capacity * 0.75) capacity *= 2;
  const spread = (h: number) => (h ^ (h >>> 16)) & (capacity - 1);
  return keys.map((k, i) => ({ k, i, b: spread(hashOf(k)) })).sort((x, y) => x.b - y.b || x.i - y.i).map((x) => x.k);
}

/**
 * A WARN line as the tools log it in Kafka 4.0: config/tools-log4j2.yaml's pattern `[%d] %p %m (%c)%n`
 * on stderr, %d being log4j's default `yyyy-MM-dd HH:mm:ss,SSS` (model time, read as UTC).
 */
export function log4jWarn(time: number, message: string, logger: string): string {
  return log4jLine(time, 'WARN', message, logger);
}

/** A log line at any level, in the same pattern (a logged exception's stack trace is left out). */
export function log4jLine(time: number, level: 'WARN' | 'ERROR', message: string, logger: string): string {
  const d = new Date(time);
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())},${String(d.getUTCMilliseconds()).padStart(3, '0')}`;
  return `[${stamp}] ${level} ${message} (${logger})\n`;
}

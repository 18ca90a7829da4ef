import { useEffect, useRef, useState, type ClipboardEvent, type FormEvent, type KeyboardEvent } from 'react';
import { producerLine, runLine, type ProducerSession, type ToolResult } from '../../../console/index.ts';
import { useLang } from '../../hooks/lang-context.tsx';
import { useSimStore } from '../../hooks/sim-context.tsx';
import { useUi } from '../../hooks/ui-context.tsx';
import type { RegexFeature } from '../../../console/regex.ts';
import type { SimNote } from '../../../console/result.ts';
import type { MessageKey } from '../../../i18n/catalog.ts';
import { complete } from './completion.ts';
import { describeError } from '../../narrate.ts';
import { shownStep } from '../../../store/timeline.ts';

const REGEX_FEATURES: Record<RegexFeature, MessageKey> = {
  backreference: 'console.regexFeature.backreference', lookaround: 'console.regexFeature.lookaround', possessive: 'console.regexFeature.possessive',
  atomicGroup: 'console.regexFeature.atomicGroup', inlineFlags: 'console.regexFeature.inlineFlags', anchor: 'console.regexFeature.anchor',
  escape: 'console.regexFeature.escape', classSet: 'console.regexFeature.classSet', tooLarge: 'console.regexFeature.tooLarge',
};

// A terminal for Kafka's command-line tools. Each typed command runs against the step on screen;
// what it changes becomes ordinary steps on the timeline (step back undoes them), and the event
// log then narrates all of them at once.

type EntryKind = 'cmd' | 'out' | 'err' | 'note' | 'record';
interface Entry { id: number; kind: EntryKind; text: string; bytes: number }

// Bounded cost: the log keeps the latest entries, at most MAX_LOG_BYTES of text in all (a long
// output keeps its end), and a typed or pasted line is at most MAX_LINE_BYTES (UTF-8).
const MAX_ENTRIES = 400;
export const MAX_LOG_BYTES = 256 * 1024;
export const MAX_LINE_BYTES = 16 * 1024;
const MAX_HISTORY = 100;
const encoder = new TextEncoder();
const utf8Length = (text: string) => encoder.encode(text).length;

/** The newest entries that fit MAX_ENTRIES and MAX_LOG_BYTES; true when older ones were dropped. */
export function trimLog<E extends { bytes: number; text: string }>(entries: readonly E[]): { kept: E[]; dropped: boolean } {
  const kept: E[] = [];
  let total = 0;
  for (let i = entries.length - 1; i >= 0 && kept.length < MAX_ENTRIES; i--) {
    const e = entries[i]!;
    if (total + e.bytes > MAX_LOG_BYTES) {
      // The newest entry alone is too long: keep its end, as a terminal's scrollback would.
      if (kept.length === 0) kept.push({ ...e, text: e.text.slice(-MAX_LOG_BYTES / 4), bytes: MAX_LOG_BYTES / 4 });
      break;
    }
    total += e.bytes;
    kept.push(e);
  }
  kept.reverse();
  return { kept, dropped: kept.length < entries.length || kept[0] !== entries[entries.length - kept.length] };
}

export function ConsolePanel({ id, onClose }: { id: string; onClose?: () => void }) {
  const { t, lang } = useLang();
  const store = useSimStore();
  const { readOnly } = useUi();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [line, setLine] = useState('');
  const [history, setHistory] = useState<string[]>([]);
  const [historyAt, setHistoryAt] = useState<number | undefined>();
  const [session, setSessionState] = useState<ProducerSession | undefined>();
  const [pendingLine, setPendingLine] = useState<string | undefined>();
  const [trimmed, setTrimmed] = useState(false);
  // Pasted lines run one after another within one event: they read the session from here, not from a render.
  const sessionRef = useRef<ProducerSession | undefined>(undefined);
  const setSession = (s: ProducerSession | undefined) => { sessionRef.current = s; setSessionState(s); };
  const nextId = useRef(0);
  const entriesRef = useRef<Entry[]>([]);
  const logRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [entries]);
  useEffect(() => inputRef.current?.focus(), []);

  function say(...added: [EntryKind, string][]) {
    const fresh = added.filter(([, text]) => text !== '').map(([kind, text]) => ({ id: nextId.current++, kind, text, bytes: utf8Length(text) }));
    // Several lines of one paste say things within one event: the latest log is kept in a ref.
    const { kept, dropped } = trimLog([...entriesRef.current, ...fresh]);
    entriesRef.current = kept;
    setEntries(kept);
    if (dropped) setTrimmed(true);
  }

  /** Puts a tool's commands on the timeline and narrates them; false when the user must confirm first. */
  function apply(result: ToolResult, typed: string, confirmable: boolean): boolean {
    const { timeline } = store.getState();
    if (result.commands.length > 0 && readOnly) {
      say(['note', t('console.readOnly')]);
      return false;
    }
    if (result.commands.length > 0 && confirmable && timeline.cursor < timeline.commands.length && pendingLine !== typed) {
      setPendingLine(typed);
      say(['note', t('console.dropsLater', { cursor: shownStep(timeline), total: shownStep(timeline, timeline.commands.length) })]);
      return false;
    }
    setPendingLine(undefined);
    const from = timeline.cursor;
    for (const command of result.commands) {
      const error = store.getState().dispatch(command);
      if (error) {
        say(['note', t('console.refused', { reason: describeError(error, lang) })]);
        break;
      }
    }
    const to = store.getState().timeline.cursor;
    if (to - from > 1) store.getState().showRange(from, to);
    say(...result.chunks.map((c): [EntryKind, string] => [c.stream, c.text.replace(/\n$/, '')]));
    if (result.notModelled !== undefined) say(['note', t('console.notModelled', { what: result.notModelled })]);
    if (result.note !== undefined) say(['note', noteText(result.note)]);
    if (result.simulatorLimit !== undefined) say(['note', t('console.simulatorLimit', { reason: describeError(result.simulatorLimit, lang) })]);
    const at = (step: number) => shownStep(store.getState().timeline, step);
    if (to > from) say(['note', to - from === 1 ? t('console.steps.one', { from: at(to) }) : t('console.steps.other', { from: at(from + 1), to: at(to) })]);
    return true;
  }

  function noteText(note: SimNote): string {
    // A refused regex names its feature in the reader's language.
    const feature = note.params['feature'];
    if (note.key === 'console.regexRefused' && typeof feature === 'string' && feature in REGEX_FEATURES) {
      return t(note.key, { ...note.params, feature: t(REGEX_FEATURES[feature as RegexFeature]) });
    }
    return t(note.key, note.params);
  }

  function endInput() {
    setSession(undefined);
    say(['note', t('console.producerEnded')]);
  }

  /** Runs one line (a command, or a record while the producer reads); false when later pasted lines must not run. */
  function submit(typed: string): boolean {
    setLine('');
    setHistoryAt(undefined);
    const bytes = utf8Length(typed);
    if (bytes > MAX_LINE_BYTES) {
      say(['note', t('console.lineTooLong', { max: MAX_LINE_BYTES, bytes })]);
      return false;
    }
    const current = sessionRef.current;
    if (current) {
      if (typed === '') {
        endInput();
        return true;
      }
      say(['record', `>${typed}`]);
      const result = producerLine(store.getState().timeline.state, current, typed);
      const applied = apply(result, typed, false);
      if (applied) setSession(result.producer);
      if (!result.producer) setSession(undefined);
      return applied && result.producer !== undefined;
    }
    say(['cmd', `$ ${typed}`]);
    if (typed.trim() === '') return true;
    setHistory((old) => [...old.filter((h) => h !== typed), typed].slice(-MAX_HISTORY));
    const result = runLine(store.getState().timeline.state, typed);
    if (!apply(result, typed, true)) return false;
    if (result.producer) {
      setSession(result.producer);
      say(['note', t('console.producerMode', { topic: result.producer.topic })]);
    }
    return true;
  }

  /**
   * A paste of several lines is typed as a terminal would receive it: each line break submits the
   * line so far, so pasted records become one record per line (LineMessageReader reads lines), and
   * the text after the last line break stays in the input.
   */
  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\r\n]/.test(text)) return;
    event.preventDefault();
    const input = event.currentTarget;
    const before = line.slice(0, input.selectionStart ?? line.length);
    const after = line.slice(input.selectionEnd ?? line.length);
    const lines = `${before}${text}`.split(/\r\n|\r|\n/);
    const last = lines.pop()!;
    for (let i = 0; i < lines.length; i++) {
      if (!submit(lines[i]!)) {
        const left = lines.length - i - 1 + (last === '' ? 0 : 1);
        if (left > 0) say(['note', t('console.pasteStopped', { count: left })]);
        return;
      }
    }
    setLine(`${last}${after}`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && onClose) {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab' && !session && !event.shiftKey) {
      event.preventDefault();
      const done = complete(line, store.getState().timeline.state);
      setLine(done.line);
      if (done.candidates.length > 0) say(['note', t('console.candidates', { list: done.candidates.join('  ') })]);
    } else if ((event.key === 'd' || event.key === 'c') && event.ctrlKey && session) {
      event.preventDefault();
      endInput();
    } else if (event.key === 'ArrowUp' && !session && history.length > 0) {
      event.preventDefault();
      const at = historyAt === undefined ? history.length - 1 : Math.max(0, historyAt - 1);
      setHistoryAt(at);
      setLine(history[at]!);
    } else if (event.key === 'ArrowDown' && !session && historyAt !== undefined) {
      event.preventDefault();
      const at = historyAt + 1;
      setHistoryAt(at >= history.length ? undefined : at);
      setLine(at >= history.length ? '' : history[at]!);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit(line);
  }


  return (
    <section id={id} className="panel console" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('console.heading')}</h2>
      <p className="hint">{t('console.hint')}</p>
      <div ref={logRef} className="console-log" role="log" aria-live="polite" aria-label={t('console.output')} tabIndex={0}>
        {trimmed ? <p className="console-note">{t('console.logTrimmed', { max: MAX_LOG_BYTES })}</p> : null}
        {entries.map((e) => <pre key={e.id} className={`console-${e.kind}`}>{e.text}</pre>)}
      </div>
      <form className="console-input" onSubmit={onSubmit}>
        <span className="console-prompt" aria-hidden="true">{session ? '>' : '$'}</span>
        <input id={`${id}-input`} ref={inputRef} value={line} aria-label={session ? t('console.inputRecord') : t('console.input')} onChange={(e) => setLine(e.target.value)} onKeyDown={onKeyDown} onPaste={onPaste}
          autoComplete="off" autoCapitalize="off" spellCheck={false} data-console-input="" />
        <button type="submit">{t('console.run')}</button>
        {session ? <button type="button" onClick={endInput}>{t('console.endInput')}</button> : null}
      </form>
    </section>
  );
}

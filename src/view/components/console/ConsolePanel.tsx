import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { producerLine, runLine, type ProducerSession, type ToolResult } from '../../../console/index.ts';
import { useLang } from '../../hooks/lang-context.tsx';
import { useSimStore } from '../../hooks/sim-context.tsx';
import { useUi } from '../../hooks/ui-context.tsx';
import { complete } from './completion.ts';
import { shownStep } from '../../../store/timeline.ts';

// A terminal for Kafka's command-line tools. Each typed command runs against the step on screen;
// what it changes becomes ordinary steps on the timeline (step back undoes them), and the event
// log then narrates all of them at once.

type EntryKind = 'cmd' | 'out' | 'err' | 'note' | 'record';
interface Entry { id: number; kind: EntryKind; text: string }

// Bounded cost: the log keeps the latest entries only.
const MAX_ENTRIES = 400;
const MAX_HISTORY = 100;

export function ConsolePanel({ id, onClose }: { id: string; onClose?: () => void }) {
  const { t } = useLang();
  const store = useSimStore();
  const { readOnly } = useUi();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [line, setLine] = useState('');
  const [history, setHistory] = useState<string[]>([]);
  const [historyAt, setHistoryAt] = useState<number | undefined>();
  const [session, setSession] = useState<ProducerSession | undefined>();
  const [pendingLine, setPendingLine] = useState<string | undefined>();
  const nextId = useRef(0);
  const logRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [entries]);
  useEffect(() => inputRef.current?.focus(), []);

  function say(...added: [EntryKind, string][]) {
    const fresh = added.filter(([, text]) => text !== '').map(([kind, text]) => ({ id: nextId.current++, kind, text }));
    setEntries((old) => [...old, ...fresh].slice(-MAX_ENTRIES));
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
        say(['note', t('console.refused', { reason: error.message })]);
        break;
      }
    }
    const to = store.getState().timeline.cursor;
    if (to - from > 1) store.getState().showRange(from, to);
    say(...result.chunks.map((c): [EntryKind, string] => [c.stream, c.text.replace(/\n$/, '')]));
    if (result.notModelled !== undefined) say(['note', t('console.notModelled', { what: result.notModelled })]);
    const at = (step: number) => shownStep(store.getState().timeline, step);
    if (to > from) say(['note', to - from === 1 ? t('console.steps.one', { from: at(to) }) : t('console.steps.other', { from: at(from + 1), to: at(to) })]);
    return true;
  }

  function endInput() {
    setSession(undefined);
    say(['note', t('console.producerEnded')]);
  }

  function submit(typed: string) {
    setLine('');
    setHistoryAt(undefined);
    if (session) {
      if (typed === '') return endInput();
      say(['record', `>${typed}`]);
      const result = producerLine(store.getState().timeline.state, session, typed);
      if (apply(result, typed, false)) setSession(result.producer);
      if (!result.producer) setSession(undefined);
      return;
    }
    say(['cmd', `$ ${typed}`]);
    if (typed.trim() === '') return;
    setHistory((old) => [...old.filter((h) => h !== typed), typed].slice(-MAX_HISTORY));
    const result = runLine(store.getState().timeline.state, typed);
    if (!apply(result, typed, true)) return;
    if (result.producer) {
      setSession(result.producer);
      say(['note', t('console.producerMode', { topic: result.producer.topic })]);
    }
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
        {entries.map((e) => <pre key={e.id} className={`console-${e.kind}`}>{e.text}</pre>)}
      </div>
      <form className="console-input" onSubmit={onSubmit}>
        <span className="console-prompt" aria-hidden="true">{session ? '>' : '$'}</span>
        <input id={`${id}-input`} ref={inputRef} value={line} aria-label={session ? t('console.inputRecord') : t('console.input')} onChange={(e) => setLine(e.target.value)} onKeyDown={onKeyDown}
          autoComplete="off" autoCapitalize="off" spellCheck={false} data-console-input="" />
        <button type="submit">{t('console.run')}</button>
        {session ? <button type="button" onClick={endInput}>{t('console.endInput')}</button> : null}
      </form>
    </section>
  );
}

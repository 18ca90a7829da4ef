import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { describeProblem } from '../lessons/describe-problem.ts';
import { checkSize, encodeScenarioForUrl, MAX_SHARE_LINK_LENGTH, parseScenario, serializeScenario, type Scenario, type ScenarioProblem } from '../lessons/scenario-file.ts';
import { replayScenario, type ReplayOptions } from '../lessons/scenario-replay.ts';
import { ConfirmBar } from './ConfirmBar.tsx';
import { useLang } from '../view/hooks/lang-context.tsx';
import { useSim, useSimStore } from '../view/hooks/sim-context.tsx';
import { describeError } from '../view/narrate.ts';
import { currentScenario } from './sandbox-boot.ts';

// Save, load and share the sandbox as a scenario file. A file that fails any check loads
// nothing: the message says what is wrong and where, and the timeline stays as it was. A good file
// replaces the sandbox only once the reader agrees, and its replay shows progress and can be cancelled.

/** Replays shorter than this finish without a progress line flashing by. */
const SHOW_PROGRESS_AFTER_MS = 150;

/** `replay` tunes how loading replays (slices, yielding, when progress shows); tests drive it by hand. */
export function ScenarioFiles({ onResult, replay: replayTuning = {} }: { onResult?: (text: string, ok: boolean) => void; replay?: Pick<ReplayOptions, 'sliceMs' | 'yieldToPage'> & { progressAfterMs?: number } }) {
  const { t, lang } = useLang();
  const store = useSimStore();
  const dropped = useSim((s) => s.timeline.dropped);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | undefined>();
  const [link, setLink] = useState<string | undefined>();
  // A link too long to open anywhere: the file is offered instead, and the message says why.
  const [tooLong, setTooLong] = useState<number | undefined>();
  const [asking, setAsking] = useState<{ scenario: Scenario; name: string } | undefined>();
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const replay = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => replay.current?.abort(), []);

  useEffect(() => {
    if (message) onResult?.(message.text, message.ok);
  }, [message, onResult]);

  function refuse(problems: ScenarioProblem[]) {
    const reasons = problems.map((p) => describeProblem(p, lang, (e) => describeError(e, lang))).join(' · ');
    setMessage({ text: t('file.rejected', { reason: reasons }), ok: false });
  }

  async function load(scenario: Scenario) {
    setAsking(undefined);
    const controller = new AbortController();
    replay.current = controller;
    const started = performance.now();
    const result = await replayScenario(scenario, {
      signal: controller.signal,
      ...replayTuning,
      onProgress: (done, total) => { if (performance.now() - started >= (replayTuning.progressAfterMs ?? SHOW_PROGRESS_AFTER_MS)) setProgress({ done, total }); },
    });
    setProgress(undefined);
    if (controller.signal.aborted && !result.ok && 'cancelled' in result) {
      setMessage({ text: t('file.replayCancelled'), ok: true });
      return;
    }
    if (!result.ok) return 'problems' in result ? refuse(result.problems) : undefined;
    store.getState().loadTimeline(result.timeline);
    setMessage({ text: t('file.loaded', { count: scenario.commands.length }), ok: true });
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const tooBig = checkSize(file.size);
    if (tooBig) return refuse([tooBig]);
    const result = parseScenario(await file.text(), { replay: false });
    if (!result.ok) return refuse(result.problems);
    setMessage(undefined);
    setAsking({ scenario: result.scenario, name: file.name });
  }

  function onSave() {
    const blob = new Blob([serializeScenario(currentScenario(store))], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'kafka-sim-scenario.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function onShare() {
    const url = new URL(window.location.href);
    url.hash = `scenario=${encodeScenarioForUrl(currentScenario(store))}`;
    if (url.href.length > MAX_SHARE_LINK_LENGTH) {
      setLink(undefined);
      setMessage(undefined);
      setTooLong(url.href.length);
      return;
    }
    setTooLong(undefined);
    setLink(url.href);
    try {
      await navigator.clipboard.writeText(url.href);
      setMessage({ text: t('file.shareCopied'), ok: true });
    } catch {
      // No clipboard (permissions, http): the link stays visible below to copy by hand.
    }
  }

  return (
    <div className="form scenario-files" role="group" aria-labelledby="files-heading">
      <h3 id="files-heading">{t('file.title')}</h3>
      <div className="row">
        <button type="button" onClick={onSave} disabled={dropped > 0}>{t('file.save')}</button>
        <button type="button" onClick={() => fileInput.current?.click()}>{t('file.load')}</button>
        <input ref={fileInput} type="file" accept="application/json,.json" className="visually-hidden" aria-hidden="true" onChange={onFile} tabIndex={-1} />
        <button type="button" onClick={onShare} disabled={dropped > 0}>{t('file.share')}</button>
      </div>
      {asking && (
        <ConfirmBar id="load-question" text={t('file.loadQuestion', { name: asking.name, count: asking.scenario.commands.length, current: store.getState().timeline.commands.length })}
          confirmLabel={t('file.loadConfirm')} cancelLabel={t('file.cancel')} onConfirm={() => void load(asking.scenario)} onCancel={() => setAsking(undefined)} />
      )}
      {progress && (
        <div className="row" role="status">
          <progress max={progress.total} value={progress.done} aria-label={t('file.load')} />
          <span>{t('file.replaying', { done: progress.done, count: progress.total })}</span>
          <button type="button" onClick={() => replay.current?.abort()}>{t('file.cancel')}</button>
        </div>
      )}
      {tooLong !== undefined && (
        <div className="notice share-too-long" role="alert" data-share-too-long="">
          <p>{t('file.shareTooLong', { length: tooLong, max: MAX_SHARE_LINK_LENGTH })}</p>
          <button type="button" onClick={() => { onSave(); setTooLong(undefined); }}>{t('file.save')}</button>
        </div>
      )}
      {link && <input className="share-link" readOnly value={link} aria-label={t('file.share')} onFocus={(e) => e.target.select()} />}
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'hint' : 'notice error'}>{message.text}</p>}
    </div>
  );
}

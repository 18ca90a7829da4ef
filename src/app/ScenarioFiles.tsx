import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { describeProblem } from '../lessons/describe-problem.ts';
import { checkSize, encodeScenarioForUrl, parseScenario, serializeScenario, type ParseResult } from '../lessons/scenario-file.ts';
import { useLang } from '../view/hooks/lang-context.tsx';
import { useSim, useSimStore } from '../view/hooks/sim-context.tsx';
import { describeError } from '../view/narrate.ts';
import { currentScenario } from './sandbox-boot.ts';

// Save, load and share the sandbox as a scenario file. A file that fails any check loads
// nothing: the message says what is wrong and where, and the timeline stays as it was.

export function ScenarioFiles({ onResult }: { onResult?: (text: string, ok: boolean) => void }) {
  const { t, lang } = useLang();
  const store = useSimStore();
  const dropped = useSim((s) => s.timeline.dropped);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | undefined>();
  const [link, setLink] = useState<string | undefined>();

  useEffect(() => {
    if (message) onResult?.(message.text, message.ok);
  }, [message, onResult]);

  function report(result: ParseResult) {
    if (result.ok) {
      const error = store.getState().load(result.scenario.seed, result.scenario.commands, result.scenario.cursor);
      setMessage(error ? { text: t('file.rejected', { reason: describeError(error, lang) }), ok: false } : { text: t('file.loaded', { count: result.scenario.commands.length }), ok: true });
      return;
    }
    const reasons = result.problems.map((p) => describeProblem(p, lang, (e) => describeError(e, lang))).join(' · ');
    setMessage({ text: t('file.rejected', { reason: reasons }), ok: false });
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const tooBig = checkSize(file.size);
    if (tooBig) {
      report({ ok: false, problems: [tooBig] });
      return;
    }
    report(parseScenario(await file.text()));
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
      {link && <input className="share-link" readOnly value={link} aria-label={t('file.share')} onFocus={(e) => e.target.select()} />}
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'hint' : 'notice error'}>{message.text}</p>}
    </div>
  );
}

import { useId, useRef, useState } from 'react';
import type { MessageKey } from '../../i18n/catalog.ts';
import { useLang } from '../../view/hooks/lang-context.tsx';
import { parseProgress, serializeProgress, type PracticeProgress, type ProgressProblem } from '../progress.ts';
import { CONCEPTS } from '../types.ts';

// Progress per concept, and the file a student hands in (export) and a teacher opens (import).
// A file that is not one, or not valid, is refused whole with a translated reason.

function problemText(t: ReturnType<typeof useLang>['t'], problem: ProgressProblem): string {
  switch (problem.code) {
    case 'notJson': return t('practice.file.notJson');
    case 'foreign': return t('practice.file.foreign');
    case 'newerVersion': return t('practice.file.newerVersion', { version: problem.version });
    case 'invalid': return t('practice.file.invalid', { path: problem.path });
    case 'tooLarge': return t('practice.file.tooLarge', { bytes: problem.bytes });
  }
}

export function ProgressPanel({ progress, onImport }: { progress: PracticeProgress; onImport: (progress: PracticeProgress) => void }) {
  const { t } = useLang();
  const headingId = useId();
  const inputRef = useRef<HTMLInputElement | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  // A valid file while this device already has progress: replaced only once the learner says so.
  const [pending, setPending] = useState<PracticeProgress | undefined>();
  const rows = CONCEPTS.filter((c) => (progress[c]?.attempts ?? 0) > 0);

  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([serializeProgress(progress)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'kafka-sim-practice-progress.json';
    a.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', text: t('practice.file.unreadable') });
      return;
    }
    const parsed = parseProgress(text);
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: problemText(t, parsed.problem) });
      return;
    }
    if (rows.length > 0) {
      setMessage(undefined);
      setPending(parsed.progress);
      return;
    }
    replace(parsed.progress);
  };

  const replace = (next: PracticeProgress) => {
    setPending(undefined);
    onImport(next);
    setMessage({ kind: 'ok', text: t('practice.imported', { count: Object.keys(next).length }) });
  };

  return (
    <section className="practice-progress" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('practice.progress')}</h2>
      {rows.length === 0 ? <p className="small">{t('practice.progressEmpty')}</p> : (
        <table className="practice-table">
          <thead>
            <tr><th scope="col">{t('practice.progress.concept')}</th><th scope="col">{t('practice.progress.right')}</th><th scope="col">{t('practice.progress.missed')}</th></tr>
          </thead>
          <tbody>
            {rows.map((c) => {
              const p = progress[c]!;
              const top = Object.entries(p.missed).sort((a, b) => b[1] - a[1])[0];
              return (
                <tr key={c} data-concept={c}>
                  <th scope="row">{t(`practice.concept.${c}` as MessageKey)}</th>
                  <td>{t('practice.conceptScore', { correct: p.correct, attempts: p.attempts })}</td>
                  <td>{top ? t(`practice.misconception.${top[0]}` as MessageKey) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="row">
        <button type="button" onClick={exportFile}>{t('practice.export')}</button>
        <button type="button" onClick={() => inputRef.current?.click()}>{t('practice.import')}</button>
        <input ref={inputRef} type="file" accept="application/json,.json" hidden aria-label={t('practice.import')}
          onChange={(e) => { void importFile(e.target.files?.[0]); e.target.value = ''; }} />
      </div>
      {pending && (
        <div className="notice warning practice-confirm" role="group" aria-labelledby={`${headingId}-confirm`}>
          <p id={`${headingId}-confirm`} role="status">{t('practice.import.confirm', { mine: rows.length, theirs: Object.keys(pending).length })}</p>
          <div className="row">
            <button type="button" className="danger" onClick={() => replace(pending)}>{t('practice.import.replace')}</button>
            <button type="button" onClick={() => { setPending(undefined); setMessage({ kind: 'ok', text: t('practice.import.kept') }); }}>{t('practice.import.keep')}</button>
          </div>
        </div>
      )}
      {message && <p className={`notice ${message.kind === 'error' ? 'error' : 'ok'}`} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}

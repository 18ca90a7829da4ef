import type { ReactNode } from 'react';
import { useLang } from '../hooks/lang-context.tsx';
import { useSim, useSimStore } from '../hooks/sim-context.tsx';
import { useUi } from '../hooks/ui-context.tsx';
import { describeError } from '../narrate.ts';

// Refusals and the "this drops later steps" question. An error is announced (role=alert) and
// changes nothing; the confirmation keeps the action waiting until the user decides.
export function Notices({ notice, children }: { notice?: string | undefined; children?: ReactNode }) {
  const { t, lang } = useLang();
  const store = useSimStore();
  const error = useSim((s) => s.lastError);
  const cursor = useSim((s) => s.timeline.cursor);
  const total = useSim((s) => s.timeline.commands.length);
  const { pending, confirmPending, cancelPending } = useUi();
  return (
    <div className="notices">
      {notice && <p className="notice warning" role="status">{notice}</p>}
      {children}
      {pending !== undefined && (
        <div className="notice warning" role="alertdialog" aria-labelledby="truncate-text">
          <p id="truncate-text">{t('truncate.question', { step: cursor, later: total - cursor })}</p>
          <button type="button" className="primary" onClick={confirmPending}>{t('truncate.confirm')}</button>
          <button type="button" onClick={cancelPending}>{t('truncate.cancel')}</button>
        </div>
      )}
      <div role="alert" className={error ? 'notice error' : 'notice-empty'}>
        {error && (
          <>
            <span>{describeError(error, lang)}</span>
            <button type="button" className="small" onClick={() => store.getState().clearError()} aria-label={t('notice.dismiss')}>×</button>
          </>
        )}
      </div>
    </div>
  );
}

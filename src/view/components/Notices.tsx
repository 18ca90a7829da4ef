import type { ReactNode } from 'react';
import { useLang } from '../hooks/lang-context.tsx';
import { useSim, useSimStore } from '../hooks/sim-context.tsx';
import { useUi } from '../hooks/ui-context.tsx';
import { describeError } from '../narrate.ts';
import { shownStep } from '../../store/timeline.ts';
import { RefusalCallout } from './menu/RefusalCallout.tsx';

// Refusals not tied to a control, and the "this drops later steps" question. An error is announced (role=alert) and
// changes nothing; the confirmation keeps the action waiting until the user decides.
export function Notices({ notice, children }: { notice?: string | undefined; children?: ReactNode }) {
  const { t, lang } = useLang();
  const store = useSimStore();
  const error = useSim((s) => s.lastError);
  const cursor = useSim((s) => shownStep(s.timeline));
  const total = useSim((s) => shownStep(s.timeline, s.timeline.commands.length));
  const { pending, confirmPending, cancelPending, refusal, dismissRefusal } = useUi();
  // A refusal of an action taken on the page answers next to its control; only the others
  // (a scenario that did not load, live traffic, the console's own) are shown up here. One alert, never both.
  const anchored = error !== undefined && refusal?.error === error && refusal.origin.isConnected ? refusal : undefined;
  const topError = anchored ? undefined : error;
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
      {anchored && <RefusalCallout error={anchored.error} origin={anchored.origin} onDismiss={dismissRefusal} />}
      <div role="alert" className={topError ? 'notice error' : 'notice-empty'} hidden={!topError}>
        {topError && (
          <>
            <span>{describeError(topError, lang)}</span>
            <button type="button" className="small" onClick={() => store.getState().clearError()} aria-label={t('notice.dismiss')}>×</button>
          </>
        )}
      </div>
    </div>
  );
}

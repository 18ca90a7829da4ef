import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { translate, type Lang } from '../i18n/catalog.ts';
import { browserStorage } from '../lessons/scenario-file.ts';
import { routeSearch } from './routes.ts';
import { downloadText, savedSandboxText, setSandboxAside } from './recovery.ts';

/**
 * The way out offered wherever the page failed to draw: download the saved sandbox, and start a
 * new one with the saved one set aside (not deleted), so a link or file that breaks the view never
 * leaves the reader needing to clear site data.
 */
export function RecoveryActions({ lang }: { lang: Lang }) {
  const [problem, setProblem] = useState<string | undefined>();
  const saved = savedSandboxText(browserStorage());
  const startNew = () => {
    if (setSandboxAside(browserStorage())) window.location.assign(window.location.pathname + routeSearch({ page: 'simulator' }, lang));
    else setProblem(translate(lang, 'recovery.storageBlocked'));
  };
  return (
    <div className="recovery" data-recovery="">
      <p className="small">{translate(lang, saved === undefined ? 'recovery.nothingSaved' : 'recovery.keptAside')}</p>
      <div className="row">
        <button type="button" onClick={startNew}>{translate(lang, 'file.newSandbox')}</button>
        {saved !== undefined && <button type="button" onClick={() => downloadText(saved, 'kafka-sim-sandbox.json')}>{translate(lang, 'recovery.download')}</button>}
      </div>
      {problem && <p className="small" role="alert">{problem}</p>}
    </div>
  );
}

/** Around the whole page: a failure outside the simulator's own boundary still offers the way out. */
export class PageRescue extends Component<{ lang: Lang; children: ReactNode }, { failed: boolean; detail: string }> {
  override state = { failed: false, detail: '' };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, detail: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('page failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="notice error" role="alert">
        <p>{translate(this.props.lang, 'view.failed')}</p>
        <p className="small"><code>{this.state.detail}</code></p>
        <RecoveryActions lang={this.props.lang} />
      </main>
    );
  }
}

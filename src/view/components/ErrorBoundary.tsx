import { Component, type ErrorInfo, type ReactNode } from 'react';

// The page never goes blank: a rendering failure shows a message (already translated by the
// caller) and a way back, instead of an empty screen.
/** `recovery`: what else the page offers (a new sandbox, the saved one to download), always shown. */
interface Props { message: string; retryLabel: string; onRetry: () => void; recovery?: ReactNode; children: ReactNode }
interface State { failed: boolean; detail: string }

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, detail: '' };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, detail: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('simulator view failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice error" role="alert">
        <p>{this.props.message}</p>
        <p className="small"><code>{this.state.detail}</code></p>
        <button type="button" onClick={() => { this.props.onRetry(); this.setState({ failed: false, detail: '' }); }}>{this.props.retryLabel}</button>
        {this.props.recovery}
      </div>
    );
  }
}

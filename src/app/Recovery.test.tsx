// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { SANDBOX_KEY } from '../lessons/scenario-file.ts';
import { ErrorBoundary } from '../view/components/ErrorBoundary.tsx';
import { ASIDE_KEY } from './recovery.ts';
import { PageRescue, RecoveryActions } from './Recovery.tsx';

// Issue 22: a render error must never leave the page without a way out. The error view offers a
// new sandbox and keeps the saved one aside, downloadable.

function Broken(): never {
  throw new RangeError('Maximum call stack size exceeded');
}

describe('the page recovers from a render error', () => {
  const assign = vi.fn();
  beforeEach(() => {
    localStorage.clear();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    Object.defineProperty(window, 'location', { configurable: true, value: { ...window.location, pathname: '/', assign } });
    assign.mockClear();
  });

  it('offers a new sandbox that sets the saved one aside instead of deleting it', () => {
    localStorage.setItem(SANDBOX_KEY, '{"saved":"work"}');
    render(<ErrorBoundary message="failed" retryLabel="Step back" onRetry={() => undefined} recovery={<RecoveryActions lang="en" />}><Broken /></ErrorBoundary>);
    expect(screen.getByRole('button', { name: 'Download the saved sandbox' })).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Start a new sandbox' }));
    expect(localStorage.getItem(SANDBOX_KEY)).toBeNull();
    expect(localStorage.getItem(ASIDE_KEY)).toBe('{"saved":"work"}');
    expect(assign).toHaveBeenCalledWith('/?lang=en');
  });

  it('a failure outside the simulator view still offers the way out, in Korean too', () => {
    localStorage.setItem(SANDBOX_KEY, '{"saved":"work"}');
    render(<PageRescue lang="ko"><Broken /></PageRescue>);
    expect(screen.getByRole('alert')).toHaveTextContent('Maximum call stack size exceeded');
    expect(screen.getByRole('button', { name: '새 샌드박스로 시작' })).toBeVisible();
    expect(screen.getByRole('button', { name: '저장된 샌드박스 내려받기' })).toBeVisible();
  });

  it('with nothing saved it still offers a new sandbox, and says nothing is saved', () => {
    render(<PageRescue lang="en"><Broken /></PageRescue>);
    expect(screen.getByText('No sandbox is saved in this browser.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Download the saved sandbox' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start a new sandbox' }));
    expect(assign).toHaveBeenCalled();
  });
});

// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { serializeScenario } from '../lessons/scenario-file.ts';
import { worstCases } from '../lessons/scenarios/worst-case.ts';
import { createSimStore } from '../store/sim-store.ts';
import { LangProvider } from '../view/hooks/lang-context.tsx';
import { SimProvider } from '../view/hooks/sim-context.tsx';
import { ScenarioFiles } from './ScenarioFiles.tsx';

// Loading a file: it asks before replacing the sandbox, and a long replay shows progress and can
// be cancelled, leaving the sandbox as it was.

function setUp() {
  const store = createSimStore({ seed: 1, commands: [{ type: 'createTopic', topic: 'mine', partitions: 1 }] });
  // Each slice waits for the test to let it go.
  let release: (() => void) | undefined;
  const yieldToPage = () => new Promise<void>((resolve) => { release = resolve; });
  render(
    <SimProvider store={store}>
      <LangProvider initial="en">
        <ScenarioFiles replay={{ sliceMs: 0, yieldToPage, progressAfterMs: 0 }} />
      </LangProvider>
    </SimProvider>,
  );
  const next = async () => act(async () => { release?.(); await Promise.resolve(); });
  return { store, next };
}

async function chooseFile(text: string) {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  const file = new File([text], 'big.json', { type: 'application/json' });
  // jsdom's File has no text(); the browser's does.
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
  await act(async () => { fireEvent.change(input, { target: { files: [file] } }); });
  await screen.findByRole('alertdialog');
}

describe('loading a scenario file', () => {
  const { scenario } = worstCases()[0]!;
  const text = serializeScenario(scenario);

  it('shows progress while replaying, and Cancel leaves the sandbox as it was', async () => {
    const { store, next } = setUp();
    const before = store.getState().timeline;
    await chooseFile(text);
    expect(screen.getByRole('alertdialog').textContent).toContain(`Loading "big.json" (${scenario.commands.length} steps) replaces your current sandbox (1 step)`);
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Load it' })); });
    await next();
    await next();
    const status = await screen.findByText(/^Loading: replayed \d+ of 5000 steps\.$/);
    expect(screen.getByRole('progressbar')).toHaveAttribute('max', '5000');
    expect(status).toBeInTheDocument();
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Cancel' })); });
    await next();
    await screen.findByText('Loading cancelled; nothing changed.');
    expect(store.getState().timeline).toBe(before);
  });

  it('Cancel at the question loads nothing', async () => {
    const { store } = setUp();
    const before = store.getState().timeline;
    await chooseFile(text);
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Cancel' })); });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(store.getState().timeline).toBe(before);
  });
});

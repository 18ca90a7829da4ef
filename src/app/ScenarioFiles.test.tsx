// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { Command } from '../engine/index.ts';
import { MAX_SHARE_LINK_LENGTH, serializeScenario } from '../lessons/scenario-file.ts';
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

describe('sharing a sandbox as a link', () => {
  function renderWith(commands: Command[]) {
    const store = createSimStore({ seed: 1, commands });
    render(<SimProvider store={store}><LangProvider initial="en"><ScenarioFiles /></LangProvider></SimProvider>);
    return store;
  }
  const writeText = vi.fn(() => Promise.resolve());
  beforeEach(() => {
    writeText.mockClear();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  });

  it('copies a short link', async () => {
    renderWith([{ type: 'createTopic', topic: 't', partitions: 1 }]);
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Copy share link' })); });
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Share link copied.');
  });

  it(`does not offer a link over MAX_SHARE_LINK_LENGTH (${MAX_SHARE_LINK_LENGTH}) as copied: it offers the file and says why`, async () => {
    const commands: Command[] = [{ type: 'createTopic', topic: 't', partitions: 1 }, { type: 'addProducer', producer: 'p' }];
    for (let i = 0; i < 600; i++) commands.push({ type: 'produce', producer: 'p', topic: 't', value: `a value that makes the link long ${i}` });
    renderWith(commands);
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Copy share link' })); });
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.queryByText('Share link copied.')).toBeNull();
    expect(document.querySelector('.share-link')).toBeNull();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/past what browsers and chat apps reliably open \(32768\), so no link was copied/);
    expect(within(alert).getByRole('button', { name: 'Save scenario' })).toBeVisible();
  });
});

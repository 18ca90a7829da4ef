// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { partitionForKey, records } from '../engine/index.ts';
import { SANDBOX_COMMANDS } from '../app/sandbox.ts';
import { renderSimulator } from './test-support.tsx';

const sandbox = { commands: SANDBOX_COMMANDS };

describe('controls', () => {
  it('step back, step forward and reset move the cursor; the buttons disable at the ends', async () => {
    const user = userEvent.setup();
    const { store } = renderSimulator(sandbox);
    const total = SANDBOX_COMMANDS.length;
    expect(store.getState().timeline.cursor).toBe(total);
    expect(screen.getByRole('button', { name: 'Step forward' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Step back' }));
    expect(store.getState().timeline.cursor).toBe(total - 1);
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(store.getState().timeline.cursor).toBe(total);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(store.getState().timeline.cursor).toBe(0);
    expect(screen.getByRole('button', { name: 'Step back' })).toBeDisabled();
  });

  it('play toggles to pause and the scrubber seeks', async () => {
    const user = userEvent.setup();
    const { store } = renderSimulator(sandbox);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
    fireEvent.change(screen.getByRole('slider', { name: 'Timeline' }), { target: { value: '2' } });
    expect(store.getState().timeline.cursor).toBe(2);
  });

  it('arrow keys step outside text fields but not while typing', async () => {
    const user = userEvent.setup();
    const { store } = renderSimulator(sandbox);
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().timeline.cursor).toBe(SANDBOX_COMMANDS.length - 1);
    await user.click(screen.getByRole('textbox', { name: 'Key' }));
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().timeline.cursor).toBe(SANDBOX_COMMANDS.length - 1);
  });

  it('arrows, Home and End in the lag table\'s sideways scroll scroll it, and leave the timeline where it is', async () => {
    const user = userEvent.setup();
    const { store } = renderSimulator(sandbox);
    screen.getByRole('region', { name: /kafka-consumer-groups --describe/ }).focus();
    await user.keyboard('{ArrowLeft}{Home}{End}{ArrowRight}');
    expect(store.getState().timeline.cursor).toBe(SANDBOX_COMMANDS.length);
  });
});

describe('produce form', () => {
  it('a keyed record appears in the partition murmur2 picks, with an explanation', async () => {
    const user = userEvent.setup();
    const { store } = renderSimulator(sandbox);
    await user.type(screen.getByRole('textbox', { name: 'Key' }), 'alice');
    await user.type(screen.getByRole('textbox', { name: 'Value' }), 'hello');
    await user.click(screen.getByRole('button', { name: 'Produce' }));
    const p = partitionForKey('alice', 3);
    expect(records(store.getState().timeline.state, 'orders', p)).toEqual([expect.objectContaining({ key: 'alice', value: 'hello' })]);
    expect(within(screen.getByRole('list', { name: `orders partition ${p}` })).getByRole('listitem', { name: 'offset 0 key alice' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Why is this record here?' })).toHaveTextContent('murmur2');
  });

  it('an empty key box produces a record without a key', async () => {
    const user = userEvent.setup();
    renderSimulator(sandbox);
    await user.click(screen.getByRole('button', { name: 'Produce' }));
    expect(screen.getAllByRole('listitem', { name: 'offset 0 no key' })).toHaveLength(1);
  });

  it('refuses an over-long key with the limit, and the timeline stays as it was', async () => {
    const user = userEvent.setup();
    const { store } = renderSimulator(sandbox);
    const before = store.getState().timeline;
    fireEvent.change(screen.getByRole('textbox', { name: 'Key' }), { target: { value: 'k'.repeat(101) } });
    await user.click(screen.getByRole('button', { name: 'Produce' }));
    expect(screen.getByRole('alert')).toHaveTextContent('100');
    expect(store.getState().timeline).toBe(before);
  });

  it('shows a value with markup as text, never as HTML', async () => {
    const user = userEvent.setup();
    renderSimulator(sandbox);
    fireEvent.change(screen.getByRole('textbox', { name: 'Value' }), { target: { value: '<b id="x">bold</b>' } });
    await user.click(screen.getByRole('button', { name: 'Produce' }));
    expect(document.getElementById('x')).toBeNull();
    expect(screen.getByText('<b id="x">bold</b>')).toBeInTheDocument();
  });
});

describe('acting on the cluster', () => {
  it('a decrease of partitions is refused with the reason, in the current language', async () => {
    const user = userEvent.setup();
    const { store } = renderSimulator(sandbox, 'ko');
    expect(document.title).toBe('카프카 시뮬레이터');
    const before = store.getState().timeline;
    fireEvent.change(screen.getByRole('spinbutton', { name: '새 파티션 수 (합계)' }), { target: { value: '2' } });
    await user.click(screen.getByRole('button', { name: '파티션 늘리기' }));
    expect(screen.getByRole('alert').textContent).toMatch(/3/);
    expect(screen.getByRole('alert').textContent).toMatch(/[가-힣]/);
    expect(store.getState().timeline).toBe(before);
  });

  it('acting in the past asks before dropping later steps', async () => {
    const user = userEvent.setup();
    const { store } = renderSimulator(sandbox);
    await user.click(screen.getByRole('button', { name: 'Step back' }));
    await user.click(screen.getByRole('button', { name: 'Produce' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('1 later step');
    expect(store.getState().timeline.commands).toHaveLength(SANDBOX_COMMANDS.length);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().timeline.commands).toHaveLength(SANDBOX_COMMANDS.length);
    await user.click(screen.getByRole('button', { name: 'Produce' }));
    await user.click(screen.getByRole('button', { name: 'Drop later steps and apply' }));
    expect(store.getState().timeline.commands).toHaveLength(SANDBOX_COMMANDS.length);
    expect(store.getState().timeline.commands.at(-1)).toMatchObject({ type: 'produce' });
  });

  it('poll, commit and crash act on the named consumer', async () => {
    const user = userEvent.setup();
    const { store } = renderSimulator(sandbox);
    await user.click(screen.getByRole('button', { name: 'Produce' }));
    await user.click(screen.getByRole('button', { name: 'Poll consumer-1' }));
    await user.click(screen.getByRole('button', { name: 'Crash consumer-1' }));
    expect(store.getState().timeline.state.consumers['consumer-1']?.status).toBe('crashed');
    expect(screen.getByRole('button', { name: 'Poll consumer-1' })).toBeDisabled();
  });

  it('switches language with one button', async () => {
    const user = userEvent.setup();
    renderSimulator(sandbox);
    await user.click(screen.getByRole('button', { name: /Switch language/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('카프카 시뮬레이터');
  });
});

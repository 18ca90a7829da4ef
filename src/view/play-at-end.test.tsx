// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LESSONS } from '../lessons/index.ts';
import { LessonPage } from '../lessons/ui/LessonPage.tsx';
import { createSimStore } from '../store/sim-store.ts';
import { renderSimulator } from './test-support.tsx';

// Play at the end of a timeline does not jump back to step 0 behind the student's back: it is
// disabled there and says why; live traffic (a feed) still plays on.

const COMMANDS = [{ type: 'createTopic', topic: 't', partitions: 1 }, { type: 'addProducer', producer: 'p' }];

describe('Play at the end of the timeline', () => {
  it('the store stays at the end, paused, instead of restarting', () => {
    const store = createSimStore({ seed: 1, commands: COMMANDS });
    expect(store.getState().timeline.cursor).toBe(2);
    store.getState().play();
    expect(store.getState().playing).toBe(false);
    expect(store.getState().timeline.cursor).toBe(2);
    store.getState().seek(1);
    store.getState().play();
    expect(store.getState().playing).toBe(true);
    store.getState().tick();
    expect(store.getState()).toMatchObject({ playing: false, timeline: { cursor: 2 } });
  });

  it('live traffic plays on past the end', () => {
    const store = createSimStore({ seed: 1, commands: COMMANDS, feed: () => ({ type: 'produce', producer: 'p', topic: 't', value: 'v' }) });
    store.getState().play();
    expect(store.getState().playing).toBe(true);
    store.getState().tick();
    expect(store.getState().timeline.cursor).toBe(3);
  });

  it('the simulator disables Play at the end and says why; P does nothing there', async () => {
    const user = userEvent.setup();
    const { store } = renderSimulator({ commands: COMMANDS });
    const play = screen.getByRole('button', { name: 'Play' });
    expect(play).toBeDisabled();
    expect(play).toHaveAccessibleDescription(/At the end of the timeline/);
    expect(screen.getByText(/At the end of the timeline/)).toBeVisible();
    await user.keyboard('p');
    expect(store.getState()).toMatchObject({ playing: false, timeline: { cursor: 2 } });
    await user.click(screen.getByRole('button', { name: 'Step back' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeEnabled();
    expect(screen.queryByText(/At the end of the timeline/)).toBeNull();
  });

  it('a lesson disables Play at its last step and says why', () => {
    const id = 'offsets';
    const last = LESSONS[id].steps.length;
    const { rerender } = render(<LessonPage route={{ lesson: id, step: last }} lang="en" onRoute={() => undefined} onTakeOver={() => undefined} />);
    const play = screen.getByRole('button', { name: 'Play' });
    expect(play).toBeDisabled();
    expect(play).toHaveAccessibleDescription(/last step/);
    act(() => rerender(<LessonPage route={{ lesson: id, step: 1 }} lang="en" onRoute={() => undefined} onTakeOver={() => undefined} />));
    expect(screen.getByRole('button', { name: 'Play' })).toBeEnabled();
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { LESSONS } from '../index.ts';
import { LessonPage } from './LessonPage.tsx';

// A prediction's verdict: a wrong pick must not look like a right one (colour and a mark).

const predicting = Object.values(LESSONS).flatMap((lesson) => lesson.steps.map((step, i) => ({ lesson: lesson.id, step: i + 1, predict: step.predict }))).find((s) => s.predict)!;

function open() {
  render(<LessonPage route={{ lesson: predicting.lesson, step: predicting.step }} lang="en" onRoute={() => undefined} onTakeOver={() => undefined} />);
  return screen.getByRole('group', { name: /./ });
}

describe('LessonPage verdict', () => {
  it('marks a wrong pick as wrong and a right pick as right', () => {
    const group = open();
    const choices = within(group).getAllByRole('button').slice(0, -1);
    // Reveal first to learn the answer, then reopen and pick both ways.
    fireEvent.click(within(group).getByRole('button', { name: /reveal|show/i }));
    const answer = document.querySelector('.verdict')!.textContent!.replace(/^The answer: /, '');
    expect(document.querySelector('.verdict')!.className).toContain('revealed');
    cleanup();
    const again = open();
    const wrong = within(again).getAllByRole('button').slice(0, -1).find((b) => b.textContent !== answer)!;
    fireEvent.click(wrong);
    const verdict = document.querySelector('.verdict')!;
    expect(verdict.className).toContain('wrong');
    expect(verdict.textContent).toMatch(/^✗ Not quite/);
    // The distractor carries its misconception: the explanation shows, in the page's language.
    const why = document.querySelector('.misconception')!;
    expect(why.textContent!.length).toBeGreaterThan(20);
    expect(why.getAttribute('data-misconception')).toMatch(/^\w+$/);
    cleanup();
    const third = open();
    fireEvent.click(within(third).getAllByRole('button').find((b) => b.textContent === answer)!);
    expect(document.querySelector('.verdict')!.className).toContain('right');
    expect(document.querySelector('.misconception')).toBeNull();
    expect(choices.length).toBeGreaterThan(1);
  });
});

describe('LessonPage title', () => {
  it('the second click of a double-click is not a pick (the choices open where Next was just clicked); a click and the keyboard are', () => {
    const group = open();
    const choice = within(group).getAllByRole('button')[0]!;
    fireEvent.click(choice, { detail: 2 });
    expect(document.querySelector('.verdict')).toBeNull();
    fireEvent.click(choice, { detail: 0 });
    expect(document.querySelector('.verdict')).not.toBeNull();
    cleanup();
    fireEvent.click(within(open()).getAllByRole('button')[0]!, { detail: 1 });
    expect(document.querySelector('.verdict')).not.toBeNull();
  });

  it('names the lesson in the reader\'s language on the full page', () => {
    render(<LessonPage route={{ lesson: 'offsets', step: 1 }} lang="ko" onRoute={() => undefined} onTakeOver={() => undefined} />);
    expect(document.title).toMatch(/ · 카프카 시뮬레이터$/);
    cleanup();
    document.title = 'host page';
    render(<LessonPage route={{ lesson: 'offsets', step: 1 }} lang="en" onRoute={() => undefined} onTakeOver={() => undefined} embed={{ openHref: '#', controls: true, autoplay: false, visible: true }} />);
    expect(document.title).toBe('host page');
  });
});

// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { LESSONS } from '../index.ts';
import { LessonPage } from './LessonPage.tsx';

// Peer instruction in lecture mode (Crouch, Fagen, Callan & Mazur 2004): a prediction is voted by
// hand first; typed counts are optional; a split vote suggests discussing and voting again before
// the answer; a bad count is refused and changes nothing.

const predicting = Object.values(LESSONS).flatMap((lesson) => lesson.steps.map((step, i) => ({ lesson: lesson.id, step: i + 1, predict: step.predict }))).find((s) => s.predict)!;

function openLecture() {
  render(<LessonPage route={{ lesson: predicting.lesson, step: predicting.step }} lang="en" onRoute={() => undefined} onTakeOver={() => undefined} />);
  fireEvent.click(screen.getByRole('button', { name: 'Lecture mode' }));
  return screen.getByRole('group', { name: /./ });
}

// Several renders of a whole lesson: a generous bound for a loaded machine (not a timing assertion).
describe('lecture mode vote', { timeout: 30_000 }, () => {
  it('shows the choices without the answer, takes counts, asks to discuss a split vote, then reveals', () => {
    const group = openLecture();
    const inputs = within(group).getAllByRole('textbox');
    expect(inputs.length).toBeGreaterThanOrEqual(3);
    expect(document.querySelector('.verdict')).toBeNull();
    // A count that is not a whole number: refused, nothing revealed.
    fireEvent.change(inputs[0]!, { target: { value: 'many' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Reveal' }));
    expect(screen.getByRole('alert')).toHaveTextContent('"many"');
    expect(document.querySelector('.verdict')).toBeNull();
    // 5 against 5: split, so discuss and vote again first.
    fireEvent.change(inputs[0]!, { target: { value: '5' } });
    fireEvent.change(inputs[1]!, { target: { value: '5' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Reveal' }));
    expect(within(group).getByRole('status')).toHaveTextContent('Discuss with your neighbour');
    expect(document.querySelector('.verdict')).toBeNull();
    fireEvent.click(within(group).getByRole('button', { name: 'Vote again' }));
    expect((within(group).getAllByRole('textbox')[0] as HTMLInputElement).value).toBe('');
    fireEvent.change(within(group).getAllByRole('textbox')[1]!, { target: { value: '9' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Reveal' }));
    // The class's choice is graded like a pick.
    expect(document.querySelector('.verdict')).not.toBeNull();
  });

  it('Enter in a count field reveals, as the Reveal button does (a split still asks to discuss)', () => {
    const group = openLecture();
    const inputs = within(group).getAllByRole('textbox');
    fireEvent.change(inputs[0]!, { target: { value: '3' } });
    fireEvent.change(inputs[1]!, { target: { value: '3' } });
    fireEvent.keyDown(inputs[1]!, { key: 'Enter' });
    expect(within(group).getByRole('status')).toHaveTextContent('Discuss with your neighbour');
    fireEvent.click(within(group).getByRole('button', { name: 'Vote again' }));
    const fresh = within(group).getAllByRole('textbox');
    fireEvent.change(fresh[0]!, { target: { value: '12' } });
    fireEvent.keyDown(fresh[0]!, { key: 'Enter' });
    expect(document.querySelector('.verdict')).not.toBeNull();
  });

  it('reveals at once without counts', () => {
    const group = openLecture();
    fireEvent.click(within(group).getByRole('button', { name: 'Reveal' }));
    expect(document.querySelector('.verdict')!.className).toContain('revealed');
  });

  it('→ does not skip the vote: the first press opens it, the next one reveals', () => {
    const group = openLecture();
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(within(group).getByRole('status')).toHaveTextContent('The vote is open');
    expect(document.querySelector('.verdict')).toBeNull();
    // A split vote: the next → asks to discuss, not to reveal.
    fireEvent.change(within(group).getAllByRole('textbox')[0]!, { target: { value: '4' } });
    fireEvent.change(within(group).getAllByRole('textbox')[1]!, { target: { value: '4' } });
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(within(group).getByRole('status')).toHaveTextContent('Discuss with your neighbour');
    expect(document.querySelector('.verdict')).toBeNull();
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect((within(group).getAllByRole('textbox')[0] as HTMLInputElement).value).toBe('');
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(document.querySelector('.verdict')).not.toBeNull();
  });
});

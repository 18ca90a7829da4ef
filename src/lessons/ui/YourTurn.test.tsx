// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { LessonPage } from './LessonPage.tsx';

// A your-turn step in the page: the figure's partitions become buttons; a wrong one names the
// misconception and keeps the step open; the right one is graded right; then "how sure were you?".

function open(lesson: 'keys' | 'broker-failure', step: number) {
  render(<LessonPage route={{ lesson, step }} lang="en" onRoute={() => undefined} onTakeOver={() => undefined} />);
}

describe('your-turn step in the lesson page', { timeout: 30_000 }, () => {
  it('keys step 4: partition 1 is wrong with its misconception, partition 0 is right, then a confidence question', () => {
    open('keys', 4);
    const targets = [...document.querySelectorAll('[data-your-turn]')].map((e) => e.getAttribute('data-your-turn'));
    expect(targets).toEqual(['partition:orders:0', 'partition:orders:1', 'partition:orders:2']);
    fireEvent.click(screen.getByRole('button', { name: 'orders partition 1' }));
    expect(document.querySelector('.narration [data-misconception]')).not.toBeNull();
    expect(document.querySelector('.verdict.right')).toBeNull();
    expect(document.querySelector('[data-your-turn-step]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'orders partition 0' }));
    expect(document.querySelector('.verdict.right')).not.toBeNull();
    expect(document.querySelectorAll('[data-your-turn]')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Sure' }));
    expect(screen.getByText('Good: your confidence matched your answer.')).toBeInTheDocument();
  });

  it('broker-failure step 2: "no leader" is wrong while broker 3 can lead', () => {
    open('broker-failure', 2);
    fireEvent.click(screen.getByRole('button', { name: 'no leader (offline)' }));
    expect(document.querySelector('.narration [data-misconception="offlineTooSoon"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Broker 3' }));
    expect(document.querySelector('.verdict.right')).not.toBeNull();
  });

  it('a confident wrong pick is pointed at', () => {
    open('keys', 7);
    // Step 7 is a list prediction: pick a wrong choice, then say "Sure".
    const group = document.querySelector('.prediction')!;
    const buttons = [...group.querySelectorAll('button')].slice(0, -1);
    const before = document.querySelectorAll('.verdict').length;
    expect(before).toBe(0);
    for (const b of buttons) {
      fireEvent.click(b);
      if (document.querySelector('.verdict.wrong')) break;
    }
    expect(document.querySelector('.verdict.wrong')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Sure' }));
    expect(screen.getByText(/Sure and wrong/)).toBeInTheDocument();
  });
});

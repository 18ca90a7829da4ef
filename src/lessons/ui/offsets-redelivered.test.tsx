// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { LessonPage } from './LessonPage.tsx';

// The offsets lesson's step 8 says records 3 and 4 are marked redelivered: the picture must show
// exactly those two marks, in the log and under the consumer that received them again.

describe('offsets lesson, step 8', () => {
  it.each([
    ['en', 'offset {o} no key', ', redelivered', 'redelivered: orders-0 3–4'],
    ['ko', '오프셋 {o} 키 없음', ', 다시 전달됨', '다시 전달됨: orders-0 3–4'],
  ] as const)('marks offsets 3 and 4 as redelivered and nothing else (%s)', (lang, name, suffix, note) => {
    render(<LessonPage route={{ lesson: 'offsets', step: 8 }} lang={lang} onRoute={() => undefined} onTakeOver={() => undefined} />);
    const record = (o: number) => screen.getByRole('listitem', { name: new RegExp(`^${name.replace('{o}', String(o))}`) });
    for (const o of [3, 4]) {
      expect(record(o)).toHaveAccessibleName(name.replace('{o}', String(o)) + suffix);
      expect(record(o).querySelector('.redelivered-mark')).not.toBeNull();
    }
    for (const o of [0, 1, 2, 5]) {
      expect(record(o)).toHaveAccessibleName(name.replace('{o}', String(o)));
      expect(record(o).querySelector('.redelivered-mark')).toBeNull();
    }
    expect(document.querySelectorAll('.cell.redelivered')).toHaveLength(2);
    expect(screen.getByText(note)).toBeVisible();
  });

  it('shows no redelivered mark at step 9, after worker-2 commits', () => {
    render(<LessonPage route={{ lesson: 'offsets', step: 9 }} lang="en" onRoute={() => undefined} onTakeOver={() => undefined} />);
    expect(screen.getAllByRole('listitem', { name: /^offset \d no key/ }).length).toBe(6);
    expect(document.querySelectorAll('.cell.redelivered')).toHaveLength(0);
    expect(screen.queryByText(/^redelivered:/)).toBeNull();
  });
});

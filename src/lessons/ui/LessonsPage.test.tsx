// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { translate } from '../../i18n/catalog.ts';
import { LESSONS } from '../index.ts';
import { LESSON_IDS } from '../types.ts';
import { LessonsPage } from './LessonsPage.tsx';

const href = (lesson: string, step: number, lang: string) => `?lesson=${lesson}&step=${step}&lang=${lang}`;

describe('LessonsPage', () => {
  it('lists every lesson in order with its summary, length, progress and a link that continues', () => {
    const total = LESSONS.offsets.steps.length;
    render(<LessonsPage lang="en" lessonHref={href} simulatorHref={(l) => `?lang=${l}`}
      progress={{ offsets: { seen: Array.from({ length: total }, (_, i) => i + 1), last: total }, keys: { seen: [1, 2, 3], last: 3 } }} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(LESSON_IDS.length);
    LESSON_IDS.forEach((id, i) => {
      const item = items[i]!;
      expect(within(item).getByRole('heading', { level: 2 }).textContent).toBe(`${i + 1}. ${translate('en', LESSONS[id].title as never)}`);
      expect(item.textContent).toContain(translate('en', LESSONS[id].summary as never));
      expect(item.textContent).toContain(`${LESSONS[id].steps.length} steps`);
    });
    const offsets = items[LESSON_IDS.indexOf('offsets')]!;
    expect(offsets.textContent).toContain('✓ Completed');
    expect(within(offsets).getByRole('link', { name: /^Review: / }).getAttribute('href')).toBe(href('offsets', 1, 'en'));
    const keys = items[LESSON_IDS.indexOf('keys')]!;
    expect(keys.textContent).toContain(`3 of ${LESSONS.keys.steps.length} steps seen`);
    expect(within(keys).getByRole('link', { name: /^Continue at step 3: / }).getAttribute('href')).toBe(href('keys', 3, 'en'));
    expect(within(keys).getByRole('link', { name: /^From the start: / }).getAttribute('href')).toBe(href('keys', 1, 'en'));
    expect(items[0]!.textContent).toContain('Not started');
    expect(screen.getByText(`Completed on this device: 1 of ${LESSON_IDS.length}`, { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Simulator' }).getAttribute('href')).toBe('?lang=en');
  });

  it('speaks Korean', () => {
    render(<LessonsPage lang="ko" lessonHref={href} simulatorHref={(l) => `?lang=${l}`} progress={{}} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('레슨 목록');
    expect(screen.getByRole('link', { name: '시뮬레이터' }).getAttribute('href')).toBe('?lang=ko');
    expect(screen.getAllByText('아직 시작하지 않음')).toHaveLength(LESSON_IDS.length);
  });
});

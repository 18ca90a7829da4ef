// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Lang } from '../../i18n/entry.ts';

// As in the embed: only Korean is here at first; English comes from its text file.
let release: (table: Record<string, string>) => void = () => undefined;
vi.mock('../../i18n/text-source.ts', () => ({
  TEXT_IS_BUNDLED: false,
  bundledText: (lang: Lang) => (lang === 'ko' ? { 'app.title': '카프카 시뮬레이터' } : {}),
  fetchText: () => new Promise((resolve) => { release = resolve; }),
}));

const { LangProvider, useLang } = await import('./lang-context.tsx');
const { loadText } = await import('../../i18n/text-store.ts');

function Title() {
  const { t, setLang } = useLang();
  return <button type="button" onClick={() => setLang('en')}>{t('app.title')}</button>;
}

describe('switching to a language whose text is not loaded yet', () => {
  it('keeps the current language until the text is here, never showing a key', async () => {
    render(<LangProvider initial="ko"><Title /></LangProvider>);
    fireEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveTextContent('카프카 시뮬레이터');
    await act(async () => {
      release({ 'app.title': 'Kafka simulator' });
      await loadText('en');
    });
    expect(screen.getByRole('button')).toHaveTextContent('Kafka simulator');
  });
});

import type { Lang } from './entry.ts';

// The store with an embed-like source: nothing but `embed.*` bundled, the rest loaded per language.
const fetchText = vi.fn<(lang: Lang) => Promise<Record<string, string>>>();
vi.mock('./text-source.ts', () => ({
  TEXT_IS_BUNDLED: false,
  bundledText: (lang: Lang) => ({ 'embed.textLoading': lang === 'ko' ? '불러오는 중' : 'Loading' }),
  fetchText: (lang: Lang) => fetchText(lang),
}));

const { loadText, messageTemplate, resetLoadedText, textReady } = await import('./text-store.ts');
const { translate } = await import('./catalog.ts');

beforeEach(() => {
  resetLoadedText();
  fetchText.mockReset();
});

describe('text loaded on demand', () => {
  it('has the bundled messages at once and the others once loaded', async () => {
    fetchText.mockResolvedValue({ 'app.title': '카프카 시뮬레이터' });
    expect(textReady('ko')).toBe(false);
    expect(translate('ko', 'embed.textLoading')).toBe('불러오는 중');
    expect(translate('ko', 'app.title')).toBe('app.title'); // the key while loading, not a crash
    await loadText('ko');
    expect(textReady('ko')).toBe(true);
    expect(textReady('en')).toBe(false);
    expect(messageTemplate('ko', 'app.title')).toBe('카프카 시뮬레이터');
  });

  it('asks once per language however many widgets wait for it', async () => {
    fetchText.mockResolvedValue({});
    await Promise.all([loadText('en'), loadText('en'), loadText('en')]);
    await loadText('en');
    expect(fetchText).toHaveBeenCalledTimes(1);
  });

  it('lets a failed load be tried again', async () => {
    fetchText.mockRejectedValueOnce(new Error('kafka-sim.text.ko.js')).mockResolvedValueOnce({ 'app.title': 'ok' });
    await expect(loadText('ko')).rejects.toThrow('kafka-sim.text.ko.js');
    expect(textReady('ko')).toBe(false);
    await loadText('ko');
    expect(messageTemplate('ko', 'app.title')).toBe('ok');
  });
});

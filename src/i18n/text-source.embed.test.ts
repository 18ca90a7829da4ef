// @vitest-environment jsdom
import { MESSAGES } from './catalog.ts';
import { bundledText, fetchText, textFileSource, textFileUrl } from './text-source.embed.ts';

// The embed's text file: named after the script, beside it; loaded as a <script> that announces
// its table with an event. jsdom does not run scripts, so appending one is intercepted here and
// the file's own source is evaluated, as a browser would.

function serve(files: Record<string, string | null>) {
  const append = vi.spyOn(document.head, 'appendChild').mockImplementation(<T extends Node>(node: T): T => {
    const script = node as unknown as HTMLScriptElement;
    const source = files[script.src];
    queueMicrotask(() => {
      if (source === undefined || source === null) script.onerror?.(new Event('error'));
      else {
        new Function(source)();
        script.onload?.(new Event('load'));
      }
    });
    return node;
  });
  return append;
}

afterEach(() => vi.restoreAllMocks());

describe('the embed text file', () => {
  it('sits beside the script and is named after it, keeping its query', () => {
    expect(textFileUrl('ko', 'https://blog.example/static/kafka-sim.js?v=2')).toBe('https://blog.example/static/kafka-sim.text.ko.js?v=2');
    expect(textFileUrl('en', 'https://blog.example/x/widget.js')).toBe('https://blog.example/x/widget.text.en.js');
    expect(textFileUrl('en', 'https://blog.example/x/widget.live.js')).toBe('https://blog.example/x/widget.text.en.js');
    expect(textFileUrl('en', 'https://blog.example/x/')).toBe('https://blog.example/x/kafka-sim.text.en.js');
  });

  it('loads a language\'s table from its file', async () => {
    const url = 'https://blog.example/kafka-sim.text.ko.js';
    serve({ [url]: textFileSource('ko', { 'page.title': '카프카' }) });
    await expect(fetchText('ko', url)).resolves.toEqual({ 'page.title': '카프카' });
    expect(document.querySelector('script')).toBeNull(); // the tag is removed once loaded
  });

  it('rejects with the URL when the file is missing or is not a text file of that language', async () => {
    const missing = 'https://blog.example/missing.text.ko.js';
    const other = 'https://blog.example/other.text.ko.js';
    serve({ [missing]: null, [other]: textFileSource('en', { a: 'b' }) });
    await expect(fetchText('ko', missing)).rejects.toThrow(missing);
    await expect(fetchText('ko', other)).rejects.toThrow(other);
  });

  it('bundles only the embed messages, in both languages', () => {
    const ko = bundledText('ko');
    expect(Object.keys(ko).length).toBeGreaterThan(5);
    expect(Object.keys(ko).every((key) => key.startsWith('embed.'))).toBe(true);
    expect(ko['embed.textLoading']).toMatch(/불러오는 중/);
    expect(bundledText('en')['embed.textFailed']).toContain('{url}');
  });

  it('bundles every embed.* key of the catalogue, so no attribute error shows a raw key (issue 22: embed.badView)', () => {
    const keys = Object.keys(MESSAGES).filter((key) => key.startsWith('embed.'));
    for (const lang of ['ko', 'en'] as const) {
      const table = bundledText(lang);
      for (const key of keys) expect(table[key], `${lang} ${key}`).toBe(MESSAGES[key as keyof typeof MESSAGES][lang]);
    }
    expect(bundledText('ko')['embed.badView']).toContain('topics 또는 brokers');
  });
});

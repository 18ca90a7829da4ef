import { MESSAGES, pickLang, translate } from './catalog.ts';
import { paramNames } from './format.ts';

describe('i18n', () => {
  it('every message has Korean and English text that differ where words are translated', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      expect(entry.ko.length, key).toBeGreaterThan(0);
      expect(entry.en.length, key).toBeGreaterThan(0);
      expect(paramNames(entry.ko), key).toEqual(paramNames(entry.en));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'record.keyed', { offset: 3, key: 'a' })).toBe('offset 3 key a');
    expect(translate('ko', 'record.keyless', { offset: 0 })).toBe('오프셋 0 키 없음');
    expect(translate('en', 'record.keyed', { offset: 3 })).toBe('offset 3 key {key}');
  });

  it('picks ?lang first, then the browser language, and reports an unknown lang', () => {
    expect(pickLang('?lang=ko', ['en-US'])).toEqual({ lang: 'ko' });
    expect(pickLang('', ['ko-KR', 'en'])).toEqual({ lang: 'ko' });
    expect(pickLang('', ['fr'])).toEqual({ lang: 'en' });
    expect(pickLang('?lang=xx', ['en'])).toEqual({ lang: 'en', rejected: 'xx' });
  });
});

describe('the catalogue holds every message file', () => {
  // The embed's text files are written from MESSAGES (vite.embed.config.ts), so a message file
  // missing from it would be missing from every embedded widget.
  const files = import.meta.glob<Record<string, Record<string, { ko: string; en: string }>>>('./messages/*.ts', { eager: true });
  it.each(Object.keys(files))('%s', (path) => {
    for (const table of Object.values(files[path]!)) {
      for (const key of Object.keys(table)) expect(Object.hasOwn(MESSAGES, key), `${path}: ${key}`).toBe(true);
    }
  });

  it('holds the lesson files (messages/lessons-*.ts)', () => {
    const lessonFiles = Object.keys(files).filter((p) => /\/lessons-[^/]*\.ts$/.test(p));
    expect(lessonFiles.length).toBeGreaterThanOrEqual(3);
    expect(translate('en', 'lesson.why-kafka.title' as never)).toBe('Why Kafka?');
  });
});

// Message catalogues: one key per user-visible string, Korean and English side by side so a
// missing translation is a type error, not a blank in class. Each file under messages/ holds one area.
//
// Adding a message file: register it in MESSAGES (./all-messages.ts) (a test fails for a file that is not).
// Lesson narration files (messages/lessons-*.ts) are listed in messages/lessons.ts, which merges
// them. The embed script carries no text but `embed.*`; its per-language text files
// (dist/embed/kafka-sim.text.<lang>.js) are written from MESSAGES at build (vite.embed.config.ts)
// and loaded on demand (text-store.ts), so whatever MESSAGES holds reaches every widget.
//
// Template syntax (filled by ./format.ts):
// - `{name}`: the param as given.
// - Counts in English: `{count, plural, one {# partition} other {# partitions}}` (ICU style; the
//   branch is picked by Intl.PluralRules, `#` is the number as passed, `=0 {…}` matches exactly).
//   Korean has no plural forms: write the counter once, `파티션 {count}개`.
// - Korean particles after a param: `{name|을}` prints the param and the form of 을/를 that fits it
//   (also 이/가, 은/는, 과/와, 으로/로, 이라는/라는; see ./particle.ts). Never write a fixed 이/가,
//   을/를, 은/는, (으)로, (이)라는 right after a `{param}`; src/i18n/words.test.ts checks.
import type { Lang } from './entry.ts';
import { formatTemplate } from './format.ts';
import { messageTemplate } from './text-store.ts';

export type { Lang };
export const LANGS: readonly Lang[] = ['ko', 'en'];

// MESSAGES sits in its own module: text-source.ts reads it, and catalog.ts reads text-store.ts,
// which reads text-source.ts; one module for all three would be an import circle.
export { MESSAGES } from './all-messages.ts';
import type { MESSAGES } from './all-messages.ts';

export type MessageKey = keyof typeof MESSAGES;

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  // The key itself while a language's text is still loading (the embed shows "loading…" then).
  return formatTemplate(lang, messageTemplate(lang, key) ?? key, params);
}

/** Whether `key` names a message (keys built at run time, e.g. per error code). */
export function hasMessage(lang: Lang, key: string): key is MessageKey {
  return messageTemplate(lang, key) !== undefined;
}

/** ?lang=ko|en wins, then the browser's language; anything else falls back to English. */
export function pickLang(search: string, browserLanguages: readonly string[]): { lang: Lang; rejected?: string } {
  const asked = new URLSearchParams(search).get('lang');
  if (asked !== null) {
    if (asked === 'ko' || asked === 'en') return { lang: asked };
    const fallback = browserLanguages.some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
    return { lang: fallback, rejected: asked };
  }
  return { lang: browserLanguages.some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en' };
}

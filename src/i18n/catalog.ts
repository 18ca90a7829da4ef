// Message catalogues: one key per user-visible string, Korean and English side by side so a
// missing translation is a type error, not a blank in class. Each file under messages/ holds one area.
//
// Adding a message file: register it in MESSAGES below (a test fails for a file that is not).
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
import { ACTION_MESSAGES } from './messages/actions.ts';
import { CLUSTER_UI_MESSAGES } from './messages/cluster-ui.ts';
import { EMBED_MESSAGES } from './messages/embed.ts';
import { CONSOLE_MESSAGES } from './messages/console.ts';
import { DIAGRAM_MESSAGES } from './messages/diagram.ts';
import { FIGURE_MESSAGES } from './messages/figure.ts';
import { EVENT_MESSAGES } from './messages/events.ts';
import { ERROR_MESSAGES } from './messages/errors.ts';
import { FILE_MESSAGES } from './messages/files.ts';
import { LESSON_UI_MESSAGES } from './messages/lesson-ui.ts';
import { LAG_MESSAGES } from './messages/lag.ts';
import { LESSON_MESSAGES } from './messages/lessons.ts';
import { LESSON_BROKERS_UI_MESSAGES } from './messages/lesson-ui-cluster.ts';
import { LESSON_CLIENT_MESSAGES } from './messages/lessons-clients.ts';
import { LIMIT_MESSAGES } from './messages/limits.ts';
import { MOMENT_MESSAGES } from './messages/moments.ts';
import { PAGE_MESSAGES } from './messages/page.ts';

export type { Lang };
export const LANGS: readonly Lang[] = ['ko', 'en'];

export const MESSAGES = { ...PAGE_MESSAGES, ...CLUSTER_UI_MESSAGES, ...EVENT_MESSAGES, ...ERROR_MESSAGES, ...LESSON_MESSAGES, ...LESSON_UI_MESSAGES, ...LESSON_BROKERS_UI_MESSAGES, ...LESSON_CLIENT_MESSAGES, ...FILE_MESSAGES, ...LIMIT_MESSAGES, ...EMBED_MESSAGES, ...CONSOLE_MESSAGES, ...LAG_MESSAGES, ...MOMENT_MESSAGES, ...ACTION_MESSAGES, ...DIAGRAM_MESSAGES, ...FIGURE_MESSAGES };

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

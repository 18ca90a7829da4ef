// Message catalogues: one key per user-visible string, Korean and English side by side so a
// missing translation is a type error, not a blank in class. Each file under messages/ holds one area.
import type { Lang } from './entry.ts';
import { CLUSTER_UI_MESSAGES } from './messages/cluster-ui.ts';
import { EMBED_MESSAGES } from './messages/embed.ts';
import { CONSOLE_MESSAGES } from './messages/console.ts';
import { DIAGRAM_MESSAGES } from './messages/diagram.ts';
import { EVENT_MESSAGES } from './messages/events.ts';
import { ERROR_MESSAGES } from './messages/errors.ts';
import { FILE_MESSAGES } from './messages/files.ts';
import { LESSON_UI_MESSAGES } from './messages/lesson-ui.ts';
import { LESSON_MESSAGES } from './messages/lessons.ts';
import { LIMIT_MESSAGES } from './messages/limits.ts';
import { PAGE_MESSAGES } from './messages/page.ts';

export type { Lang };
export const LANGS: readonly Lang[] = ['ko', 'en'];

export const MESSAGES = { ...PAGE_MESSAGES, ...CLUSTER_UI_MESSAGES, ...EVENT_MESSAGES, ...ERROR_MESSAGES, ...LESSON_MESSAGES, ...LESSON_UI_MESSAGES, ...FILE_MESSAGES, ...LIMIT_MESSAGES, ...EMBED_MESSAGES, ...CONSOLE_MESSAGES, ...DIAGRAM_MESSAGES };

export type MessageKey = keyof typeof MESSAGES;

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = MESSAGES[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
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

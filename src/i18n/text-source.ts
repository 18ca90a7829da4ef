import { MESSAGES } from './all-messages.ts';
import type { Lang } from './entry.ts';

// Where the catalogue's text comes from, for the app, its pages and the tests: bundled, every key
// in both languages, ready at once. The embed script swaps this module for ./text-source.embed.ts
// (vite.embed.config.ts), which bundles only the `embed.*` keys and loads the rest per language.

export const TEXT_IS_BUNDLED = true;

const tables = new Map<Lang, Readonly<Record<string, string>>>();

/** Every message of `lang`, key → template. */
export function bundledText(lang: Lang): Readonly<Record<string, string>> {
  let table = tables.get(lang);
  if (!table) tables.set(lang, (table = Object.fromEntries(Object.entries(MESSAGES).map(([key, entry]) => [key, entry[lang]]))));
  return table;
}

export function fetchText(lang: Lang): Promise<Readonly<Record<string, string>>> {
  return Promise.resolve(bundledText(lang));
}

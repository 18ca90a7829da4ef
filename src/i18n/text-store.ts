import type { Lang } from './entry.ts';
import { bundledText, fetchText, TEXT_IS_BUNDLED } from './text-source.ts';

// The messages a page has, per language: what the bundle carries, plus what was loaded on demand.
// One store per page (every widget on it shares a language's file and its single request).

const loaded = new Map<Lang, Readonly<Record<string, string>>>();
const pending = new Map<Lang, Promise<void>>();

/** True when every message of `lang` can be shown now. */
export function textReady(lang: Lang): boolean {
  return TEXT_IS_BUNDLED || loaded.has(lang);
}

/** Loads `lang`'s messages once; a failed load may be tried again. */
export function loadText(lang: Lang): Promise<void> {
  if (textReady(lang)) return Promise.resolve();
  let request = pending.get(lang);
  if (!request) {
    request = fetchText(lang).then(
      (table) => { loaded.set(lang, table); pending.delete(lang); },
      (error: unknown) => { pending.delete(lang); throw error; },
    );
    pending.set(lang, request);
  }
  return request;
}

/** The template of `key` in `lang`, or undefined while (or if) it is not there. */
export function messageTemplate(lang: Lang, key: string): string | undefined {
  return loaded.get(lang)?.[key] ?? bundledText(lang)[key];
}

/** For tests: forget what was loaded. */
export function resetLoadedText(): void {
  loaded.clear();
  pending.clear();
}

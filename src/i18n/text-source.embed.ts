import type { Lang } from './entry.ts';
import { EMBED_MESSAGES } from './messages/embed.ts';
import { LESSON_UI_MESSAGES } from './messages/lesson-ui.ts';

// The embed script's text (vite.embed.config.ts puts this module in place of ./text-source.ts).
// Bundled: only the `embed.*` keys, in both languages, for what the widget says before its text
// is there (a bad attribute, "loading…", a failed load). Everything else comes from a file per
// language built next to the script, kafka-sim.text.<lang>.js, found from the script's own URL:
// same origin as the script, no network beyond it, and it works from file:// too, since it is
// loaded as a <script> (fetch is not allowed there). That file announces its table with a
// `kafka-sim-text` event on the document, so the embed adds no global name to the page.

export const TEXT_IS_BUNDLED = false;
export const TEXT_EVENT = 'kafka-sim-text';

// Captured while the embed script runs: document.currentScript is null once it has finished.
const scriptUrl = (globalThis.document?.currentScript as HTMLScriptElement | null | undefined)?.src ?? '';

/**
 * Where `lang`'s text file sits: beside the script, named after it. The live chunk
 * (kafka-sim.live.js, loaded by the kafka-sim.js loader) shares the loader's files.
 */
export function textFileUrl(lang: Lang, script: string = scriptUrl): string {
  const url = new URL(script || 'kafka-sim.js', document.baseURI);
  url.pathname = /\.js$/.test(url.pathname) ? url.pathname.replace(/(\.live)?\.js$/, `.text.${lang}.js`) : url.pathname.replace(/[^/]*$/, `kafka-sim.text.${lang}.js`);
  return url.href;
}

const boot = new Map<Lang, Readonly<Record<string, string>>>();

export function bundledText(lang: Lang): Readonly<Record<string, string>> {
  let table = boot.get(lang);
  if (!table) {
    const entries = Object.entries({ ...EMBED_MESSAGES, ...LESSON_UI_MESSAGES }).filter(([key]) => key.startsWith('embed.'));
    boot.set(lang, (table = Object.fromEntries(entries.map(([key, entry]) => [key, entry[lang]]))));
  }
  return table;
}

/** Loads the text file; rejects with its URL when it cannot be loaded or is not a text file. */
export function fetchText(lang: Lang, url: string = textFileUrl(lang)): Promise<Readonly<Record<string, string>>> {
  return new Promise((resolve, reject) => {
    let table: Record<string, string> | undefined;
    const onText = (event: Event) => {
      const detail = (event as CustomEvent<{ lang?: unknown; text?: unknown }>).detail;
      if (detail?.lang === lang && typeof detail.text === 'object' && detail.text !== null) table = detail.text as Record<string, string>;
    };
    const script = document.createElement('script');
    const done = () => {
      document.removeEventListener(TEXT_EVENT, onText);
      script.remove();
    };
    document.addEventListener(TEXT_EVENT, onText);
    script.async = true;
    script.src = url;
    script.onload = () => {
      done();
      if (table) resolve(table);
      else reject(new Error(url));
    };
    script.onerror = () => {
      done();
      reject(new Error(url));
    };
    document.head.appendChild(script);
  });
}

/** The text file's source: what fetchText expects to run. */
export function textFileSource(lang: Lang, text: Readonly<Record<string, string>>): string {
  return `document.dispatchEvent(new CustomEvent(${JSON.stringify(TEXT_EVENT)},{detail:{lang:${JSON.stringify(lang)},text:${JSON.stringify(text)}}}));\n`;
}

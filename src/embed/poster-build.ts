import type { Lang } from '../i18n/catalog.ts';
import { readConfig } from './attributes.ts';
import { WIDGET_CSS } from './element.tsx';
import { posterTemplate } from './poster.tsx';

// Build time (Node): fills every empty lesson widget of an HTML page with its poster. Used by the
// site build for the demo article (vite.config.ts) and by `npm run posters -- page.html` for an
// author's own pages. A tag that already has content, a scenario widget or a bad attribute is left
// as it is (the live widget says what is wrong).

const TAG = /<kafka-sim\b([^>]*)>(\s*)<\/kafka-sim>/g;
const ATTR = /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTR)) out.set(m[1]!.toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? ''));
  return out;
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The widget's stylesheet for posters, written beside the script as kafka-sim.poster.css. */
export const POSTER_STYLESHEET = 'kafka-sim.poster.css';
export const posterStylesheet = (): string => WIDGET_CSS;

/**
 * Where the page's widget script is (`<script src=".../kafka-sim.js">`): the poster stylesheet sits
 * beside it, and the full simulator beside its folder, as the live widget links to it
 * (../embed/kafka-sim.js -> ../index.html).
 */
function hrefsOf(html: string): { stylesheet: string; app: string } {
  const src = /<script\b[^>]*\bsrc\s*=\s*["']([^"']*kafka-sim[^"'/]*\.js)["']/.exec(html)?.[1] ?? 'kafka-sim.js';
  const folder = src.replace(/[^/]*$/, '');
  return { stylesheet: folder + POSTER_STYLESHEET, app: (folder ? folder.replace(/[^/]+\/$/, '') : '../') + 'index.html' };
}

export interface FillResult { html: string; filled: number }

/** The page with a poster inside every empty `<kafka-sim lesson=… step=…>`; `lang` falls back to the page's `<html lang>`. */
export function fillPosters(html: string): FillResult {
  const pageLang = /<html\b[^>]*\blang\s*=\s*["']?(ko|en)/i.exec(html)?.[1]?.toLowerCase() as Lang | undefined;
  const hrefs = hrefsOf(html);
  let filled = 0;
  const out = html.replace(TAG, (whole, attrText: string) => {
    const attrs = attributes(attrText);
    const result = readConfig((name) => attrs.get(name) ?? null);
    if (!result.ok || result.config.source.kind !== 'lesson') return whole;
    const { source, height, view, theme, controls } = result.config;
    filled++;
    const poster = posterTemplate({ lesson: source.lesson, step: source.step, lang: result.config.lang ?? pageLang ?? 'en', height, view, theme, controls, appHref: hrefs.app }, hrefs.stylesheet);
    return `<kafka-sim${attrText}>${poster}</kafka-sim>`;
  });
  return { html: out, filled };
}

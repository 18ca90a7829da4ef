// What a host page may send a widget, checked before use: goTo's step and the iframe's origin.

/**
 * A step for goTo: an integer (a number, or a string of digits as HTML attributes give them),
 * clamped to [min, max]; anything else (2.5, NaN, "x", objects) is undefined.
 */
export function goToStep(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) return undefined;
  return Math.max(min, Math.min(max, n));
}

/** The value as the host sees it in an error message: short, and never markup that runs. */
export function shownValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined ? String(value) : Object.prototype.toString.call(value);
  } catch {
    text = '?';
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * The iframe's `origin` parameter as an origin (`https://your.blog`), or undefined when it is not one:
 * only http(s), no path, query, fragment or credentials; a trailing slash and letter case are
 * normalised away. 'null' (sandboxed frames) is refused, since any sandboxed page sends it.
 */
export function parseOrigin(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return undefined;
  return url.origin;
}

/** rem is the host page's root font size (a blog may set html { font-size: 30px }): px inside the widget. */
export function remToPx(sheet: string, base = 16): string {
  return sheet.replace(/(-?\d*\.?\d+)rem\b/g, (_, n: string) => `${Number((Number(n) * base).toFixed(2))}px`);
}

import { remToPx } from './host-api.ts';

// The widget's whole stylesheet. The script adopts it as a constructed stylesheet (no <style>
// element, which a strict style-src blocks); the build also writes it to kafka-sim.css beside the
// script, for hosts whose policy allows 'self' styles only.
//
// Inherited properties (writing-mode, direction, letter-spacing, text-transform, font-weight…) set
// on the <kafka-sim> element by host rules (`.entry-content *`, `kafka-sim { … }`) beat any :host
// rule and flow into the shadow tree. So the inner root resets them all (`all: initial`) and then
// sets the widget's own type; the host box keeps a horizontal writing mode with !important, which
// a shadow tree's important rules win over the page's.
export const STYLED_PROBE = '--kafka-sim-styled';

/** The widget's stylesheet around the page's own (`appCss`, styles.css with its imports inlined). */
export const widgetCss = (appCss: string) => `:host { all: initial; display: block; contain: content; writing-mode: horizontal-tb !important; direction: ltr !important; }
.kafka-sim-root { all: initial; display: block; ${STYLED_PROBE}: 1; font-size: 15px; line-height: 1.4; direction: ltr; writing-mode: horizontal-tb; text-align: start; color: CanvasText; font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif; }
.widget { font-size: 15px; line-height: 1.4; direction: ltr; text-align: start; color-scheme: light; font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif; }
.widget.theme-dark { color-scheme: dark; } ${remToPx(appCss)}`;

/** kafka-sim.css beside the script, named after it (as the text files are). */
export function cssFileUrl(script: string | undefined): string {
  const url = new URL(script || 'kafka-sim.js', document.baseURI);
  url.pathname = /\.js$/.test(url.pathname) ? url.pathname.replace(/\.js$/, '.css') : url.pathname.replace(/[^/]*$/, 'kafka-sim.css');
  return url.href;
}

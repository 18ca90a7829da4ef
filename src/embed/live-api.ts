// What the loader (kafka-sim.js) and the live chunk (kafka-sim.live.js) share: the chunk announces
// itself with a `kafka-sim-live` event on the document (no global name), carrying a factory that
// gives each <kafka-sim> element its live widget. Types only, plus two constants: no React here.

export const LIVE_EVENT = 'kafka-sim-live';

/** One element's live widget; the loader forwards the element's callbacks and methods to it. */
export interface LiveHandle {
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(): void;
  goTo(step: unknown): void;
  play(): void;
  pause(): void;
}

export interface LiveApi {
  create(element: HTMLElement, scriptUrl: string | undefined): LiveHandle;
}

/** The live chunk sits beside the loader, named after it: kafka-sim.js -> kafka-sim.live.js. */
export function liveFileUrl(script: string | undefined, base: string): string {
  const url = new URL(script || 'kafka-sim.js', base);
  url.pathname = /\.js$/.test(url.pathname) ? url.pathname.replace(/\.js$/, '.live.js') : url.pathname.replace(/[^/]*$/, 'kafka-sim.live.js');
  return url.href;
}

// The embed script an author adds (dist/embed/kafka-sim.js): a small loader with no React in it.
// It defines <kafka-sim>; a widget's poster (a declarative shadow root the build put inside the tag,
// ./poster.tsx) is on screen before this runs. When a widget comes near the viewport, or is touched
// or focused, the loader fetches the live chunk (kafka-sim.live.js, beside it) once for the whole
// page and hands every element its live widget (./element.tsx). Calls made before that (goTo,
// play, pause) are kept and replayed. It exports nothing, so the IIFE adds no global: the only
// name it leaves on the page is the element's.
import { showPosterIn } from './poster-lang.ts';
import { LIVE_EVENT, liveFileUrl, type LiveApi, type LiveHandle } from './live-api.ts';

// Captured while the script runs: document.currentScript is null once it has finished.
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src;
// How far ahead of the viewport a widget starts loading: about a screen, so it is live when read.
const NEAR = '100% 0px';

let live: Promise<LiveApi> | undefined;

/** Loads the live chunk once per page (and preloads `lang`'s text with it); a failed load may be tried again by the next widget. */
function loadLive(langOf: () => string): Promise<LiveApi> {
  live ??= new Promise<LiveApi>((resolve, reject) => {
    let api: LiveApi | undefined;
    const onLive = (event: Event) => { api = (event as CustomEvent<LiveApi>).detail; };
    const script = document.createElement('script');
    const done = () => {
      document.removeEventListener(LIVE_EVENT, onLive);
      script.remove();
    };
    document.addEventListener(LIVE_EVENT, onLive);
    script.async = true;
    script.src = liveFileUrl(scriptUrl, document.baseURI);
    // The widget's language file is the live widget's next request: ask for it alongside, once the
    // page is parsed (its own scripts may still set the widget's language until then).
    const preload = () => {
      const lang = langOf().slice(0, 2);
      if (lang !== 'ko' && lang !== 'en') return;
      const text = document.createElement('link');
      text.rel = 'preload';
      text.as = 'script';
      text.href = script.src.replace(/\.live\.js(?=$|[?#])/, `.text.${lang}.js`);
      document.head.appendChild(text);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', preload, { once: true });
    else preload();
    script.onload = () => {
      done();
      if (api) resolve(api);
      else reject(new Error(script.src));
    };
    script.onerror = () => {
      done();
      live = undefined;
      reject(new Error(script.src));
    };
    document.head.appendChild(script);
  });
  return live;
}

type Call = { method: 'goTo'; step: unknown } | { method: 'play' | 'pause' };

class KafkaSimElement extends HTMLElement {
  static observedAttributes = ['lesson', 'step', 'lang', 'height', 'controls', 'autoplay', 'theme', 'scenario', 'scenario-src', 'view'];
  #live: LiveHandle | undefined;
  #near: IntersectionObserver | undefined;
  // Calls before the live widget exists: the last goTo and the last play/pause, in call order.
  #calls: Call[] = [];
  readonly #wake = () => this.#load();

  connectedCallback() {
    if (this.#live) {
      this.#live.connectedCallback();
      return;
    }
    // While the page is still being parsed (the loader may sit in <head>), the tag's poster may be
    // yet to come: a shadow root attached now would make the browser drop it.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.#keepBox(), { once: true });
    else this.#keepBox();
    this.#near?.disconnect();
    this.#near = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.#load();
    }, { rootMargin: NEAR });
    this.#near.observe(this);
    for (const type of ['pointerdown', 'touchstart', 'focusin']) this.addEventListener(type, this.#wake, { passive: true });
  }

  /** A widget without a poster keeps its box (the height it asks for) until the live one draws. */
  #keepBox() {
    this.#posterLang();
    if (this.shadowRoot || this.#live || !this.isConnected) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.setAttribute('data-poster', '');
    const height = Number(this.getAttribute('height')?.replace(/px$/, ''));
    if (height >= 200 && height <= 2000) box.style.height = `${Math.round(height)}px`;
    const style = document.createElement('style');
    style.textContent = ':host { display: block; }';
    shadow.replaceChildren(style, box);
  }

  disconnectedCallback() {
    this.#near?.disconnect();
    this.#near = undefined;
    this.#live?.disconnectedCallback();
  }

  attributeChangedCallback() {
    if (this.#live) this.#live.attributeChangedCallback();
    else this.#posterLang();
  }

  /** The poster in the language the tag asks for, if it holds it (poster-lang.ts, which checks the language); the live widget judges the rest. */
  #posterLang() {
    const lang = this.getAttribute('lang');
    if (lang) showPosterIn(this.shadowRoot?.querySelector('[data-poster]'), lang);
  }

  /** An integer step (clamped); anything else dispatches an `error` event and changes nothing. */
  goTo(step: unknown) { this.#call({ method: 'goTo', step }); }
  play() { this.#call({ method: 'play' }); }
  pause() { this.#call({ method: 'pause' }); }

  #call(call: Call) {
    if (this.#live) return this.#apply(this.#live, call);
    const same = (c: Call) => (call.method === 'goTo' ? c.method === 'goTo' : c.method !== 'goTo');
    this.#calls = [...this.#calls.filter((c) => !same(c)), call];
  }

  #apply(handle: LiveHandle, call: Call) {
    if (call.method === 'goTo') handle.goTo(call.step);
    else handle[call.method]();
  }

  #load() {
    if (this.#live) return;
    this.#near?.disconnect();
    for (const type of ['pointerdown', 'touchstart', 'focusin']) this.removeEventListener(type, this.#wake);
    // A tag whose poster the parser has not reached yet waits for it (see connectedCallback).
    const parsed = document.readyState === 'loading' && !this.shadowRoot ? new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true })) : undefined;
    Promise.all([loadLive(() => this.getAttribute('lang') ?? document.documentElement.lang), parsed]).then(([api]) => {
      if (this.#live) return;
      const handle = (this.#live = api.create(this, scriptUrl));
      if (this.isConnected) handle.connectedCallback();
      const calls = this.#calls;
      this.#calls = [];
      for (const call of calls) this.#apply(handle, call);
    }, (error: unknown) => {
      // The poster stays; the host hears why, and the next approach tries again.
      if (this.isConnected) this.#near?.observe(this);
      this.dispatchEvent(new CustomEvent('error', { detail: { script: error instanceof Error ? error.message : String(error) }, bubbles: true, composed: true }));
    });
  }
}

if (!customElements.get('kafka-sim')) customElements.define('kafka-sim', KafkaSimElement);

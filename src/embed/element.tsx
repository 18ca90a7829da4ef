import { useLayoutEffect, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { pickLang, translate, type Lang } from '../i18n/catalog.ts';
import { loadText, textReady } from '../i18n/text-store.ts';
import css from '../view/styles.css?inline';
import { readConfig } from './attributes.ts';
import { remToPx } from './host-api.ts';
import { EmbedWidget, errorText, Message, type WidgetHandle, type WidgetHost } from './EmbedWidget.tsx';

// The live side of <kafka-sim lesson="keys" step="3" lang="ko" height="420" controls autoplay theme="auto">:
// a widget in the element's own shadow root, so the blog's CSS cannot reach in and ours cannot
// leak out. It starts when scrolled into view and pauses when it leaves. The element itself is
// defined by the small loader (./kafka-sim.ts), which hands each element to a LiveWidget once this
// chunk (kafka-sim.live.js) has loaded; a build-time poster (./poster.tsx) stays until the first render.

// Inherited properties (direction, letter-spacing, text-transform, white-space, font-style…) pass
// into a shadow root from the host element; `all: initial` stops them at the boundary, and the
// widget then sets its own type.
export const WIDGET_CSS = `:host { all: initial; display: block; contain: content; }
.widget { font-size: 15px; line-height: 1.4; direction: ltr; text-align: start; color-scheme: light; font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif; }
.widget.theme-dark { color-scheme: dark; } ${remToPx(css)}`;

function appUrlFrom(script: string | undefined): string {
  // The full simulator sits beside the script's folder: dist/embed/kafka-sim.js -> dist/index.html.
  try {
    return new URL('../index.html', script ?? document.baseURI).href;
  } catch {
    return document.baseURI;
  }
}

/** Calls `done` once its children are in the DOM, before the browser paints: the poster leaves in the same frame. */
function Takeover({ done, children }: { done: () => void; children: ReactNode }) {
  useLayoutEffect(done, [done]);
  return children;
}

export class LiveWidget {
  private root: Root | undefined;
  private observer: IntersectionObserver | undefined;
  private visible = false;
  private started = false;
  // A goTo before the widget has started (still off screen) waits for it; the last one wins.
  private pendingGoTo: { step: unknown } | undefined;
  // So do play() and pause() (the last one wins): a host may call them before the widget has loaded.
  private pendingPlay: 'play' | 'pause' | undefined;
  private widget: WidgetHandle | null = null;
  private readonly handle = Object.defineProperty({} as { current: WidgetHandle | null }, 'current', {
    get: () => this.widget,
    set: (next: WidgetHandle | null) => {
      this.widget = next;
      const pending = this.pendingGoTo;
      const playing = this.pendingPlay;
      this.pendingGoTo = undefined;
      this.pendingPlay = undefined;
      if (next && pending) next.goTo(pending.step);
      if (next && playing) next[playing]();
    },
  });
  // The poster's nodes (its styles and figure), removed when the live widget first commits.
  private poster: Element[] = [];
  private readonly dropPoster = () => {
    for (const node of this.poster) node.remove();
    this.poster = [];
  };
  // One host object for the element's life, so the widget never sees a "new" host and rebuilds.
  private readonly host: WidgetHost;

  /** `el` is the <kafka-sim> element; `scriptUrl` the loader's own URL (the full simulator sits beside its folder). */
  constructor(private readonly el: HTMLElement, scriptUrl: string | undefined) {
    this.host = {
      appUrl: appUrlFrom(scriptUrl),
      emit: (type, detail) => el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
    };
  }

  connectedCallback() {
    const shadow = this.el.shadowRoot ?? this.el.attachShadow({ mode: 'open' });
    if (!this.root) {
      // First connection, or back after being removed: a fresh mount for a fresh React root. A
      // poster (the page's declarative shadow root) stays in front until the widget's first render.
      const style = document.createElement('style');
      style.textContent = WIDGET_CSS;
      const mount = document.createElement('div');
      this.poster = shadow.querySelector('[data-poster]') ? [...shadow.children] : [];
      shadow.replaceChildren(...this.poster, style, mount);
      this.root = createRoot(mount);
      this.started = false;
    }
    this.observer?.disconnect();
    this.observer = new IntersectionObserver((entries) => {
      const visible = entries.some((e) => e.isIntersecting);
      if (visible === this.visible) return;
      this.visible = visible;
      if (visible) this.started = true;
      this.render();
    }, { rootMargin: '100px' });
    this.observer.observe(this.el);
    this.startIfPosterStale();
  }

  // A poster in another language than the widget's (a page whose reader switched languages)
  // would be wrong when it comes into view: the live widget draws at once instead.
  private startIfPosterStale() {
    const posterLang = this.poster.find((node) => node.matches('[data-poster]'))?.querySelector('[lang]')?.getAttribute('lang');
    if (this.started || !posterLang || posterLang === this.widgetLang()) return;
    this.started = true;
    this.render();
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.observer = undefined;
    this.visible = false;
    // Moving the element in the page disconnects and reconnects it in one task: keep it then.
    // Removed for good, it unmounts, so its store, timers and listeners can be collected.
    queueMicrotask(() => {
      if (this.el.isConnected) return;
      this.root?.unmount();
      this.root = undefined;
      this.handle.current = null;
      this.el.shadowRoot?.replaceChildren();
    });
  }

  attributeChangedCallback() {
    if (this.started) this.render();
    else this.startIfPosterStale();
  }

  /** An integer step (clamped); anything else dispatches an `error` event and changes nothing. */
  goTo(step: unknown) {
    if (this.handle.current) this.handle.current.goTo(step);
    else this.pendingGoTo = { step };
  }
  play() {
    if (this.handle.current) this.handle.current.play();
    else this.pendingPlay = 'play';
  }
  pause() {
    if (this.handle.current) this.handle.current.pause();
    else this.pendingPlay = 'pause';
  }

  private widgetLang(): Lang {
    const asked = this.el.getAttribute('lang');
    if (asked === 'ko' || asked === 'en') return asked;
    return pickLang('', [document.documentElement.lang, ...navigator.languages]).lang;
  }

  private render() {
    if (!this.root || !this.started) return;
    const lang = this.widgetLang();
    const result = readConfig((name) => this.el.getAttribute(name));
    const host = this.host;
    if (!result.ok) {
      const message = errorText(lang, result.key, result.params);
      this.root.render(<Takeover done={this.dropPoster}><Message text={message} /></Takeover>);
      host.emit('error', { message, attribute: result.key });
      return;
    }
    if (!textReady(lang)) {
      // The language's text is a file of its own (src/i18n/text-source.embed.ts): say so until it
      // is here, or keep showing the poster, which says more.
      if (this.poster.length === 0) this.root.render(<Message text={translate(lang, 'embed.textLoading')} loading />);
      loadText(lang).then(() => this.render(), (error: unknown) => {
        if (!this.root || this.widgetLang() !== lang) return;
        const message = translate(lang, 'embed.textFailed', { url: error instanceof Error ? error.message : String(error) });
        this.root.render(<Takeover done={this.dropPoster}><Message text={message} /></Takeover>);
        host.emit('error', { message });
      });
      return;
    }
    this.root.render(<Takeover done={this.dropPoster}><EmbedWidget config={result.config} lang={lang} host={host} visible={this.visible} handleRef={this.handle} /></Takeover>);
  }
}


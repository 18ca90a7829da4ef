import { createRoot, type Root } from 'react-dom/client';
import { pickLang, translate, type Lang } from '../i18n/catalog.ts';
import { loadText, textReady } from '../i18n/text-store.ts';
import css from '../view/styles.css?inline';
import { readConfig } from './attributes.ts';
import { remToPx } from './host-api.ts';
import { EmbedWidget, errorText, Message, type WidgetHandle, type WidgetHost } from './EmbedWidget.tsx';

// <kafka-sim lesson="keys" step="3" lang="ko" height="420" controls autoplay theme="auto">:
// a live widget in its own shadow root, so the blog's CSS cannot reach in and ours cannot leak
// out. It starts when scrolled into view and pauses when it leaves. The only global is the
// element's name.

// Inherited properties (direction, letter-spacing, text-transform, white-space, font-style…) pass
// into a shadow root from the host element; `all: initial` stops them at the boundary, and the
// widget then sets its own type.
const WIDGET_CSS = `:host { all: initial; display: block; contain: content; }
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

const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src;

export class KafkaSimElement extends HTMLElement {
  static observedAttributes = ['lesson', 'step', 'lang', 'height', 'controls', 'autoplay', 'theme', 'scenario', 'scenario-src'];
  private root: Root | undefined;
  private observer: IntersectionObserver | undefined;
  private visible = false;
  private started = false;
  // A goTo before the widget has started (still off screen) waits for it; the last one wins.
  private pendingGoTo: { step: unknown } | undefined;
  private widget: WidgetHandle | null = null;
  private readonly handle = Object.defineProperty({} as { current: WidgetHandle | null }, 'current', {
    get: () => this.widget,
    set: (next: WidgetHandle | null) => {
      this.widget = next;
      const pending = this.pendingGoTo;
      this.pendingGoTo = undefined;
      if (next && pending) next.goTo(pending.step);
    },
  });
  // One host object for the element's life, so the widget never sees a "new" host and rebuilds.
  private readonly host: WidgetHost = {
    appUrl: appUrlFrom(scriptUrl),
    emit: (type, detail) => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
  };

  connectedCallback() {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!this.root) {
      // First connection, or back after being removed: a fresh mount for a fresh React root.
      const style = document.createElement('style');
      style.textContent = WIDGET_CSS;
      const mount = document.createElement('div');
      shadow.replaceChildren(style, mount);
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
    this.observer.observe(this);
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.observer = undefined;
    this.visible = false;
    // Moving the element in the page disconnects and reconnects it in one task: keep it then.
    // Removed for good, it unmounts, so its store, timers and listeners can be collected.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.root?.unmount();
      this.root = undefined;
      this.handle.current = null;
      this.shadowRoot?.replaceChildren();
    });
  }

  attributeChangedCallback() {
    if (this.started) this.render();
  }

  /** An integer step (clamped); anything else dispatches an `error` event and changes nothing. */
  goTo(step: unknown) {
    if (this.handle.current) this.handle.current.goTo(step);
    else this.pendingGoTo = { step };
  }
  play() { this.handle.current?.play(); }
  pause() { this.handle.current?.pause(); }

  private widgetLang(): Lang {
    const asked = this.getAttribute('lang');
    if (asked === 'ko' || asked === 'en') return asked;
    return pickLang('', [document.documentElement.lang, ...navigator.languages]).lang;
  }

  private render() {
    if (!this.root || !this.started) return;
    const lang = this.widgetLang();
    const result = readConfig((name) => this.getAttribute(name));
    const host = this.host;
    if (!result.ok) {
      const message = errorText(lang, result.key, result.params);
      this.root.render(<Message text={message} />);
      host.emit('error', { message, attribute: result.key });
      return;
    }
    if (!textReady(lang)) {
      // The language's text is a file of its own (src/i18n/text-source.embed.ts): say so until it is here.
      this.root.render(<Message text={translate(lang, 'embed.textLoading')} loading />);
      loadText(lang).then(() => this.render(), (error: unknown) => {
        if (!this.root || this.widgetLang() !== lang) return;
        const message = translate(lang, 'embed.textFailed', { url: error instanceof Error ? error.message : String(error) });
        this.root.render(<Message text={message} />);
        host.emit('error', { message });
      });
      return;
    }
    this.root.render(<EmbedWidget config={result.config} lang={lang} host={host} visible={this.visible} handleRef={this.handle} />);
  }
}

if (!customElements.get('kafka-sim')) customElements.define('kafka-sim', KafkaSimElement);

import { createRoot, type Root } from 'react-dom/client';
import { pickLang, translate, type Lang } from '../i18n/catalog.ts';
import { loadText, textReady } from '../i18n/text-store.ts';
import { readConfig } from './attributes.ts';
import css from '../view/styles.css?inline';
import { cssFileUrl, STYLED_PROBE, widgetCss } from './widget-css.ts';

const WIDGET_CSS = widgetCss(css);
import { EmbedWidget, errorText, Message, type WidgetHandle, type WidgetHost } from './EmbedWidget.tsx';

// <kafka-sim lesson="keys" step="3" lang="ko" height="420" controls autoplay theme="auto">:
// a live widget in its own shadow root, so the blog's CSS cannot reach in and ours cannot leak
// out. It starts when scrolled into view and pauses when it leaves. The only global is the
// element's name.

function appUrlFrom(script: string | undefined): string {
  // The full simulator sits beside the script's folder: dist/embed/kafka-sim.js -> dist/index.html.
  try {
    return new URL('../index.html', script ?? document.baseURI).href;
  } catch {
    return document.baseURI;
  }
}

const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src;

type Styled = 'pending' | 'ok' | 'blocked';

const probed = (mount: HTMLElement) => getComputedStyle(mount).getPropertyValue(STYLED_PROBE).trim() === '1';

/**
 * Styles the shadow root: a constructed stylesheet first (a strict style-src does not stop it),
 * a <style> element where there are none, and the kafka-sim.css file beside the script when
 * neither applied (a policy of 'self' styles allows it). `onBlocked` runs when nothing did.
 */
function styleShadow(shadow: ShadowRoot, mount: HTMLElement, onBlocked: () => void): Styled {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = WIDGET_CSS;
    shadow.prepend(style);
  }
  // Styles apply at once; the probe reads only when the element is in a document that renders.
  if (!mount.isConnected || probed(mount)) return 'ok';
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = cssFileUrl(scriptUrl);
  link.onload = () => { if (!probed(mount)) onBlocked(); };
  link.onerror = onBlocked;
  shadow.prepend(link);
  return 'pending';
}

export class KafkaSimElement extends HTMLElement {
  static observedAttributes = ['lesson', 'step', 'lang', 'height', 'controls', 'autoplay', 'theme', 'scenario', 'scenario-src', 'view'];
  private root: Root | undefined;
  private styled: Styled = 'pending';
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
      const mount = document.createElement('div');
      mount.className = 'kafka-sim-root';
      shadow.replaceChildren(mount);
      this.styled = styleShadow(shadow, mount, () => {
        // Even the stylesheet file was refused: a short plain message, never an unstyled widget.
        this.styled = 'blocked';
        this.render();
      });
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
    if (this.styled === 'blocked') {
      this.root.render(<p>{translate(lang, 'embed.unstyled')}</p>);
      return;
    }
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

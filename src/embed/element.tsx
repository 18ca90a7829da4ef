import { createRoot, type Root } from 'react-dom/client';
import { pickLang, type Lang } from '../i18n/catalog.ts';
import css from '../view/styles.css?inline';
import { readConfig } from './attributes.ts';
import { EmbedWidget, errorText, Message, type WidgetHandle, type WidgetHost } from './EmbedWidget.tsx';

// <kafka-sim lesson="keys" step="3" lang="ko" height="420" controls autoplay theme="auto">:
// a live widget in its own shadow root, so the blog's CSS cannot reach in and ours cannot leak
// out. It starts when scrolled into view and pauses when it leaves. The only global is the
// element's name.

const WIDGET_CSS = `:host { display: block; contain: content; } .widget { font-size: 15px; color-scheme: light; }
.widget.theme-dark { color-scheme: dark; } ${css}`;

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
  private readonly handle: { current: WidgetHandle | null } = { current: null };

  connectedCallback() {
    if (!this.shadowRoot) {
      const shadow = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = WIDGET_CSS;
      const mount = document.createElement('div');
      shadow.append(style, mount);
      this.root = createRoot(mount);
    }
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
    this.visible = false;
    this.render();
  }

  attributeChangedCallback() {
    if (this.started) this.render();
  }

  goTo(step: number) { this.handle.current?.goTo(step); }
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
    const host: WidgetHost = {
      appUrl: appUrlFrom(scriptUrl),
      emit: (type, detail) => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
    };
    if (!result.ok) {
      const message = errorText(lang, result.key, result.params);
      this.root.render(<Message text={message} />);
      host.emit('error', { message, attribute: result.key });
      return;
    }
    this.root.render(<EmbedWidget config={result.config} lang={lang} host={host} visible={this.visible} handleRef={this.handle} />);
  }
}

if (!customElements.get('kafka-sim')) customElements.define('kafka-sim', KafkaSimElement);

import { useLayoutEffect, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { pickLang, translate, type Lang } from '../i18n/catalog.ts';
import { loadText, textReady } from '../i18n/text-store.ts';
import { readConfig } from './attributes.ts';
import css from '../view/styles.css?inline';
import { cssFileUrl, STYLED_PROBE, widgetCss } from './widget-css.ts';
import { holdAnchoring, keepPlace } from './keep-place.ts';
import { showPosterIn } from './poster-lang.ts';
import { EmbedWidget, errorText, Message, type WidgetHandle, type WidgetHost } from './EmbedWidget.tsx';

export const WIDGET_CSS = widgetCss(css);

// The live side of <kafka-sim lesson="keys" step="3" lang="ko" height="420" controls autoplay theme="auto">:
// a widget in the element's own shadow root, so the blog's CSS cannot reach in and ours cannot
// leak out. It starts when scrolled into view and pauses when it leaves. The element itself is
// defined by the small loader (./kafka-sim.ts), which hands each element to a LiveWidget once this
// chunk (kafka-sim.live.js) has loaded; a build-time poster (./poster.tsx) stays until the first render.

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

/** Focuses the live widget's counterpart of a poster element that had focus (same tag and class), else its first control. */
function refocus(mount: Element | null, was: Element) {
  if (!mount) return;
  const same = [...mount.querySelectorAll(was.tagName)].find((el) => el.getAttribute('class') === was.getAttribute('class') && el.textContent === was.textContent);
  const target = same ?? mount.querySelector('a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])');
  if (target instanceof HTMLElement) target.focus({ preventScroll: true });
}

type Styled = 'pending' | 'ok' | 'blocked';

const probed = (mount: HTMLElement) => getComputedStyle(mount).getPropertyValue(STYLED_PROBE).trim() === '1';

/**
 * Styles the shadow root: a constructed stylesheet first (a strict style-src does not stop it),
 * a <style> element where there are none, and the kafka-sim.css file beside the script when
 * neither applied (a policy of 'self' styles allows it). `onBlocked` runs when nothing did.
 */
function styleShadow(shadow: ShadowRoot, mount: HTMLElement, scriptUrl: string | undefined, onBlocked: () => void): Styled {
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

export class LiveWidget {
  private root: Root | undefined;
  private styled: Styled = 'pending';
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
    const heightBefore = this.posterFigure()?.getBoundingClientRect().height;
    // A reader who tabbed into the poster (its link) woke the widget; keep their focus in it.
    const active = this.el.shadowRoot?.activeElement;
    const focused = active && this.poster.some((node) => node.contains(active)) ? active : undefined;
    for (const node of this.poster) node.remove();
    if (focused) refocus(this.el.shadowRoot!.querySelector('.kafka-sim-root'), focused);
    this.poster = [];
    const release = this.anchoringHeld;
    this.anchoringHeld = undefined;
    // The live widget may be taller than its poster: a reader below its top keeps their place.
    if (release) {
      if (heightBefore !== undefined) keepPlace(this.el, heightBefore, release);
      else release();
    }
  };
  /** The poster's figure (the page's declarative shadow root, or the loader's placeholder box). */
  private posterFigure(): Element | undefined {
    return this.poster.find((node) => node.matches('[data-poster]'));
  }
  // Scroll anchoring held off from the render that replaces a poster until the widget settles.
  private anchoringHeld: (() => void) | undefined;
  // One host object for the element's life, so the widget never sees a "new" host and rebuilds.
  private readonly host: WidgetHost;

  /** `el` is the <kafka-sim> element; `scriptUrl` the loader's own URL (the full simulator sits beside its folder). */
  constructor(private readonly el: HTMLElement, private readonly scriptUrl: string | undefined) {
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
      const mount = document.createElement('div');
      mount.className = 'kafka-sim-root';
      this.poster = shadow.querySelector('[data-poster]') ? [...shadow.children] : [];
      // The poster's nodes stay where they are: moving them (replaceChildren) took the focus from a
      // reader who had just tabbed into the poster's link, and it fell to <body>.
      if (this.poster.length > 0) shadow.append(mount);
      else shadow.replaceChildren(mount);
      this.styled = styleShadow(shadow, mount, this.scriptUrl, () => {
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
    this.observer.observe(this.el);
    // Near enough to have been given a live widget, so its text is the next thing it needs: ask for
    // it now (the loader preloaded it; a preload left unused for seconds is a wasted download).
    // Not before the page is parsed: its own scripts may still set the widget's language, and an
    // English reader of a Korean page would download the Korean text too. A failure is said when
    // the widget renders.
    const early = () => { loadText(this.widgetLang()).catch(() => undefined); };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', early, { once: true });
    else early();
    this.startIfPosterStale();
  }

  // A poster in another language than the widget's (a page whose reader switched languages) would
  // be wrong when it comes into view. A built poster holds the other language in a template
  // (poster.tsx) and shows it (poster-lang.ts); a poster of an older build, with one language,
  // gives way to the live widget at once.
  private startIfPosterStale() {
    if (this.started || showPosterIn(this.posterFigure(), this.widgetLang())) return;
    this.started = true;
    this.render();
  }

  disconnectedCallback() {
    this.anchoringHeld?.();
    this.anchoringHeld = undefined;
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
    if (this.styled === 'blocked') {
      this.root.render(<p>{translate(lang, 'embed.unstyled')}</p>);
      return;
    }
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
    if (this.poster.length > 0 && !this.anchoringHeld) this.anchoringHeld = holdAnchoring();
    this.root.render(<Takeover done={this.dropPoster}><EmbedWidget config={result.config} lang={lang} host={host} visible={this.visible} handleRef={this.handle} /></Takeover>);
  }
}


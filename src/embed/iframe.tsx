import { createRoot } from 'react-dom/client';
import { pickLang, translate } from '../i18n/catalog.ts';
import '../view/styles.css';
import { readConfig } from './attributes.ts';
import { EmbedWidget, errorText, Message, type WidgetHandle, type WidgetHost } from './EmbedWidget.tsx';
import { parseOrigin } from './host-api.ts';

// embed.html?lesson=keys&step=3&lang=ko: the widget for hosts that strip scripts. It posts
// {source:'kafka-sim', type:'step'|'error', detail} to its parent, and accepts
// {source:'kafka-sim', command:'goTo'|'play'|'pause', step?} only from the origin named in
// ?origin= (an http(s) origin, normalised), or its own origin when none is named. Messages go to
// that origin only, never '*'. A bad origin is shown in place and the frame talks to no one.

const params = new URLSearchParams(window.location.search);
const lang = pickLang(window.location.search, navigator.languages).lang;
const originParam = params.get('origin');
const allowedOrigin = originParam === null ? window.location.origin : parseOrigin(originParam);
const handle: { current: WidgetHandle | null } = { current: null };

const host: WidgetHost = {
  appUrl: new URL('./index.html', window.location.href).href,
  emit: (type, detail) => {
    if (allowedOrigin !== undefined && window.parent !== window) window.parent.postMessage({ source: 'kafka-sim', type, detail }, allowedOrigin);
  },
};

if (allowedOrigin !== undefined) {
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.origin !== allowedOrigin) return;
    const data = event.data as { source?: unknown; command?: unknown; step?: unknown } | null;
    if (typeof data !== 'object' || data === null || data.source !== 'kafka-sim') return;
    if (data.command === 'goTo') handle.current?.goTo(data.step);
    else if (data.command === 'play') handle.current?.play();
    else if (data.command === 'pause') handle.current?.pause();
  });
}

const result = readConfig((name) => params.get(name));
const root = createRoot(document.getElementById('root')!);
if (allowedOrigin === undefined) {
  root.render(<Message text={translate(lang, 'embed.badAttribute', { reason: translate(lang, 'embed.badOrigin', { origin: originParam ?? '' }) })} />);
} else if (result.ok) {
  root.render(<EmbedWidget config={result.config} lang={result.config.lang ?? lang} host={host} visible handleRef={handle} />);
} else {
  const message = errorText(lang, result.key, result.params);
  root.render(<Message text={message} />);
  host.emit('error', { message });
}

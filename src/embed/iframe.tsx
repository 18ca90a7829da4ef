import { createRoot } from 'react-dom/client';
import { pickLang } from '../i18n/catalog.ts';
import '../view/styles.css';
import { readConfig } from './attributes.ts';
import { EmbedWidget, errorText, Message, type WidgetHandle, type WidgetHost } from './EmbedWidget.tsx';

// embed.html?lesson=keys&step=3&lang=ko: the widget for hosts that strip scripts. It posts
// {source:'kafka-sim', type:'step'|'error', detail} to its parent, and accepts
// {source:'kafka-sim', command:'goTo'|'play'|'pause', step?} only from the origin named in
// ?origin= (or its own origin when none is named).

const params = new URLSearchParams(window.location.search);
const lang = pickLang(window.location.search, navigator.languages).lang;
const allowedOrigin = params.get('origin') ?? window.location.origin;
const handle: { current: WidgetHandle | null } = { current: null };
const targetOrigin = params.get('origin') ?? '*';

const host: WidgetHost = {
  appUrl: new URL('./index.html', window.location.href).href,
  emit: (type, detail) => window.parent.postMessage({ source: 'kafka-sim', type, detail }, targetOrigin),
};

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.origin !== allowedOrigin) return;
  const data = event.data as { source?: unknown; command?: unknown; step?: unknown } | null;
  if (!data || data.source !== 'kafka-sim') return;
  if (data.command === 'goTo' && typeof data.step === 'number') handle.current?.goTo(data.step);
  else if (data.command === 'play') handle.current?.play();
  else if (data.command === 'pause') handle.current?.pause();
});

const result = readConfig((name) => params.get(name));
const root = createRoot(document.getElementById('root')!);
if (result.ok) {
  root.render(<EmbedWidget config={result.config} lang={result.config.lang ?? lang} host={host} visible handleRef={handle} />);
} else {
  const message = errorText(lang, result.key, result.params);
  root.render(<Message text={message} />);
  host.emit('error', { message });
}

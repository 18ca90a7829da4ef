import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLang, type Lang } from '../i18n/catalog.ts';
import { createSimStore } from '../store/sim-store.ts';
import { SimulatorPage } from '../view/SimulatorPage.tsx';
import '../view/styles.css';
import { bootFromUrl } from './boot.ts';

const picked = pickLang(window.location.search, navigator.languages);
document.documentElement.lang = picked.lang;

function rememberLang(lang: Lang) {
  document.documentElement.lang = lang;
  const url = new URL(window.location.href);
  url.searchParams.set('lang', lang);
  window.history.replaceState(null, '', url);
}

const boot = bootFromUrl(window.location.search);
const store = createSimStore(boot.options);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SimulatorPage lang={picked.lang} store={store} onLangChange={rememberLang}
      {...(picked.rejected === undefined ? {} : { rejectedLang: picked.rejected })}
      {...(boot.rejectedScenario === undefined ? {} : { rejectedScenario: boot.rejectedScenario })} />
  </StrictMode>,
);

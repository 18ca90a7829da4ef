import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLang } from '../i18n/catalog.ts';
import '../view/styles.css';
import { App } from './App.tsx';
import { PageRescue } from './Recovery.tsx';

const picked = pickLang(window.location.search, navigator.languages);
document.documentElement.lang = picked.lang;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PageRescue lang={picked.lang}>
      <App initialLang={picked.lang} rejectedLang={picked.rejected} />
    </PageRescue>
  </StrictMode>,
);

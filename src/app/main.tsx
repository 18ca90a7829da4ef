import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLang } from '../i18n/catalog.ts';
import { FirstPage } from './FirstPage.tsx';

const { lang } = pickLang(window.location.search, navigator.languages);
document.documentElement.lang = lang;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <FirstPage initialLang={lang} />
  </StrictMode>,
);

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { translate, type Lang, type MessageKey } from '../../i18n/catalog.ts';
import { loadText, textReady } from '../../i18n/text-store.ts';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface LangValue {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
}

const LangContext = createContext<LangValue | null>(null);

export function LangProvider({ initial, onChange, children }: { initial: Lang; onChange?: (lang: Lang) => void; children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initial);
  // A host may change the language from outside (a widget's lang attribute).
  useEffect(() => setLangState(initial), [initial]);
  // In the embed a language's text may not be here yet (src/i18n/text-store.ts): switch once it
  // is, so no key is ever shown in place of a sentence; if it cannot load, stay in this language.
  const setLang = useCallback((next: Lang) => {
    const apply = () => {
      setLangState(next);
      onChange?.(next);
    };
    if (textReady(next)) apply();
    else loadText(next).then(apply, () => undefined);
  }, [onChange]);
  const value = useMemo<LangValue>(() => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangValue {
  const value = useContext(LangContext);
  if (!value) throw new Error('useLang must be used inside <LangProvider>');
  return value;
}

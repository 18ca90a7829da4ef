import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { translate, type Lang, type MessageKey } from '../../i18n/catalog.ts';

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
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    onChange?.(next);
  }, [onChange]);
  const value = useMemo<LangValue>(() => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangValue {
  const value = useContext(LangContext);
  if (!value) throw new Error('useLang must be used inside <LangProvider>');
  return value;
}

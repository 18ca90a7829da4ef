import { render } from '@testing-library/react';
import type { Lang } from '../i18n/catalog.ts';
import { createSimStore, type SimStoreOptions } from '../store/sim-store.ts';
import { SimulatorPage } from './SimulatorPage.tsx';

/** Renders the whole simulator over its own store, as the app does. */
export function renderSimulator(options: SimStoreOptions = {}, lang: Lang = 'en') {
  const store = createSimStore({ seed: 1, kafkaVersion: 'classic', ...options });
  const view = render(<SimulatorPage lang={lang} store={store} />);
  return { store, ...view };
}

import type { ReactNode } from 'react';
import type { MessageKey } from '../../../i18n/catalog.ts';
import { useLang } from '../../hooks/lang-context.tsx';

// The brokers figure's own key, inside its frame: each mark drawn with the figure's classes (so
// the key cannot drift from the picture) and named in words; every mark also has its tooltip and
// accessible name where it is drawn.

type Swatch = (t: ReturnType<typeof useLang>['t'], compact: boolean) => ReactNode;

const ITEMS: { key: MessageKey; swatch: Swatch; compactOnly?: true }[] = [
  // A phone's figure names its rows "B1": the key says so.
  { key: 'figure.key.brokerShort', swatch: (t) => <abbr className="rname">{t('figure.brokerShort', { broker: 1 })}</abbr>, compactOnly: true },
  { key: 'figure.key.leader', swatch: () => <span className="role-mark leader">L</span> },
  { key: 'figure.key.follower', swatch: () => <span className="role-mark follower">F</span> },
  { key: 'figure.key.epoch', swatch: (t) => <span className="rcell key-swatch ep-1"><span className="ep">{t('figure.epochShort', { epoch: 1 })}</span></span> },
  { key: 'figure.key.uncommitted', swatch: () => <span className="rcell key-swatch ep-0 uncommitted" /> },
  { key: 'figure.key.truncated', swatch: () => <span className="rcell key-swatch ep-0 truncated"><span className="rec">abc</span></span> },
  { key: 'figure.key.hw', swatch: () => <span className="key-hw" /> },
  { key: 'figure.key.leo', swatch: () => <span className="key-leo" /> },
  { key: 'figure.key.outOfIsr', swatch: (t, compact) => <span className="isr-out">{t(compact ? 'figure.outOfIsrShort' : 'cluster.outOfIsr')}</span> },
  { key: 'figure.key.offline', swatch: () => <span className="role-mark offline">◌</span> },
  { key: 'figure.key.gap', swatch: () => <span className="gap key-gap">…</span> },
];

export function FigureKey({ compact = false }: { compact?: boolean }) {
  const { t } = useLang();
  return (
    <ul className="figure-key" aria-label={t('figure.key')}>
      {ITEMS.filter((item) => compact || !item.compactOnly).map((item) => (
        <li key={item.key} title={t(item.key)}><span aria-hidden="true" className="swatch">{item.swatch(t, compact)}</span>{t(item.key)}</li>
      ))}
    </ul>
  );
}

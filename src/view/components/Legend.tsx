import { useId, useState, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n/catalog.ts';
import { useLang } from '../hooks/lang-context.tsx';

// Every mark the page draws, named in Kafka's words. Each swatch is drawn with the same markup and
// CSS classes as the real mark (PartitionLog's cells and markers, ClusterPanel's replica bars), so
// the legend cannot drift from the picture. Open on a first visit; the reader's choice is kept.

export const LEGEND_KEY = 'kafka-sim:legend';

/** localStorage, or undefined where touching it throws (storage disabled, sandboxed frames). */
function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function legendOpenByDefault(): boolean {
  let remembered: string | null | undefined;
  try {
    remembered = storage()?.getItem(LEGEND_KEY);
  } catch {
    remembered = undefined;
  }
  if (remembered === 'hidden' || remembered === 'shown') return remembered === 'shown';
  // On a phone the open key is a screen and a half between the figure and the form that sends a
  // record: folded until the reader asks for it (and remembered once they do).
  return !(typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 560px)').matches);
}

function remember(open: boolean): void {
  try {
    storage()?.setItem(LEGEND_KEY, open ? 'shown' : 'hidden');
  } catch {
    // Storage full or refused: the choice lasts for this page only.
  }
}

/** A replica bar as ClusterPanel draws it: track, fill to `fill` of 40 px, the high watermark at `hw`. */
function Bar({ kind, fill = 30, hw }: { kind: string; fill?: number; hw?: number }) {
  return (
    <span className={`replica ${kind}`}>
      <svg className="replica-bar" width={44} height={16} aria-hidden="true" focusable="false">
        <rect className="track" x={1} y={2} width={40} height={12} rx={2} />
        <rect className="fill" x={1} y={2} width={fill} height={12} rx={2} />
        {hw !== undefined && <line className="hw" x1={1 + hw} x2={1 + hw} y1={0} y2={16} />}
      </svg>
    </span>
  );
}

const cell = (classes: string, content: ReactNode = null) => <span className={`cell ${classes}`}>{content}</span>;

type T = ReturnType<typeof useLang>['t'];
// The partition head's own text, "log start 2 · log end 8", cut at its separator.
const offsetsText = (t: T, part: 0 | 1) => t('partition.offsets', { start: 2, end: 8 }).split(' · ')[part];

const ITEMS: { key: MessageKey; swatch: (t: T) => ReactNode }[] = [
  { key: 'legend.committed', swatch: () => <span className="marker committed">▲</span> },
  { key: 'legend.position', swatch: () => <span className="marker position">△</span> },
  { key: 'legend.logStart', swatch: (t) => <span className="offsets">{offsetsText(t, 0)}</span> },
  { key: 'legend.logEnd', swatch: (t) => <span className="offsets">{offsetsText(t, 1)}</span> },
  { key: 'legend.highWatermark', swatch: () => <Bar kind="leader" hw={22} /> },
  { key: 'legend.leader', swatch: () => <Bar kind="leader" /> },
  { key: 'legend.follower', swatch: () => <Bar kind="follower" /> },
  { key: 'legend.isr', swatch: () => <span className="replica follower"><span className="role">F</span></span> },
  { key: 'legend.outOfIsr', swatch: () => <><Bar kind="follower out-of-sync" fill={14} /><span className="replica follower out-of-sync"><span className="role">F ✗</span></span></> },
  { key: 'legend.offline', swatch: () => <><Bar kind="offline" /><span className="replica offline"><span className="role">∅</span></span></> },
  { key: 'legend.lag', swatch: (t) => <span className="lag-badge">{t('partition.lag', { group: '', lag: 3 }).trim()}</span> },
  { key: 'legend.redelivered', swatch: () => cell('seg-0 redelivered', <span className="redelivered-mark">↻</span>) },
  { key: 'legend.segments', swatch: () => <>{cell('seg-0 seg-start')}{cell('seg-0')}{cell('seg-1 seg-start')}{cell('seg-1')}</> },
  { key: 'legend.noKey', swatch: () => cell('seg-0', <span className="cell-key">∅</span>) },
  { key: 'legend.fresh', swatch: () => cell('seg-0 fresh-static') },
  { key: 'legend.read', swatch: () => cell('seg-0 read') },
];

export function Legend() {
  const { t } = useLang();
  const [open, setOpen] = useState(legendOpenByDefault);
  const listId = `legend-${useId().replace(/:/g, '')}`;
  const toggle = () => {
    remember(!open);
    setOpen(!open);
  };
  return (
    <section className="panel sim-legend" aria-labelledby={`${listId}-title`}>
      <h2 id={`${listId}-title`}>
        <button type="button" className="legend-toggle" aria-expanded={open} aria-controls={listId} onClick={toggle}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('legend.title')}
        </button>
      </h2>
      <ul id={listId} className="legend-items" hidden={!open}>
        {ITEMS.map((item) => (
          <li key={item.key}>
            <span className="legend-swatch" aria-hidden="true">{item.swatch(t)}</span>
            <span className="legend-text">{t(item.key)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { useLang } from '../hooks/lang-context.tsx';
import { MOMENT_ICONS as ICONS, useStepBadges } from '../hooks/use-step-badges.ts';
import { calloutLanes } from '../layout/callout-lanes.ts';
import type { BadgeSpec } from '../layout/moments.ts';
import { findFirst, scopeOf } from './anchors.ts';

// A look of its own for each moment of the current step (a crash, an election with its epoch, a
// truncation...): badges with words, sitting on the top right edge of what they are about so its
// name stays readable, found by data-target. Only the current step's: stepping on clears them.
// aria-hidden: the event log narrates every one of these events. Skipped while playing at top
// speed (a step per frame).

interface Placed { key: string; right: number; top: number; maxWidth: number; badges: BadgeSpec[] }

function placeBadges(specs: readonly BadgeSpec[], root: HTMLElement): Placed[] {
  const scope = scopeOf(root);
  // The brokers figure draws the badges about copies, partitions and brokers in lanes of its own.
  const laned = scope.querySelector('[data-callout-lanes]') !== null;
  const box = root.getBoundingClientRect();
  // The simulator's own box bounds the badges (brokers may sit outside the topology's box).
  const outer = scope instanceof HTMLElement ? scope.getBoundingClientRect() : box;
  const byElement = new Map<HTMLElement, BadgeSpec[]>();
  for (const s of laned ? calloutLanes(specs).rest : specs) {
    const el = findFirst(scope, s.anchors);
    // A producer's card and a topics-view partition list their own, in flow, where they cover nothing.
    if (el?.hasAttribute('data-own-callouts')) continue;
    // In the brokers view the partition is its leader's replica: its election badge and the new
    // leader's would be the same news twice on one row, so the first (the fuller) one stays.
    const here = el ? byElement.get(el) ?? [] : [];
    if (el && !here.some((b) => b.kind === s.kind)) byElement.set(el, [...here, s]);
  }
  return [...byElement].map(([el, badges], i) => {
    const r = el.getBoundingClientRect();
    // Pinned to the top right corner: the left end of a row is its name, which must stay readable.
    const right = Math.max(box.right - outer.right, box.right - r.right + 4);
    // Wrap rather than run past the left edge (no horizontal scroll on a phone).
    const maxWidth = Math.max(120, Math.min(Math.max(r.width - 8, 200), r.right - outer.left - 4));
    return { key: `${i}:${el.dataset.target ?? ''}`, right, top: r.top - box.top, maxWidth, badges };
  });
}

export function MomentLayer({ container }: { container: RefObject<HTMLElement | null> }) {
  const { t } = useLang();
  const specs = useStepBadges();
  const [placed, setPlaced] = useState<Placed[]>([]);
  const [resized, setResized] = useState(0);

  useEffect(() => {
    // On the first mount the container's ref is set after this layer's layout effect ran: place again.
    setResized((n) => n + 1);
    const root = container.current;
    if (!root || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setResized((n) => n + 1));
    observer.observe(root);
    return () => observer.disconnect();
  }, [container]);

  // After the step's DOM is laid out, before paint: the badges appear with the change they name.
  useLayoutEffect(() => {
    const root = container.current;
    const next = specs.length === 0 || !root ? [] : placeBadges(specs, root);
    // Nothing before and nothing now (every step at top speed): no second render.
    setPlaced((prev) => (prev.length === 0 && next.length === 0 ? prev : next));
  }, [specs, resized, container]);

  if (placed.length === 0) return null;
  return (
    <div className="moments" aria-hidden="true">
      {placed.map((p) => (
        <div key={p.key} className="moment-stack" style={{ right: p.right, top: p.top, maxWidth: p.maxWidth }}>
          {p.badges.map((b, i) => (
            <span key={i} className={`moment-badge ${b.tone}`} data-moment={b.kind} data-callout="">
              <span className="moment-icon">{ICONS[b.kind]}</span>
              {t(b.key, b.params)}
            </span>
          ))}
        </div>
      ))}
    </div>
  );
}

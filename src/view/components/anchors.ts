import type { Anchor } from '../layout/moments.ts';

// Finds the elements a moment or a flight refers to, by data-target only, so the layers keep
// working whatever the diagram's markup becomes. One simulator's elements only: the scope is its
// own .sim root (several widgets can share a page).

export function scopeOf(container: HTMLElement): ParentNode {
  return container.closest('.sim') ?? container;
}

const selector = (id: string) => `[data-target="${CSS.escape(id)}"]`;

export function findAnchor(scope: ParentNode, anchor: Anchor): HTMLElement | null {
  const query = anchor.within === undefined ? selector(anchor.id) : `${selector(anchor.within)} ${selector(anchor.id)}`;
  const el = scope.querySelector<HTMLElement>(query);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return r.width === 0 && r.height === 0 ? null : el; // hidden (display: none, a closed view)
}

/** The first candidate that is on the page. */
export function findFirst(scope: ParentNode, anchors: readonly Anchor[]): HTMLElement | null {
  for (const a of anchors) {
    const el = findAnchor(scope, a);
    if (el) return el;
  }
  return null;
}

// Where a floating box (a menu, a refusal) goes next to the control it belongs to. Pure math on
// rectangles in viewport coordinates, so it is unit-tested without a layout engine.

export interface Box { left: number; top: number; width: number; height: number }
export interface Size { width: number; height: number }

/** Space kept between the control and the box, and between the box and the viewport's edge (px). */
export const GAP = 6;
export const MARGIN = 8;

/**
 * Top-left corner (viewport px) for a box of `size` next to `anchor`: below it, else above it,
 * else whichever side has more room; start-aligned with the anchor (end-aligned in rtl), then
 * clamped so the whole box stays inside `bounds` (the viewport, or the part of an embedded
 * widget that is in the viewport).
 */
export function placeNear(anchor: Box, size: Size, bounds: Box, rtl = false): { left: number; top: number } {
  const bottom = bounds.top + bounds.height;
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - size.height;
  const roomBelow = bottom - MARGIN - below;
  const roomAbove = above - bounds.top - MARGIN;
  const top = roomBelow >= size.height || roomBelow >= roomAbove ? below : above;
  const start = rtl ? anchor.left + anchor.width - size.width : anchor.left;
  return {
    left: clamp(start, bounds.left + MARGIN, bounds.left + bounds.width - MARGIN - size.width),
    top: clamp(top, bounds.top + MARGIN, bottom - MARGIN - size.height),
  };
}

/** The part of `inner` inside `outer` (a widget scrolled partly out of view); `outer` when they do not meet. */
export function intersect(outer: Box, inner: Box | undefined): Box {
  if (!inner) return outer;
  const left = Math.max(outer.left, inner.left);
  const top = Math.max(outer.top, inner.top);
  const width = Math.min(outer.left + outer.width, inner.left + inner.width) - left;
  const height = Math.min(outer.top + outer.height, inner.top + inner.height) - top;
  return width > 0 && height > 0 ? { left, top, width, height } : outer;
}

function clamp(value: number, min: number, max: number): number {
  // A box larger than the viewport keeps its start edge visible.
  return Math.max(min, Math.min(value, max));
}

/** The focused element, looking inside shadow roots (an embedded widget's focus is its host to the document). */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === doc.body ? null : active;
}

/** The control a form was submitted from: the focused field inside it, else the submit button, else the form. */
export function formOrigin(event: { currentTarget: EventTarget | null; nativeEvent: Event }): Element | null {
  const form = event.currentTarget instanceof Element ? event.currentTarget : null;
  const active = deepActiveElement();
  if (form && active && form.contains(active)) return active;
  const submitter = (event.nativeEvent as SubmitEvent).submitter ?? null;
  return submitter ?? form;
}

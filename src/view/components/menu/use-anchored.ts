import { useLayoutEffect, useState, type RefObject } from 'react';
import { intersect, placeNear } from './anchor.ts';

/**
 * Keeps a `position: fixed` box next to `anchor`, inside the viewport, through scrolling (of any
 * container: listened in the capture phase) and resizing. The box is measured after it is placed,
 * and moved by the difference: inside an embedded widget (`contain: content` on its host) fixed
 * boxes are placed relative to the widget, not the viewport, and this corrects for it.
 */
export function useAnchored(anchor: Element | null | undefined, box: RefObject<HTMLElement | null>): { left: number; top: number } | undefined {
  const [position, setPosition] = useState<{ left: number; top: number } | undefined>();
  useLayoutEffect(() => {
    const el = box.current;
    if (!anchor || !el) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      if (!anchor.isConnected) return;
      const a = anchor.getBoundingClientRect();
      const rtl = getComputedStyle(anchor).direction === 'rtl';
      // Inside an embedded widget the box also stays inside the widget, which clips what overflows it.
      const widget = anchor.closest('.widget')?.getBoundingClientRect();
      const bounds = intersect({ left: 0, top: 0, width: window.innerWidth, height: window.innerHeight }, widget);
      const want = placeNear(a, { width: el.offsetWidth, height: el.offsetHeight }, bounds, rtl);
      // Where left/top 0 actually lands: the containing block's corner in viewport coordinates.
      el.style.left = '0px';
      el.style.top = '0px';
      const origin = el.getBoundingClientRect();
      const next = { left: Math.round(want.left - origin.left), top: Math.round(want.top - origin.top) };
      el.style.left = `${next.left}px`;
      el.style.top = `${next.top}px`;
      // Shown now, not at React's next render: the menu focuses its first control right after this.
      el.style.visibility = 'visible';
      setPosition((old) => (old && old.left === next.left && old.top === next.top ? old : next));
    };
    const schedule = () => { if (!frame) frame = requestAnimationFrame(place); };
    place();
    window.addEventListener('scroll', schedule, true);
    window.addEventListener('resize', schedule);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(schedule);
    observer?.observe(el);
    observer?.observe(anchor);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, true);
      window.removeEventListener('resize', schedule);
      observer?.disconnect();
    };
  }, [anchor, box]);
  return position;
}

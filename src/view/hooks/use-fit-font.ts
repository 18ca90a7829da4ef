import { useEffect, useLayoutEffect, type RefObject } from 'react';

// Lecture mode: the figure's text as large as the screen allows without scrolling. A binary search
// over the font size (a custom property, --fit-font, on the container) until the content fits the
// container's height and no partition's grid runs past its width. The lower bound is the size a
// room needs (1.86 % of the height: 20 px at 1080 px); the upper bound 2.4 %. What does not fit
// even at the lower bound scrolls (data-overflows).

function fit(box: HTMLElement): void {
  const vh = window.innerHeight;
  const min = Math.max(12, vh * 0.0186);
  const max = Math.max(min, vh * 0.024);
  const fits = () => box.scrollHeight <= box.clientHeight + 1
    && [...box.querySelectorAll<HTMLElement>('.pfig')].every((p) => p.scrollWidth <= p.clientWidth + 1);
  const set = (px: number) => box.style.setProperty('--fit-font', `${px.toFixed(2)}px`);
  set(max);
  overflows(box, false);
  if (fits()) return;
  let lo = min;
  let hi = max;
  for (let i = 0; i < 7; i++) {
    const mid = (lo + hi) / 2;
    set(mid);
    if (fits()) lo = mid;
    else hi = mid;
  }
  set(lo);
  // Even the smallest readable size does not fit (six partitions on a 720 px projector): the figure
  // scrolls rather than hiding what is below (lecture.css).
  if (!fits()) overflows(box, true);
}

/** Marks the figure as scrolling, and lets the keyboard reach it (a region that scrolls must take focus). */
function overflows(box: HTMLElement, on: boolean): void {
  box.toggleAttribute('data-overflows', on);
  if (on) box.tabIndex = 0;
  else box.removeAttribute('tabindex');
}

export function useFitFont(container: RefObject<HTMLElement | null>, enabled: boolean, stamp: unknown): void {
  // The box resizes when the narration above it grows or shrinks: refit at once, before paint
  // (a ResizeObserver callback runs after layout and before the frame is drawn).
  useEffect(() => {
    const box = container.current;
    if (!enabled || !box || typeof ResizeObserver === 'undefined') return;
    let height = box.clientHeight;
    let width = box.clientWidth;
    const observer = new ResizeObserver(() => {
      if (box.clientHeight === height && box.clientWidth === width) return;
      height = box.clientHeight;
      width = box.clientWidth;
      fit(box);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [container, enabled]);

  useLayoutEffect(() => {
    const box = container.current;
    if (!box) return;
    if (enabled) fit(box);
    else {
      box.style.removeProperty('--fit-font');
      overflows(box, false);
    }
  }, [container, enabled, stamp]);
}

import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

// On a phone a widget draws its figure above its caption and the step buttons under both
// (widget-phone.css). A figure or a caption shorter than the step before moved Next up by 100–200 px
// between two taps, and a revealed prediction took its choices away from above it: a reader tapping
// through a lesson tapped beside Next, on the figure or on Previous. So after a press of a step
// button, while the new step settles (its figure may lay itself out again a few frames later), the
// page scrolls back by what the button moved up: what is above it comes down into view, and the
// button stays under the thumb. A step that needs more room still pushes the button down, as the
// page always did: scrolling then would push the top of the figure the reader is watching away.

/** The widget's phone layout, where the figure comes before the caption (widget-phone.css). */
export const PHONE_WIDGET = '(max-width: 560px)';

/** Frames the button stays put at most, and the quiet frames after which the step counts as settled. */
const MAX_FRAMES = 90;
const QUIET_FRAMES = 12;

/**
 * Call as a step button is pressed, before the step changes. On the phone widget layout (not in the
 * iframe form, whose buttons are pinned at the frame's foot already) the button does not move up
 * the screen until the new step settles or the reader scrolls.
 */
export function keepButtonInPlace(button: HTMLElement): void {
  if (typeof window.matchMedia !== 'function' || !window.matchMedia(PHONE_WIDGET).matches || button.closest('.kafka-sim-frame')) return;
  const top = button.getBoundingClientRect().top;
  let frames = 0;
  let quiet = 0;
  let stopped = false;
  // The reader's own scroll wins at once.
  const stop = () => { stopped = true; };
  const events = ['wheel', 'touchstart', 'keydown'] as const;
  for (const e of events) window.addEventListener(e, stop, { once: true, passive: true, capture: true });
  const tick = () => {
    if (stopped || !button.isConnected) return done();
    const moved = button.getBoundingClientRect().top - top;
    if (moved <= -1) {
      window.scrollBy({ top: moved, behavior: 'instant' });
      quiet = 0;
    } else quiet++;
    if (++frames < MAX_FRAMES && quiet < QUIET_FRAMES) requestAnimationFrame(tick);
    else done();
  };
  const done = () => { for (const e of events) window.removeEventListener(e, stop, { capture: true }); };
  requestAnimationFrame(tick);
}

/**
 * On the lesson page the caption's box sits above the figure with the step buttons at its foot: a
 * step with a shorter caption than the last moved both the buttons and the figure up (by 50-75 px at
 * 1366 px). The box keeps the tallest height it has had in this lesson at this width (a floor, as
 * min-height; its buttons stay at its foot, lesson page CSS), so they move only when a step needs
 * more room than any before, and then down. Only a step's caption is measured (`measure`): a
 * question's choices, its verdict and the confidence question after it go when the step is left,
 * and every later caption would keep their room.
 * Returns the floor in px, or undefined before any.
 */
export function useHeightFloor(box: RefObject<HTMLElement | null>, on: boolean, scope: string, moment: unknown, measure = true): number | undefined {
  const [floor, setFloor] = useState<{ scope: string; width: number; px: number } | undefined>(undefined);
  const [resized, setResized] = useState(0);
  useEffect(() => {
    if (!on) return;
    const bump = () => setResized((n) => n + 1);
    window.addEventListener('resize', bump);
    return () => window.removeEventListener('resize', bump);
  }, [on]);
  useLayoutEffect(() => {
    const el = box.current;
    if (!on || !el) return;
    const width = el.clientWidth;
    // Another lesson, or a new width (text wraps anew): measure from nothing.
    if (floor && (floor.scope !== scope || floor.width !== width)) {
      setFloor(undefined);
      return;
    }
    if (!measure) return;
    const px = Math.ceil(el.getBoundingClientRect().height);
    if (!floor || px > floor.px) setFloor({ scope, width, px });
  }, [box, on, scope, moment, resized, floor, measure]);
  return on && floor && floor.scope === scope ? floor.px : undefined;
}

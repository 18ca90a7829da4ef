// Keeping a reader's place while a widget above them grows. A live widget may be taller than its
// poster (on a phone it grows with its content, up to a few screens), and it grows over a few frames
// (text, measured layouts). A reader scrolling up meets widgets from below: the widget's top is
// above the screen, and without help the article under it would jump down by the growth. The
// browser's scroll anchoring does not always help: its anchor may be a poster node that has just
// been removed, or a node inside the growing widget. So while a widget settles, the page's own
// anchoring is off and the widget's growth above the reader is scrolled away by hand.

/** Frames without a change of height after which a widget counts as settled. */
const QUIET_FRAMES = 20;
/** At most this many frames of keeping: a widget that keeps changing (playing) is the reader's to watch. */
const MAX_FRAMES = 240;

let holds = 0;
let anchorBefore = '';

/**
 * Turns the page's scroll anchoring off until the returned release is called (once). Taken before
 * the live widget commits: React lays it out under the poster first, and the browser would anchor
 * to that intermediate page and scroll by the whole live height.
 */
export function holdAnchoring(): () => void {
  const root = document.documentElement;
  if (holds++ === 0) {
    anchorBefore = root.style.overflowAnchor;
    root.style.overflowAnchor = 'none';
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holds === 0) root.style.overflowAnchor = anchorBefore;
  };
}

/**
 * Call right after the widget replaced what it showed before (its poster), with the height it had
 * then and holdAnchoring's release (called when it settles). From now until it settles, each change
 * of its height while its top is above the screen is scrolled away, so the text under it stays
 * where the reader saw it.
 */
export function keepPlace(el: HTMLElement, heightBefore: number, release: () => void): void {
  if (typeof ResizeObserver === 'undefined') {
    release();
    return;
  }
  let height = heightBefore;
  const follow = () => {
    const box = el.getBoundingClientRect();
    const grown = box.height - height;
    height = box.height;
    // Only growth above the reader moves what they read; a widget on screen grows downwards, as any page does.
    if (grown !== 0 && box.top < 0) window.scrollBy({ top: grown, behavior: 'instant' });
  };
  follow();
  const observer = new ResizeObserver(follow);
  observer.observe(el);
  let quiet = 0;
  let frames = 0;
  let lastHeight = height;
  const tick = () => {
    frames++;
    quiet = height === lastHeight ? quiet + 1 : 0;
    lastHeight = height;
    if (quiet >= QUIET_FRAMES || frames >= MAX_FRAMES || !el.isConnected) {
      observer.disconnect();
      release();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

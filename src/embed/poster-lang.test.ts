// @vitest-environment jsdom
import { fillPosters } from './poster-build.ts';
import { showPosterIn } from './poster-lang.ts';

// A page read in the other language (the demo article's English reading of a Korean post): the
// loader shows the poster's figure in the tag's language from the template the build left beside it.

function posterBox(lang: 'ko' | 'en'): Element {
  const { html } = fillPosters(`<html lang="ko"><body><kafka-sim lesson="keys" step="2" lang="${lang}"></kafka-sim></body></html>`);
  // The declarative shadow root's content, parsed as the browser parses it (jsdom attaches none).
  const inner = /<template shadowrootmode="open">([\s\S]*)<\/template><\/kafka-sim>/.exec(html)![1]!;
  const holder = document.createElement('div');
  holder.innerHTML = inner;
  return holder.querySelector('[data-poster]')!;
}

const shownLang = (box: Element) => box.querySelector(':scope > .poster')!.getAttribute('lang');
const title = (box: Element) => box.querySelector(':scope > .poster .embed-title')!.textContent;

describe('a poster in the reader\'s language', () => {
  it('swaps its figure for the other language\'s and back, one figure drawn at a time', () => {
    const box = posterBox('ko');
    const korean = title(box);
    expect(shownLang(box)).toBe('ko');
    expect(showPosterIn(box, 'en')).toBe(true);
    expect(shownLang(box)).toBe('en');
    expect(title(box)).not.toBe(korean);
    expect(box.querySelectorAll('.poster')).toHaveLength(1);
    expect(showPosterIn(box, 'ko')).toBe(true);
    expect(shownLang(box)).toBe('ko');
    expect(title(box)).toBe(korean);
    expect(box.querySelectorAll(':scope > template[data-poster-lang="en"]')).toHaveLength(1);
  });

  it('says it cannot when the poster holds one language only (an older build), and changes nothing', () => {
    const box = posterBox('ko');
    box.querySelector(':scope > template')!.remove();
    const before = box.innerHTML;
    expect(showPosterIn(box, 'en')).toBe(false);
    expect(box.innerHTML).toBe(before);
  });

  it('has nothing to judge in a box without a built figure (the loader\'s placeholder)', () => {
    const box = document.createElement('div');
    box.setAttribute('data-poster', '');
    expect(showPosterIn(box, 'en')).toBe(true);
    expect(showPosterIn(undefined, 'en')).toBe(true);
  });
});

// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { useRef } from 'react';
import { GAP } from './anchor.ts';
import { useAnchored } from './use-anchored.ts';

// jsdom has no layout: rectangles are stubbed. The floating box's containing block is put at
// (100, 50), as inside an embedded widget whose host has `contain: content`; the hook must still
// land the box next to the anchor in viewport coordinates.
function Floating({ anchor }: { anchor: Element }) {
  const ref = useRef<HTMLDivElement>(null);
  useAnchored(anchor, ref);
  return <div ref={ref} data-testid="box" style={{ position: 'fixed' }} />;
}

const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, x: left, y: top, right: left + width, bottom: top + height, toJSON: () => ({}) }) as DOMRect;

it('places a fixed box beside its anchor even when its containing block is not the viewport', () => {
  const anchor = document.createElement('button');
  document.body.append(anchor);
  anchor.getBoundingClientRect = () => rect(300, 200, 80, 30);
  const original = HTMLElement.prototype.getBoundingClientRect;
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    if (this.dataset['testid'] !== 'box') return original.call(this);
    return rect(100 + parseFloat(this.style.left || '0'), 50 + parseFloat(this.style.top || '0'), 0, 0);
  };
  try {
    const { getByTestId } = render(<Floating anchor={anchor} />);
    const box = getByTestId('box').getBoundingClientRect();
    expect(box.left).toBe(300);
    expect(box.top).toBe(200 + 30 + GAP);
    expect(getByTestId('box').style.visibility).toBe('visible');
  } finally {
    HTMLElement.prototype.getBoundingClientRect = original;
    anchor.remove();
  }
});

import { GAP, intersect, MARGIN, placeNear } from './anchor.ts';

const viewport = { left: 0, top: 0, width: 400, height: 800 };

describe('placeNear', () => {
  it('puts the box just below the control, start-aligned', () => {
    expect(placeNear({ left: 50, top: 100, width: 80, height: 30 }, { width: 200, height: 60 }, viewport)).toEqual({ left: 50, top: 130 + GAP });
  });

  it('goes above when there is no room below', () => {
    const at = placeNear({ left: 50, top: 700, width: 80, height: 30 }, { width: 200, height: 120 }, viewport);
    expect(at.top).toBe(700 - GAP - 120);
  });

  it('stays inside the viewport at the right edge, and end-aligns in rtl', () => {
    expect(placeNear({ left: 350, top: 10, width: 40, height: 20 }, { width: 200, height: 50 }, viewport).left).toBe(400 - MARGIN - 200);
    expect(placeNear({ left: 150, top: 10, width: 100, height: 20 }, { width: 200, height: 50 }, viewport, true).left).toBe(50);
  });

  it('a control scrolled out of view still gets a box inside the viewport', () => {
    const below = placeNear({ left: 10, top: 2000, width: 40, height: 20 }, { width: 200, height: 50 }, viewport);
    expect(below.top).toBeLessThanOrEqual(800 - MARGIN - 50);
    const above = placeNear({ left: -300, top: -500, width: 40, height: 20 }, { width: 200, height: 50 }, viewport);
    expect(above).toEqual({ left: MARGIN, top: MARGIN });
  });

  it('inside a widget it stays inside the widget’s visible part', () => {
    const widget = intersect(viewport, { left: 20, top: 500, width: 300, height: 460 });
    expect(widget).toEqual({ left: 20, top: 500, width: 300, height: 300 });
    const at = placeNear({ left: 250, top: 740, width: 40, height: 20 }, { width: 200, height: 100 }, widget);
    expect(at).toEqual({ left: 320 - MARGIN - 200, top: 740 - GAP - 100 });
    expect(intersect(viewport, { left: 0, top: 900, width: 300, height: 100 })).toBe(viewport);
  });
});

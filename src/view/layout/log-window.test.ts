import { cellsThatFit, logWindow, offsetToX } from './log-window.ts';

describe('logWindow', () => {
  it('draws every record of a short log', () => {
    expect(logWindow(0, 5, 20)).toEqual({ from: 0, to: 5, hiddenBefore: 0 });
  });
  it('draws the newest records of a long log and summarises the rest', () => {
    expect(logWindow(100, 5000, 20)).toEqual({ from: 4980, to: 5000, hiddenBefore: 4880 });
  });
  it('an empty log after retention starts at the log end', () => {
    expect(logWindow(42, 42, 20)).toEqual({ from: 42, to: 42, hiddenBefore: 0 });
  });
});

describe('offsetToX', () => {
  it('puts offset n at the left edge of cell n and the log end after the last cell', () => {
    const w = logWindow(0, 5, 20);
    const x = offsetToX(w, 40, 60);
    expect(x(0)).toBe(0);
    expect(x(3)).toBe(120);
    expect(x(5)).toBe(200);
  });
  it('shifts cells right of the summary and pins older offsets to it', () => {
    const w = logWindow(0, 100, 10);
    const x = offsetToX(w, 40, 60);
    expect(x(90)).toBe(60);
    expect(x(100)).toBe(460);
    expect(x(3)).toBe(30);
  });
  it('fits at least four cells', () => {
    expect(cellsThatFit(100, 40, 60)).toBe(4);
    expect(cellsThatFit(1000, 40, 60)).toBe(23);
  });
});

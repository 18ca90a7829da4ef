import { linearScale } from './linear.ts';

// Which part of a long partition log to draw, and where offsets sit on screen. Long logs stay
// readable: the newest records are drawn as cells and everything older is summarised.

export interface LogWindow {
  /** First offset drawn as a cell. */
  from: number;
  /** One past the last offset drawn. */
  to: number;
  /** Offsets from the log start to `from`, summarised in one cell (a compacted log holds fewer records than offsets there). */
  hiddenBefore: number;
}

export function logWindow(logStartOffset: number, logEndOffset: number, maxCells: number): LogWindow {
  const cells = Math.max(1, maxCells);
  const from = Math.max(logStartOffset, logEndOffset - cells);
  return { from, to: logEndOffset, hiddenBefore: from - logStartOffset };
}

/**
 * x (px) of the boundary *before* an offset: a marker for "next offset to read = n" sits on the
 * left edge of cell n, or just after the last cell when n is the log end. Offsets older than the
 * window pin to the summary cell at 0; a linear scale does the mapping.
 */
export function offsetToX(window: LogWindow, cellWidth: number, summaryWidth: number) {
  const start = window.hiddenBefore > 0 ? summaryWidth : 0;
  const scale = linearScale([window.from, window.to], [start, start + (window.to - window.from) * cellWidth]);
  return (offset: number) => (offset < window.from ? (window.hiddenBefore > 0 ? summaryWidth / 2 : 0) : scale(offset));
}

/** How many cells fit in a width, leaving room for the summary cell. */
export function cellsThatFit(width: number, cellWidth: number, summaryWidth: number): number {
  return Math.max(4, Math.floor((width - summaryWidth) / cellWidth));
}

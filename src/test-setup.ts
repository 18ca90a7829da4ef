// Adds DOM matchers (toBeInTheDocument, ...) for component tests; harmless in node-environment tests.
import '@testing-library/jest-dom/vitest';

// jsdom has no canvas: say "no 2D context" quietly instead of logging "not implemented" per render.
if (typeof HTMLCanvasElement !== 'undefined') {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
}

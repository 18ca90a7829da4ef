import { createContext, useContext } from 'react';

// Where keyboard shortcuts listen. The full page listens on the window; an embedded widget only
// while focus is inside it, so a blog page's own keys (arrows to scroll, space to page down) keep working.
export const KeyScopeContext = createContext<{ current: HTMLElement | null } | null>(null);

export function useKeyScope() {
  return useContext(KeyScopeContext);
}

/** True when a key event should be handled: no scope (full page), or it came from inside the scope. */
export function inKeyScope(scope: { current: HTMLElement | null } | null, event: KeyboardEvent): boolean {
  if (!scope) return true;
  const root = scope.current;
  if (!root) return false;
  const origin = event.composedPath()[0];
  return origin instanceof Node && root.contains(origin);
}

/**
 * Shortcuts stay out of the way while the user types in a field, or scrolls a region that keeps its
 * keys (`data-own-keys`: the lag table's sideways scroll, whose arrows stepped the timeline back).
 */
export function isTyping(target: EventTarget | null | undefined): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('[data-own-keys]') !== null);
}

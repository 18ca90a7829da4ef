// Transient states, as Clojure's transients and Immer's drafts: inside one replay (runCommands, a
// timeline's seek) the engine may change in place the objects that replay made itself, instead of
// copying them again for every record; only the state the replay returns is handed out, and from
// then on it never changes. Ownership is a set of the objects made since the replay began (the
// edit token is the set itself); outside a replay nothing is owned and every step copies.

let owned: WeakSet<object> | undefined;
let copiesOnly = false;

/** Runs `work` as one transient: objects it makes with own() may change in place until it returns. */
export function transiently<T>(work: () => T): T {
  if (owned || copiesOnly) return work();
  owned = new WeakSet();
  try {
    return work();
  } finally {
    owned = undefined;
  }
}

/** True when `value` was made by the running transient (and so nobody else holds it). */
export function isOwned(value: object): boolean {
  return owned !== undefined && owned.has(value);
}

/** Marks an object the running transient just made, so later steps of it may change it in place. */
export function own<T extends object>(value: T): T {
  if (owned) owned.add(value);
  return value;
}

/**
 * Gives up the running transient's right to change `value` in place: a step that shares an owned
 * object with a second place in the state (a follower taking its leader's producer state) calls
 * this, so a later in-place change to one cannot show through the other.
 */
export function disown(value: object): void {
  if (owned) owned.delete(value);
}

/**
 * Runs `work` with no transient at all: every step copies what it changes, as the engine did before
 * transients. The property tests hold the in-place paths to this straightforward one.
 */
export function withCopiesOnly<T>(work: () => T): T {
  const was = copiesOnly;
  copiesOnly = true;
  try {
    return work();
  } finally {
    copiesOnly = was;
  }
}

export type Draft<T> = { -readonly [K in keyof T]: T[K] };

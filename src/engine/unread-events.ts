// runCommands hands out only its final state, so nobody reads the events of the commands it
// replays. The paths that run once per record (accumulate, append, acknowledge) skip building
// those events then; every other event is still pushed. Handlers never read events back, so the
// state is the same either way (transient.test.ts compares runCommands with applyCommand's steps).

let unread = false;

/** True inside runCommands: per-record events would be thrown away unread. */
export function eventsUnread(): boolean {
  return unread;
}

/** Runs `work` with per-record events skipped (see above). */
export function withEventsUnread<T>(work: () => T): T {
  const was = unread;
  unread = true;
  try {
    return work();
  } finally {
    unread = was;
  }
}

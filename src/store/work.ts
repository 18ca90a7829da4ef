// Work that can give the page back: a generator that yields, between commands, how many commands
// it replayed since its last yield, and returns its result. Run it to the end at once (drain), or
// a slice at a time (seek-slices.ts). The same code serves both, so a sliced seek lands on exactly
// the state a synchronous one does.

export type Work<T> = Generator<number, T, void>;

/** The `stop` of work run at once: never stop early. */
export const never = (): boolean => false;

export function drain<T>(work: Work<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

// A seeded generator (mulberry32) whose whole state is one 32-bit number kept in SimState,
// so a run is reproducible and stepping back restores the generator with the state.

export interface RandomDraw {
  /** A uniformly distributed signed 32-bit integer, like Java's Random.nextInt(). */
  value: number;
  rngState: number;
}

export function nextInt32(rngState: number): RandomDraw {
  const nextState = (rngState + 0x6d2b79f5) | 0;
  let t = nextState;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: (t ^ (t >>> 14)) | 0, rngState: nextState };
}

/** Kafka's Utils.toPositive: clears the sign bit instead of taking Math.abs (which overflows for MIN_VALUE). */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

export function seedToState(seed: number): number {
  return Math.trunc(seed) | 0;
}

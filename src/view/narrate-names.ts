// How names appear inside a sentence: shared by narrate.ts and narrate-cluster.ts (its own module so
// the two do not import each other).

type Params = Record<string, string | number>;

/** A partition as Kafka names it: `orders-0`. */
export function partitionName(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}

/**
 * A name or key as it appears in a sentence: text that is not plain ASCII is wrapped in Unicode's
 * first-strong isolate (U+2068 … U+2069, what <bdi> does), so a right-to-left name cannot reorder
 * the words around it. ASCII has no right-to-left letters, so it stays as it is.
 */
export function isolate(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `\u2068${text}\u2069`;
}

const NAME_PARAMS = ['producer', 'consumer', 'group', 'key', 'name'] as const;

/** The params with every name isolated (see isolate). */
export function named(params: Params): Params {
  const out = { ...params };
  for (const field of NAME_PARAMS) if (typeof out[field] === 'string') out[field] = isolate(out[field]);
  return out;
}

import { javaStringHash } from '../../engine/groups/assignors/java-hash.ts';

// The keys lesson colours records by key (a stripe under the cell; the key is written in the cell
// too, so colour never carries the meaning alone). Eight hues, chosen by the key's Java string hash
// so a key keeps its colour on every step and in every partition.
export const KEY_HUES = 8;

export function keyHue(key: string): number {
  return Math.abs(javaStringHash(key) % KEY_HUES);
}

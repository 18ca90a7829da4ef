/** CommandLineUtils.parseKeyValueArgs: `key=value` pairs split at the first '='; a word without '=' is ignored. */
export function keyValues(pairs: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    out.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return out;
}

/** Java's Boolean.parseBoolean: only "true" in any case is true. */
export const javaBoolean = (value: string | undefined) => value?.toLowerCase() === 'true';

/** Java string escapes a shell passes through literally (`key.separator=\t`) read as the tools read them. */
export function unescape(value: string): string {
  return value.replace(/\\t/g, '\t').replace(/\\n/g, '\n');
}

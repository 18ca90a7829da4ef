// UTF-8 encoding as Java's String.getBytes(UTF_8) does it (what Kafka's StringSerializer uses):
// a lone surrogate becomes '?' (0x3F), where TextEncoder would write U+FFFD. Keeping Java's rule
// makes key -> partition bit-exact even for malformed strings.

export function utf8Bytes(text: string): Uint8Array {
  return Uint8Array.from(utf8ByteArray(text));
}

/** The same bytes as a plain array: cheaper on the produce path, and JSON-friendly for events. */
export function utf8ByteArray(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      out.push(unit);
    } else if (unit < 0x800) {
      out.push(0xc0 | (unit >> 6), 0x80 | (unit & 0x3f));
    } else if (unit >= 0xd800 && unit <= 0xdbff) {
      const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        const codePoint = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
        out.push(0xf0 | (codePoint >> 18), 0x80 | ((codePoint >> 12) & 0x3f), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f));
        i++;
      } else {
        out.push(0x3f);
      }
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      out.push(0x3f);
    } else {
      out.push(0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f));
    }
  }
  return out;
}

/** Byte length without allocating, used on the produce hot path for record sizes. */
export function utf8Length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) length += 1;
    else if (unit < 0x800) length += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        length += 4;
        i++;
      } else length += 1;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) length += 1;
    else length += 3;
  }
  return length;
}

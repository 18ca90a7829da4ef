// Model time in words, shared by the controls, the time buttons and the topic panels (its own
// module, so the time buttons need not import the controls that hold them).
export function formatModelTime(ms: number, lang: 'ko' | 'en' = 'en'): string {
  // Korean units are written after the number without a space (5초, 1분 30초), as Korean does.
  const units = lang === 'ko'
    ? { ms: 'ms', s: '초', min: '분', h: '시간', d: '일', gap: '' }
    : { ms: ' ms', s: ' s', min: ' min', h: ' h', d: ' d', gap: ' ' };
  if (ms < 1000) return `${ms}${units.ms}`;
  const parts: [number, string][] = [[86_400_000, units.d], [3_600_000, units.h], [60_000, units.min], [1000, units.s]];
  const out: string[] = [];
  let rest = ms;
  for (const [size, unit] of parts) {
    const n = Math.floor(rest / size);
    if (n > 0) out.push(`${n}${unit}`);
    rest -= n * size;
    if (out.length === 2) break;
  }
  if (rest > 0 && out.length === 1 && ms < 60_000) return `${(ms / 1000).toFixed(1)}${units.s}`;
  return out.join(' ');
}

// Message catalogues: one key per user-visible string, Korean and English side by side so a
// missing translation is a type error, not a blank in class.
export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];

type Entry = { ko: string; en: string };

export const MESSAGES = {
  'app.title': { ko: '카프카 시뮬레이터', en: 'Kafka simulator' },
  'app.subtitle': { ko: '토픽, 파티션, 오프셋, 컨슈머 그룹을 한 단계씩 지켜보세요', en: 'Watch topics, partitions, offsets and consumer groups, one step at a time' },
  'lang.switch': { ko: 'English', en: '한국어' },
  'lang.label': { ko: '언어', en: 'Language' },
  'topic.partition': { ko: '{topic} 파티션 {partition}', en: '{topic} partition {partition}' },
  'record.keyed': { ko: '오프셋 {offset} 키 {key}', en: 'offset {offset} key {key}' },
  'record.keyless': { ko: '오프셋 {offset} 키 없음', en: 'offset {offset} no key' },
  'partition.empty': { ko: '비어 있음', en: 'empty' },
  'partition.offsets': { ko: '로그 시작 {start} · 로그 끝 {end}', en: 'log start {start} · log end {end}' },
  'produce.title': { ko: '레코드 보내기', en: 'Produce a record' },
  'produce.key': { ko: '키', en: 'Key' },
  'produce.keyHint': { ko: '비워 두면 키 없는 레코드', en: 'Leave empty for a record without a key' },
  'produce.value': { ko: '값', en: 'Value' },
  'produce.topic': { ko: '토픽', en: 'Topic' },
  'produce.submit': { ko: '보내기', en: 'Produce' },
  'produce.placedByKey': { ko: '키 "{key}" → murmur2 {hash} → & 0x7fffffff = {positive} → % {partitions} = 파티션 {partition}', en: 'key "{key}" → murmur2 {hash} → & 0x7fffffff = {positive} → % {partitions} = partition {partition}' },
  'produce.placedRoundRobin': { ko: '키 없음: 라운드 로빈 카운터 {counter} → 파티션 {partition}', en: 'no key: round-robin counter {counter} → partition {partition}' },
  'produce.placedSticky': { ko: '키 없음: 스티키 파티셔너가 파티션 {partition}에 머묾', en: 'no key: the sticky partitioner stays on partition {partition}' },
  'produce.placedExplicit': { ko: '지정한 파티션 {partition}', en: 'explicit partition {partition}' },
  'state.time': { ko: '모델 시간 {time} ms', en: 'model time {time} ms' },
  'group.title': { ko: '컨슈머 그룹 {group}', en: 'Consumer group {group}' },
  'group.member': { ko: '{consumer}: {partitions}', en: '{consumer}: {partitions}' },
  'group.idle': { ko: '유휴', en: 'idle' },
  'group.committed': { ko: '커밋된 오프셋', en: 'committed offset' },
  'error.generic': { ko: '실행할 수 없습니다: {message}', en: 'Refused: {message}' },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof MESSAGES;

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = MESSAGES[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** ?lang=ko|en wins, then the browser's language; anything else falls back to English. */
export function pickLang(search: string, browserLanguages: readonly string[]): { lang: Lang; rejected?: string } {
  const asked = new URLSearchParams(search).get('lang');
  if (asked !== null) {
    if (asked === 'ko' || asked === 'en') return { lang: asked };
    const fallback = browserLanguages.some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
    return { lang: fallback, rejected: asked };
  }
  return { lang: browserLanguages.some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en' };
}

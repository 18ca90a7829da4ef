import { MESSAGES } from './catalog.ts';

// One Korean term per concept (GLOSSARY.md) and particles that follow the word: a Korean message
// that slips back to a banned variant, or writes a fixed 이/가, 을/를… right after a {param}, fails here.

const BANNED: readonly [RegExp, string][] = [
  [/죽이기|죽음|죽었|죽은|죽으면|죽어|죽습니다|죽는/, 'crash → 비정상 종료'],
  [/다운/, 'crash → 비정상 종료'],
  [/폴(?!링|더)/, 'poll → poll() or 폴링'],
  [/세대/, 'generation → 제너레이션'],
  [/보존/, 'retention → 리텐션'],
  [/리밸런싱|재조정/, 'rebalance → 리밸런스'],
  [/복제본/, 'replica → 레플리카'],
  [/하이워터마크/, 'high watermark → 하이 워터마크'],
  [/커밋 오프셋/, 'committed offset → 커밋된 오프셋'],
  [/레플리케이션 팩터|복제 인수|복제 팩터/, 'replication factor → 복제 계수'],
  // Korean prose says 카프카; "Kafka" only as a version label (Kafka 4.1, Kafka {version}, Kafka 버전) or inside a class name (KafkaConsumer).
  [/Kafka(?![A-Z]| ?[\d{]| 버전)/, 'Kafka in prose → 카프카'],
];

const FIXED_PARTICLE = /\}["'”’]?(이라는|라는|이라고|라고|으로|이|가|을|를|은|는|과|와|로)(?=[\s,.):;!?'(]|$)/;

describe('Korean words', () => {
  it('uses the glossary term for each concept in every Korean message', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      for (const [banned, rule] of BANNED) expect(entry.ko, `${key}: ${rule}`).not.toMatch(banned);
    }
  });

  it('never writes a fixed particle right after a param (use {name|을} or a noun after the name)', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) expect(entry.ko, key).not.toMatch(FIXED_PARTICLE);
  });

  it('the checks themselves catch what they are meant to catch', () => {
    expect('브로커 1이 죽었습니다').toMatch(BANNED[0]![0]);
    expect('{consumer} 폴').toMatch(BANNED[2]![0]);
    expect('{consumer} 폴링').not.toMatch(BANNED[2]![0]);
    const kafka = BANNED.find(([, rule]) => rule.startsWith('Kafka'))![0];
    for (const prose of ['Kafka는 받아들이지만', '실제 Kafka라면', '지금의 Kafka가', 'Kafka의 send()']) expect(prose).toMatch(kafka);
    for (const label of ['Kafka 4.1', 'Kafka {version}', 'Kafka 3.7+:', 'Kafka 버전', 'KafkaConsumer는', '카프카는']) expect(label).not.toMatch(kafka);
    expect('레플리케이션 팩터 2').toMatch(BANNED.find(([, rule]) => rule.startsWith('replication'))![0]);
    expect('{topic}이라는 토픽').toMatch(FIXED_PARTICLE);
    expect('step="{step}"은 정수').toMatch(FIXED_PARTICLE);
    expect('{topic} 토픽을').not.toMatch(FIXED_PARTICLE);
    expect('{tp}의 리더').not.toMatch(FIXED_PARTICLE);
  });
});

describe('particles in filled messages', () => {
  it('follow the broker number and the counted noun', async () => {
    const { translate } = await import('./catalog.ts');
    expect(translate('ko', 'event.brokerCrashed', { broker: 1, timeout: '6초' })).toMatch(/^브로커 1이 갑자기 비정상 종료되었습니다/);
    expect(translate('ko', 'event.brokerCrashed', { broker: 2, timeout: '6초' })).toMatch(/^브로커 2가 갑자기/);
    expect(translate('ko', 'event.recordsFetched', { consumer: 'c', records: '레코드 3개', ranges: 'x' })).toContain('레코드 3개를 가져왔습니다');
  });
});

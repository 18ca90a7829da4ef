import type { Entry } from '../entry.ts';

// The console panel that runs Kafka's command-line tools. The tools' own output stays in English,
// as a real terminal prints it; everything the simulator says around it is translated.
export const CONSOLE_MESSAGES = {
  'console.open': { ko: '콘솔 열기', en: 'Open console' },
  'console.close': { ko: '콘솔 닫기', en: 'Close console' },
  'console.heading': { ko: '카프카 명령줄 도구', en: "Kafka's command-line tools" },
  'console.hint': {
    ko: 'kafka-topics.sh, kafka-console-producer.sh, kafka-console-consumer.sh, kafka-consumer-groups.sh, kafka-configs.sh, kafka-transactions.sh를 실제 문법 그대로 입력하세요. Tab: 자동 완성, ↑/↓: 이전 명령.',
    en: 'Type kafka-topics.sh, kafka-console-producer.sh, kafka-console-consumer.sh, kafka-consumer-groups.sh, kafka-configs.sh or kafka-transactions.sh as on a real cluster. Tab completes, ↑/↓ recall earlier commands.',
  },
  'console.input': { ko: '명령', en: 'Command' },
  'console.inputRecord': { ko: '레코드 한 줄', en: 'One record per line' },
  'console.run': { ko: '실행', en: 'Run' },
  'console.endInput': { ko: '입력 끝 (Ctrl-D)', en: 'End input (Ctrl-D)' },
  'console.output': { ko: '콘솔 출력', en: 'Console output' },
  'console.producerMode': {
    ko: '프로듀서가 {topic} 토픽으로 보낼 줄을 기다립니다. 한 줄이 레코드 하나입니다. 빈 줄이나 Ctrl-D로 끝냅니다.',
    en: 'The producer waits for lines to send to topic {topic}: each line is one record. An empty line or Ctrl-D ends it.',
  },
  'console.producerEnded': { ko: '프로듀서 입력을 끝냈습니다.', en: 'Producer input ended.' },
  'console.steps.one': { ko: '타임라인에 {from}단계를 더했습니다. 되돌리려면 한 단계 뒤로 가세요.', en: 'Added step {from} to the timeline; step back to undo it.' },
  'console.steps.other': { ko: '타임라인에 {from}–{to}단계를 더했습니다. 되돌리려면 그만큼 뒤로 가세요.', en: 'Added steps {from}–{to} to the timeline; step back that far to undo them.' },
  'console.notModelled': { ko: '{what}: 실제 카프카에는 있지만 이 시뮬레이터는 다루지 않습니다. 아무것도 바뀌지 않았습니다.', en: '{what} exists in Kafka but is not modelled in this simulator; nothing changed.' },
  'console.simulatorLimit': {
    ko: '{reason} 카프카의 규칙이 아니라 이 시뮬레이터의 한도입니다. 아무것도 바뀌지 않았습니다.',
    en: '{reason} This is a limit of this simulator, not of Kafka; nothing changed.',
  },
  'console.dropsLater': {
    ko: '지금은 {cursor}/{total}단계를 보고 있습니다. 여기서 실행하면 뒤의 단계가 지워집니다. 그래도 실행하려면 같은 명령을 한 번 더 입력하세요.',
    en: 'You are looking at step {cursor} of {total}; running this here drops the later steps. Enter the same command again to run it anyway.',
  },
  'console.refused': { ko: '엔진이 거절했습니다: {reason}', en: 'The engine refused it: {reason}' },
  'console.candidates': { ko: '후보: {list}', en: 'Candidates: {list}' },
  'console.readOnly': { ko: '이 화면에서는 클러스터를 바꿀 수 없어 조회 명령만 실행됩니다.', en: 'This view cannot change the cluster; only commands that read run here.' },
  'console.regexRefused': {
    ko: '이 --topic 정규 표현식에 쓰인 기능: {feature}. 카프카(java.util.regex)는 받아들이지만, 이 시뮬레이터는 일정한 시간 안에 끝나는 정규 표현식만 실행합니다. 아무것도 바뀌지 않았습니다.',
    en: 'This --topic regular expression uses {feature}. Kafka (java.util.regex) accepts it, but this simulator runs only expressions it can match in bounded time; nothing changed.',
  },
  'console.regexFeature.backreference': { ko: '역참조(\\1)', en: 'a backreference (\\1)' },
  'console.regexFeature.lookaround': { ko: '전방·후방 탐색((?=…), (?<=…))', en: 'lookaround ((?=…), (?<=…))' },
  'console.regexFeature.possessive': { ko: '소유 수량자(*+, ++)', en: 'a possessive quantifier (*+, ++)' },
  'console.regexFeature.atomicGroup': { ko: '원자 그룹((?>…))', en: 'an atomic group ((?>…))' },
  'console.regexFeature.inlineFlags': { ko: '인라인 플래그((?i) 등)', en: 'inline flags ((?i) and others)' },
  'console.regexFeature.anchor': { ko: '경계 앵커(\\b, \\A, \\z 등)', en: 'a boundary anchor (\\b, \\A, \\z and others)' },
  'console.regexFeature.escape': { ko: '이 시뮬레이터가 모르는 이스케이프', en: 'an escape this simulator does not know' },
  'console.regexFeature.classSet': { ko: '문자 클래스 안의 클래스나 &&', en: 'a class inside a character class, or &&' },
  'console.regexFeature.tooLarge': { ko: '너무 큰 반복 횟수', en: 'repetition counts this large' },
  'console.internalTopic': {
    ko: '{topic} 토픽은 브로커가 스스로 만드는 내부 토픽입니다(__consumer_offsets는 컨슈머 그룹이 처음 쓰일 때). 이 시뮬레이터에서는 직접 만들 수 없습니다. 아무것도 바뀌지 않았습니다.',
    en: '{topic} is an internal topic the brokers create themselves (__consumer_offsets when a consumer group is first used); this simulator does not let you create it by hand. Nothing changed.',
  },
  'console.maxMessagesCapped': {
    ko: '이 시뮬레이터는 한 번 실행에서 poll()을 최대 {polls}번까지만 합니다. 레코드 {count}개를 읽고 멈췄고 남은 레코드가 더 있을 수 있습니다. 같은 --group으로 다시 실행하면 이어서 읽습니다.',
    en: 'This simulator stops a run after {polls} calls to poll(): it read {count, plural, one {# record} other {# records}} and more may remain. Run it again with the same --group to read on.',
  },
  'console.txnCoordinatorDown': {
    ko: '트랜잭션 ID {id}의 코디네이터(__transaction_state 파티션 {partition}의 리더)가 지금 없습니다. 실제 도구는 default.api.timeout.ms(60초) 동안 다시 시도하다 실패합니다. 아무것도 바뀌지 않았습니다.',
    en: 'Transactional id {id} has no coordinator right now (__transaction_state partition {partition} has no live leader); the real tool retries for default.api.timeout.ms (60 s) and then fails. Nothing changed.',
  },
  'console.noVersion': {
    ko: '이 시뮬레이션은 특정 카프카 릴리스가 아니라 버전을 고르기 전의 시뮬레이터 동작(클래식)을 따르므로 출력할 버전이 없습니다. 아무것도 바뀌지 않았습니다.',
    en: 'This simulation follows no single Kafka release (the classic behaviour, from before versions could be chosen), so there is no version to print; nothing changed.',
  },
  'console.lineTooLong': {
    ko: '한 줄은 {max}바이트까지 입력할 수 있습니다(이 줄은 {bytes}바이트). 아무것도 바뀌지 않았습니다.',
    en: 'A line may be at most {max, plural, one {# byte} other {# bytes}} (this one has {bytes, plural, one {# byte} other {# bytes}}); nothing changed.',
  },
  'console.logTrimmed': { ko: '콘솔 출력이 {max}바이트를 넘어 오래된 줄부터 지웠습니다.', en: 'The console output passed {max, plural, one {# byte} other {# bytes}}, so its oldest lines were removed.' },
  'console.pasteStopped': {
    ko: '붙여 넣은 줄 중 {count}줄은 실행하지 않았습니다. 앞의 줄에서 멈췄습니다.',
    en: '{count, plural, one {# pasted line was} other {# pasted lines were}} not run: an earlier line stopped the paste.',
  },
} satisfies Record<string, Entry>;

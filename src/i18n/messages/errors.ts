import { CLUSTER_ERROR_MESSAGES } from './events-cluster.ts';
import type { Entry } from '../entry.ts';

// Engine error codes (SimError.code) and page-level refusals, keyed `error.CODE`; variants where one
// code covers two situations. src/view/narrate.ts picks the key and fills it from SimError.params.
// Each says what was refused and why.
export const ERROR_MESSAGES = {
  'error.RECORD_BATCH_TOO_LARGE': {
    ko: '레코드가 {size}바이트라서 {topic} 토픽의 세그먼트 최대 크기(segment.bytes {max}바이트)에 들어갈 수 없습니다. 브로커는 세그먼트보다 큰 배치를 받지 않습니다.',
    en: 'The record is {size, plural, one {# byte} other {# bytes}}, more than fits in a segment of topic {topic} (segment.bytes {max}); the broker refuses a batch larger than a segment.',
  },
  'error.NON_EMPTY_GROUP': {
    ko: '{group} 그룹에 아직 멤버가 있어 커밋된 오프셋을 바꿀 수 없습니다. 먼저 그룹의 컨슈머를 모두 멈추세요(비정상 종료된 멤버는 session.timeout.ms가 지나야 빠집니다).',
    en: 'Group {group} still has members, so its committed offsets cannot be changed. Stop every consumer of the group first (a crashed member leaves after session.timeout.ms).',
  },
  'error.TOPIC_COLLISION': {
    ko: '"{topic}" 토픽은 기존 토픽({existing})과 충돌합니다. 카프카는 이름에서 \'.\'과 \'_\'를 같은 것으로 보기 때문입니다(메트릭 이름에서 구별되지 않음).',
    en: 'Topic "{topic}" collides with existing topics ({existing}): Kafka treats \'.\' and \'_\' alike, since they clash in metric names.',
  },
  'error.INVALID_SESSION_TIMEOUT': {
    ko: '세션 타임아웃({timeout})이 브로커가 허용하는 범위({min}–{max}, group.min/max.session.timeout.ms)를 벗어나 그룹에 참여할 수 없습니다.',
    en: 'A session timeout of {timeout} is outside what the broker allows ({min}–{max}, group.min/max.session.timeout.ms), so the consumer cannot join.',
  },
  'error.INVALID_HEARTBEAT_INTERVAL': {
    ko: 'heartbeat.interval.ms({heartbeat})는 session.timeout.ms({timeout})보다 작아야 합니다. 세션이 끝나기 전에 하트비트가 한 번은 가야 하기 때문입니다.',
    en: 'heartbeat.interval.ms ({heartbeat}) must be lower than session.timeout.ms ({timeout}): a heartbeat has to arrive before the session runs out.',
  },
  'error.FENCED_INSTANCE_ID': {
    ko: '{group} 그룹에는 group.instance.id가 {groupInstanceId}인 {consumer} 컨슈머가 이미 있습니다. 같은 정적 멤버 ID로 두 컨슈머를 띄우면 브로커가 하나를 펜싱합니다(FencedInstanceIdException).',
    en: 'Group {group} already has consumer {consumer} with group.instance.id {groupInstanceId}; the broker fences one of two consumers sharing a static member id (FencedInstanceIdException).',
  },
  'error.COMMIT_IN_PROGRESS': {
    ko: '{consumer} 컨슈머는 아직 commitSync 안에서 재시도하고 있습니다(default.api.timeout.ms가 끝나는 모델 시간 {deadline}까지). KafkaConsumer는 한 스레드에서만 쓰므로 그 호출이 돌아올 때까지 다른 호출을 할 수 없습니다.',
    en: 'Consumer {consumer} is still inside commitSync, retrying until default.api.timeout.ms runs out at model time {deadline}. A KafkaConsumer is used from one thread, so nothing else can be called until that call returns.',
  },
  'error.RESERVED_NAME': {
    ko: '"{name}" 이름은 이 시뮬레이터에서 쓸 수 없습니다(JavaScript 내부 이름과 겹침). 다른 이름을 골라 주세요.',
    en: '"{name}" is reserved in this simulator (it clashes with a JavaScript built-in name); please choose another name.',
  },
  // Refused by the page before reaching the engine.
  'error.KEY_TOO_LONG': {
    ko: '키가 너무 깁니다({length}자). 이 시뮬레이터에서는 키를 {max}자까지 쓸 수 있습니다. 실제 카프카의 한도는 레코드 전체 크기(max.request.size, 기본 1 MB)입니다.',
    en: 'That key is too long ({length, plural, one {# character} other {# characters}}): keys can be up to {max, plural, one {# character} other {# characters}} here. Real Kafka only limits the whole record (max.request.size, 1 MB by default).',
  },
  'error.unknown': { ko: '실행할 수 없습니다: {message}', en: 'Refused: {message}' },

  // Command shape (validate.ts). {rule} is one of the error.rule.* texts below.
  'error.INVALID_COMMAND': { ko: '명령을 실행할 수 없습니다: {field} 값은 {rule}.', en: 'Command refused: {field} {rule}.' },
  'error.INVALID_COMMAND.notObject': { ko: '명령은 "type" 필드가 있는 객체여야 합니다.', en: 'A command must be an object with a "type" field.' },
  'error.rule.string': { ko: '문자열이어야 합니다', en: 'must be a string' },
  'error.rule.integer': { ko: '정수여야 합니다', en: 'must be an integer' },
  'error.rule.positive': { ko: '1 이상의 정수여야 합니다', en: 'must be a positive integer' },
  'error.rule.min': { ko: '{min} 이상이어야 합니다', en: 'must be at least {min}' },
  'error.rule.max': { ko: '{max} 이하여야 합니다', en: 'must be at most {max}' },
  'error.rule.oneOf': { ko: '{values} 중 하나여야 합니다', en: 'must be one of {values}' },
  'error.rule.boolean': { ko: 'true 또는 false여야 합니다', en: 'must be true or false' },
  'error.rule.topicList': { ko: '토픽 이름이 하나 이상 든 목록이어야 합니다', en: 'must be a list of at least one topic name' },
  'error.UNKNOWN_COMMAND': {
    ko: '알 수 없는 명령입니다: "{type}". 쓸 수 있는 명령은 {known}입니다.',
    en: 'Unknown command "{type}". The commands are {known}.',
  },
  'error.field.topic': { ko: '토픽', en: 'topic' },
  'error.field.producer': { ko: '프로듀서', en: 'producer' },
  'error.field.consumer': { ko: '컨슈머', en: 'consumer' },
  'error.field.group': { ko: '컨슈머 그룹', en: 'consumer group' },
  'error.EMPTY_NAME': {
    ko: '{field} 이름이 비어 있습니다. 공백이 아닌 글자가 하나 이상 있어야 합니다.',
    en: 'The {field} name is empty: it needs at least one character that is not a space.',
  },
  'error.NAME_TOO_LONG': {
    ko: '{field} 이름이 너무 깁니다. 최대 {max}자까지 쓸 수 있습니다(카프카의 토픽 이름 한도와 같습니다).',
    en: 'The {field} name is too long: at most {max, plural, one {# character} other {# characters}} are allowed (Kafka\'s limit for topic names).',
  },
  'error.INVALID_TOPIC': {
    ko: '쓸 수 없는 토픽 이름입니다: "{topic}". 토픽 이름에는 영문자, 숫자, 마침표(.), 밑줄(_), 하이픈(-)만 쓸 수 있습니다.',
    en: 'Topic name "{topic}" is not allowed: a topic name may only use ASCII letters, digits, ".", "_" and "-".',
  },
  'error.INVALID_TOPIC.dots': {
    ko: '토픽 이름은 "{topic}"일 수 없습니다. "."과 ".."은 토픽 이름으로 쓸 수 없습니다.',
    en: 'A topic cannot be called "{topic}": "." and ".." are not valid topic names.',
  },

  // Topics and partitions
  'error.TOPIC_ALREADY_EXISTS': {
    ko: '{topic} 토픽은 이미 있습니다. 다른 이름을 쓰거나, 파티션을 늘리려면 파티션 수 변경을 쓰세요.',
    en: 'Topic {topic} already exists. Choose another name, or change its partition count to add partitions.',
  },
  'error.INVALID_PARTITIONS.same': {
    ko: '{topic} 토픽은 이미 {current}라서 바뀌는 것이 없습니다. 파티션을 늘리려면 더 큰 수를 주세요.',
    en: 'Topic {topic} already has {current}, so nothing would change. Ask for a larger number to add partitions.',
  },
  'error.INVALID_PARTITIONS.decrease': {
    ko: '{topic} 토픽을 {current}에서 {requested|로} 줄일 수 없습니다. 파티션은 늘릴 수만 있고 줄일 수는 없습니다: 파티션을 없애면 그 안의 레코드와 오프셋이 함께 사라지고, 키가 가는 파티션도 바뀌기 때문입니다.',
    en: 'Topic {topic} cannot shrink from {current} to {requested}. Partitions can only be added, never removed: removing one would throw away its records and offsets, and send keys to different partitions.',
  },
  'error.UNKNOWN_TOPIC_OR_PARTITION': {
    ko: '{topic} 토픽이 없습니다. 먼저 토픽을 만드세요.',
    en: 'There is no topic {topic}. Create it first.',
  },
  'error.UNKNOWN_TOPIC_OR_PARTITION.partition': {
    ko: '{topic} 토픽에는 {tp} 파티션이 없습니다. 이 토픽에는 {partitions|가} 있고, 0부터 {last}까지 번호가 매겨져 있습니다.',
    en: 'Topic {topic} has no partition {tp}: it has {partitions}, numbered 0 to {last}.',
  },

  // Producers
  'error.UNKNOWN_PRODUCER': {
    ko: '{producer} 프로듀서가 없습니다. 먼저 프로듀서를 추가하세요.',
    en: 'There is no producer {producer}. Add it first.',
  },
  'error.PRODUCER_EXISTS': {
    ko: '{producer} 프로듀서는 이미 있습니다. 프로듀서마다 다른 이름이 필요합니다.',
    en: 'Producer {producer} already exists; every producer needs its own name.',
  },
  'error.RECORD_TOO_LARGE': {
    ko: '레코드가 너무 큽니다: 직렬화하면 {size}바이트로, 프로듀서의 max.request.size({max}바이트)를 넘습니다. 프로듀서가 보내기 전에 거부했습니다.',
    en: 'The record is too large: serialized it is {size, plural, one {# byte} other {# bytes}}, more than the producer\'s max.request.size ({max, plural, one {# byte} other {# bytes}}), so the producer refused to send it.',
  },

  // Consumers and groups
  'error.UNKNOWN_CONSUMER': {
    ko: '{consumer} 컨슈머가 없습니다. 먼저 컨슈머를 추가하세요(이미 그룹을 떠났거나 세션 타임아웃으로 빠졌을 수도 있습니다).',
    en: 'There is no consumer {consumer}. Add it first (it may have left its group, or been dropped after its session timeout).',
  },
  'error.CONSUMER_EXISTS': {
    ko: '{consumer} 컨슈머는 이미 있습니다. 컨슈머마다 다른 이름이 필요합니다.',
    en: 'Consumer {consumer} already exists; every consumer needs its own name.',
  },
  'error.CONSUMER_CRASHED': {
    ko: '{consumer} 컨슈머는 비정상 종료된 상태라 아무것도 할 수 없습니다. 그룹은 세션 타임아웃이 지나야 이를 알아채고 리밸런스합니다. 시간을 앞으로 보내 보세요.',
    en: 'Consumer {consumer} has crashed and cannot do anything. Its group only notices once the session timeout runs out, and then rebalances: advance time to see it.',
  },
  'error.INCONSISTENT_GROUP_PROTOCOL': {
    ko: '{group} 컨슈머 그룹은 {assignor} 할당 전략을 쓰고 있어서, {requested} 전략을 요청한 컨슈머는 들어갈 수 없습니다. 한 그룹의 멤버는 모두 같은 할당 전략을 지원해야 합니다.',
    en: 'Consumer group {group} uses the {assignor} assignor, so a consumer asking for {requested} cannot join: all members of a group must support a common assignment strategy.',
  },
  'error.NO_OFFSET_FOR_PARTITION': {
    ko: '{tp} 파티션에 커밋된 오프셋이 없고 auto.offset.reset=none이라, 컨슈머가 어디서부터 읽을지 정할 수 없습니다(NoOffsetForPartitionException).',
    en: '{tp} has no committed offset and auto.offset.reset is none, so the consumer cannot tell where to start reading (NoOffsetForPartitionException).',
  },
  'error.OFFSET_OUT_OF_RANGE': {
    ko: '{tp} 파티션에서 읽을 위치(오프셋 {position})가 로그 범위(로그 시작 오프셋 {logStartOffset} ~ 로그 끝 오프셋 {logEndOffset})를 벗어났습니다. 리텐션이 지웠을 수 있는데, auto.offset.reset=none이라 위치를 자동으로 옮기지 않습니다(OffsetOutOfRangeException).',
    en: 'The fetch position on {tp} (offset {position}) is outside the log (log start offset {logStartOffset}, log end offset {logEndOffset}), perhaps deleted by retention; with auto.offset.reset=none the consumer does not move it on its own (OffsetOutOfRangeException).',
  },
  'error.UNKNOWN_FIELD': {
    ko: '{type} 명령에는 "{field}" 필드가 없습니다. 철자를 확인하세요. 모르는 필드는 조용히 무시하지 않고 거부합니다.',
    en: 'The {type} command has no field "{field}". Check the spelling: an unknown field is refused rather than silently ignored.',
  },
  'error.NEGATIVE_OFFSET': {
    ko: '{field} 값이 음수입니다. 오프셋은 0 이상이어야 합니다(카프카 클라이언트가 IllegalArgumentException으로 거부합니다).',
    en: '{field} is negative: an offset must be 0 or more (Kafka\'s client refuses it with IllegalArgumentException).',
  },
  'error.NO_CURRENT_ASSIGNMENT': {
    ko: '{consumer} 컨슈머에게 할당되지 않은 {tp} 파티션입니다(IllegalStateException: No current assignment for partition {tp}). seek과 pause는 할당받은 파티션에만 쓸 수 있습니다.',
    en: '{tp} is not assigned to consumer {consumer} (IllegalStateException: No current assignment for partition {tp}). seek and pause only work on assigned partitions.',
  },
  'error.COMMIT_FAILED': {
    ko: '{consumer} 컨슈머는 지금 {group} 그룹의 멤버가 아니라서 커밋이 거부되었습니다(CommitFailedException). max.poll.interval.ms 안에 poll()하지 않아 그룹에서 빠졌고 파티션은 이미 다른 멤버에게 갔을 수 있습니다. 다음 poll()에서 다시 참여합니다.',
    en: 'Consumer {consumer} is not a member of group {group} now, so the commit is refused (CommitFailedException): it was removed for not calling poll() within max.poll.interval.ms, and its partitions may already belong to another member. Its next poll() rejoins.',
  },
  'error.COMMIT_FAILED.subscribed': {
    ko: '{consumer} 컨슈머는 아직 {group} 그룹에 참여하지 않았습니다(첫 poll() 전). 그룹의 멤버가 아니면 오프셋을 커밋할 수 없습니다(CommitFailedException).',
    en: 'Consumer {consumer} has not joined group {group} yet (no poll() so far); a consumer that is not a member cannot commit offsets (CommitFailedException).',
  },
  'error.CONSUMER_NOT_CRASHED': {
    ko: '{consumer} 컨슈머는 실행 중입니다. 다시 시작은 비정상 종료된 컨슈머에만 쓸 수 있습니다.',
    en: 'Consumer {consumer} is running; only a crashed consumer can be restarted.',
  },
  ...CLUSTER_ERROR_MESSAGES,
} satisfies Record<string, Entry>;

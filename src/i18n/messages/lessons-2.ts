import type { Entry } from '../entry.ts';

// Narration of lessons 4–5 (offsets, consumer-groups); merged into LESSON_MESSAGES by ./lessons.ts.
export const LESSON_MESSAGES_2 = {
  // 4. Offsets and commits
  'lesson.offsets.title': { ko: '오프셋 커밋: 어디까지 읽었는지 기록하기', en: 'Committing offsets: remembering where you were' },
  'lesson.offsets.summary': {
    ko: '커밋된 오프셋은 그룹이 다음에 읽을 위치입니다. 컨슈머가 커밋하지 못한 채 비정상 종료되면 다른 멤버가 마지막 커밋부터 이어 읽어, 일부 레코드를 한 번 더 처리합니다(at-least-once).',
    en: 'A committed offset is where the group reads next. If a consumer dies before committing, another member resumes from the last commit and processes some records twice (at-least-once).',
  },
  'lesson.offsets.step1': {
    ko: '컨슈머 worker-1과 worker-2가 orders 토픽을 구독하고 poll()을 한 번씩 했습니다(그때는 읽을 것이 없었습니다). 그다음 orders 토픽(파티션 1개)에 주문 레코드 6개(오프셋 0–5)가 들어왔습니다.',
    en: 'Consumers worker-1 and worker-2 subscribed to topic orders and called poll() once each (there was nothing to read yet). Then six order records arrived in orders (one partition), offsets 0 to 5.',
  },
  'lesson.offsets.step2': {
    ko: 'worker-1과 worker-2는 subscribe()가 아니라 첫 poll()에서 billing 그룹에 들어왔습니다. 한 파티션은 그룹 안에서 한 멤버만 읽을 수 있으므로 worker-1이 파티션 0을 맡고 worker-2는 대기합니다. 커밋을 눈으로 보려고 자동 커밋(enable.auto.commit)은 껐고, session.timeout.ms는 10초로 짧게 잡았습니다.',
    en: 'worker-1 and worker-2 joined group billing in their first poll(), not in subscribe(). Within a group a partition is read by one member only, so worker-1 takes partition 0 and worker-2 waits. Auto-commit (enable.auto.commit) is off so every commit is visible, and session.timeout.ms is a short 10 seconds.',
  },
  'lesson.offsets.step3': {
    ko: 'worker-1이 오프셋 0, 1, 2를 읽어 처리했습니다. 컨슈머의 위치(position)는 3이 되었지만 그룹에 커밋된 오프셋은 아직 없습니다. 위치는 컨슈머의 메모리에만 있다는 점이 중요합니다.',
    en: 'worker-1 read and processed offsets 0, 1 and 2. Its position is now 3, but the group has no committed offset yet: the position lives only in the consumer’s memory.',
  },
  'lesson.offsets.step4': {
    ko: 'worker-1이 커밋했습니다. 커밋된 오프셋은 마지막으로 읽은 2가 아니라 다음에 읽을 3입니다. 이 값은 카프카(__consumer_offsets 토픽)에 저장되므로 컨슈머가 비정상 종료되어도 남습니다.',
    en: 'worker-1 committed. The committed offset is 3, the next offset to read, not 2, the last one read. Kafka stores it (in the __consumer_offsets topic), so it outlives the consumer.',
  },
  'lesson.offsets.step5': {
    ko: 'worker-1이 오프셋 3과 4를 더 읽어 처리했지만, 이번에는 커밋하지 않았습니다. 위치는 5, 커밋된 오프셋은 여전히 3입니다. kafka-consumer-groups --describe는 위치가 아니라 그룹이 커밋한 값을 보여 줍니다: CURRENT-OFFSET 3, LOG-END-OFFSET 6, LAG 3.',
    en: 'worker-1 read and processed offsets 3 and 4 as well, but did not commit this time. Its position is 5; the committed offset is still 3. kafka-consumer-groups --describe shows what the group has committed, not the position: CURRENT-OFFSET 3, LOG-END-OFFSET 6, LAG 3.',
  },
  'lesson.offsets.step6.question': {
    ko: 'worker-1이 커밋하지 못한 채 갑자기 비정상 종료됩니다. 바로 이 순간, billing 그룹에서 파티션 0의 주인은 누구일까요?',
    en: 'worker-1 crashes without committing. Right at this moment, which member of billing owns partition 0?',
  },
  'lesson.offsets.step6': {
    ko: '여전히 worker-1입니다. 비정상 종료된 컨슈머는 그룹을 떠난다는 요청(LeaveGroup)을 보내지 못하므로, 그룹 코디네이터는 하트비트가 session.timeout.ms 동안 끊긴 뒤에야 알아챕니다. 그동안 파티션 0은 아무도 읽지 않습니다.',
    en: 'Still worker-1. A crashed consumer cannot send LeaveGroup, so the group coordinator only notices once its heartbeats have been missing for session.timeout.ms. Meanwhile nobody reads partition 0.',
  },
  'lesson.offsets.step7.question': {
    ko: '15초가 흘러 세션 타임아웃(10초)이 지나면, 그룹이 리밸런스해 worker-2가 파티션 0을 넘겨받습니다. worker-2가 다음에 읽을 오프셋은 몇일까요?',
    en: '15 seconds pass, more than the 10-second session timeout, so the group rebalances and worker-2 takes over partition 0. Which offset will worker-2 read next?',
  },
  'lesson.offsets.step7': {
    ko: '정답은 마지막으로 커밋된 오프셋인 3입니다. worker-1이 오프셋 4까지 처리했다는 사실은 worker-1의 메모리와 함께 사라졌고, 그룹이 아는 것은 커밋된 3뿐입니다.',
    en: 'It is 3, the last committed offset. That worker-1 had processed up to offset 4 died with worker-1’s memory; all the group knows is the committed 3.',
  },
  'lesson.offsets.step8': {
    ko: 'worker-2가 오프셋 3, 4, 5를 읽었습니다. 그중 3과 4는 worker-1이 이미 처리했던 레코드라 다시 전달됨(redelivered)으로 표시됩니다: 로그의 두 칸에 ↻, worker-2 아래에 "다시 전달됨: orders-0 3–4". 레코드를 잃지는 않지만 중복될 수 있는 이 방식을 at-least-once(최소 한 번) 처리라고 합니다.',
    en: 'worker-2 read offsets 3, 4 and 5. Offsets 3 and 4 are marked redelivered (↻ on their cells, and "redelivered: orders-0 3–4" under worker-2): worker-1 had already processed them. Nothing is lost, but some records are handled twice; this is at-least-once processing.',
  },
  'lesson.offsets.step9': {
    ko: 'worker-2가 커밋해 커밋된 오프셋이 6이 되었습니다. 이제 누가 이 파티션을 맡든 오프셋 6부터 읽습니다.',
    en: 'worker-2 committed, so the committed offset is now 6. Whoever owns the partition next starts at offset 6.',
  },
  'lesson.offsets.step10': {
    ko: '처리한 뒤에 커밋하면 중복은 생겨도 유실은 없고(at-least-once), 처리하기 전에 커밋하면 유실은 생겨도 중복은 없습니다(at-most-once). 그래서 실무에서는 보통 처리 후에 커밋하고, 같은 레코드를 두 번 처리해도 결과가 같도록(멱등하게) 만듭니다.',
    en: 'Commit after processing and you may see duplicates but never lose a record (at-least-once); commit before processing and you may lose records but never repeat one (at-most-once). In practice you usually commit after processing and make processing idempotent, so a repeat does no harm.',
  },

  // 5. Consumer groups
  'lesson.consumer-groups.title': { ko: '컨슈머 그룹: 같은 데이터를 따로따로', en: 'Consumer groups: the same data, read independently' },
  'lesson.consumer-groups.summary': {
    ko: '컨슈머 그룹마다 커밋된 오프셋을 따로 가집니다. 커밋이 없는 새 그룹은 auto.offset.reset에 따라 로그의 처음(earliest)이나 끝(latest)에서 시작합니다.',
    en: 'Each consumer group has its own committed offsets. A new group with no commit starts at the log start (earliest) or the log end (latest), as auto.offset.reset says.',
  },
  'lesson.consumer-groups.step1': {
    ko: 'clicks 토픽(파티션 1개)에 클릭 레코드 4개(오프셋 0–3)가 있습니다. 통계 서비스와 감사 서비스가 이 데이터를 각자 읽으려고 합니다.',
    en: 'Topic clicks (one partition) holds four click records, offsets 0 to 3. A statistics service and an audit service each want to read them.',
  },
  'lesson.consumer-groups.step2': {
    ko: 'stats 그룹의 stats-1이 4개를 모두 읽고 커밋했습니다. stats 그룹의 커밋된 오프셋은 4입니다.',
    en: 'stats-1, in group stats, read all four and committed. Group stats now has committed offset 4.',
  },
  'lesson.consumer-groups.step3': {
    ko: 'audit 그룹의 audit-1은 같은 파티션을 처음부터 읽되, 2개만 읽고 커밋했습니다. audit 그룹의 커밋된 오프셋은 2로, stats의 4와는 상관없이 따로 관리됩니다.',
    en: 'audit-1, in group audit, read the same partition from the start but only two records, then committed. Group audit’s committed offset is 2, kept apart from stats’ 4.',
  },
  'lesson.consumer-groups.step4': {
    ko: '새 클릭 2개(오프셋 4, 5)가 들어왔고, stats-1이 이를 읽고 커밋해 stats는 6이 되었습니다. audit은 여전히 2에 머물러, 랙(lag, 로그 끝 − 커밋된 오프셋)이 stats는 0, audit은 4입니다. 한 그룹이 빨리 읽는다고 다른 그룹이 영향을 받지는 않습니다. kafka-consumer-groups --describe --group audit도 같은 숫자를 보여 줍니다: CURRENT-OFFSET 2, LOG-END-OFFSET 6, LAG 4.',
    en: 'Two new clicks arrived (offsets 4 and 5); stats-1 read and committed them, so stats is at 6. audit is still at 2, so the lag (log end − committed offset) is 0 for stats and 4 for audit. One group reading fast does not affect another. kafka-consumer-groups --describe --group audit prints the same numbers: CURRENT-OFFSET 2, LOG-END-OFFSET 6, LAG 4.',
  },
  'lesson.consumer-groups.step5.question': {
    ko: '새 그룹 alerts의 alerts-1이 auto.offset.reset=latest로 들어옵니다. 이 그룹에는 커밋된 오프셋이 없습니다. alerts-1이 처음 읽을 오프셋은 몇일까요?',
    en: 'alerts-1 joins a new group, alerts, with auto.offset.reset=latest. The group has no committed offset. Which offset will alerts-1 read first?',
  },
  'lesson.consumer-groups.step5': {
    ko: '로그의 끝인 6입니다. latest는 "지금부터 들어오는 것만" 읽겠다는 뜻이라, 이미 쌓여 있는 오프셋 0–5는 건너뜁니다. 이 "지금"은 subscribe()가 아니라 그룹에 참여하는 첫 poll()의 시점입니다: 그 사이에 들어온 레코드도 건너뜁니다.',
    en: '6: the log end. latest means "only what arrives from now on", so offsets 0 to 5, already in the log, are skipped. That "now" is the first poll(), when the consumer joins its group, not subscribe(): a record produced in between is skipped too.',
  },
  'lesson.consumer-groups.step6.question': {
    ko: '또 다른 새 그룹 replay의 replay-1은 auto.offset.reset=earliest로 들어옵니다. replay-1이 처음 읽을 오프셋은 몇일까요?',
    en: 'replay-1 joins another new group, replay, with auto.offset.reset=earliest. Which offset will replay-1 read first?',
  },
  'lesson.consumer-groups.step6': {
    ko: '로그의 시작인 0입니다. earliest는 아직 남아 있는 가장 오래된 레코드부터 읽으므로, replay-1은 첫 poll()에서 오프셋 0–5를 받았습니다.',
    en: '0: the log start. earliest reads from the oldest record still retained, so replay-1’s first poll() returned offsets 0 to 5.',
  },
  'lesson.consumer-groups.step7': {
    ko: '새 클릭 하나(오프셋 6)가 들어온 뒤 두 컨슈머가 poll()을 호출했습니다. 둘 다 새 레코드(오프셋 6) 하나만 받았습니다: alerts-1은 로그 끝에서 시작했기 때문이고, replay-1은 0–5를 이미 읽었기 때문입니다. 결국 replay-1은 7개를 모두, alerts-1은 1개만 읽었습니다.',
    en: 'One new click arrived (offset 6), then both consumers polled. Each got just the new record, offset 6: alerts-1 because it started at the log end, replay-1 because it had already read 0 to 5. In all, replay-1 has read seven records and alerts-1 one.',
  },
  'lesson.consumer-groups.step8': {
    ko: '카프카의 기본값이 latest인 까닭은, 새로 배포한 애플리케이션은 대개 과거 전체가 아니라 지금부터 일어나는 이벤트를 처리하려 하기 때문입니다. 몇 년 치 이력을 실수로 처음부터 다시 처리하는 사고도 막아 주고요. 다만 블로그 예제처럼 방금 보낸 레코드를 확인할 때는 earliest(콘솔 컨슈머의 --from-beginning)가 편해서, 예제들은 earliest를 씁니다.',
    en: 'Kafka defaults to latest because a newly deployed application usually wants the events from now on, not the whole history, and it keeps an app from accidentally reprocessing years of data. To see records you have just produced, as the blog’s examples do, earliest (the console consumer’s --from-beginning) is handier, so the examples use it.',
  },
  'lesson.consumer-groups.step9.question': {
    ko: 'audit-1이 정상 종료하고, 같은 audit 그룹에 audit-2가 auto.offset.reset=latest로 들어옵니다. audit-2가 다음에 읽을 오프셋은 몇일까요?',
    en: 'audit-1 shuts down cleanly, and audit-2 joins the same group, audit, with auto.offset.reset=latest. Which offset will audit-2 read next?',
  },
  'lesson.consumer-groups.step9': {
    ko: '2입니다. latest로 설정했어도 로그 끝(7)으로 가지 않고, audit 그룹이 커밋해 둔 2부터 이어 읽습니다. auto.offset.reset은 그룹에 커밋된 오프셋이 없을 때(또는 그 오프셋이 이미 지워졌을 때)만 쓰입니다.',
    en: '2. Despite latest, it does not jump to the log end (7): it resumes from the 2 that group audit committed. auto.offset.reset applies only when the group has no committed offset (or that offset no longer exists).',
  },
  'lesson.consumer-groups.step10': {
    ko: '정리하면 컨슈머 그룹은 하나의 애플리케이션이고, 그룹마다 자기 커밋된 오프셋을 가지므로 여러 애플리케이션이 같은 토픽을 서로 방해하지 않고 읽습니다. 한 그룹 안의 여러 컨슈머가 파티션을 나눠 읽는 모습은 7번째 레슨에서 봅니다.',
    en: 'In short, a consumer group is one application, and each group has its own committed offsets, so many applications read one topic without getting in each other’s way. How several consumers inside one group share the partitions comes in lesson 7.',
  },
} satisfies Record<string, Entry>;

import type { Entry } from '../entry.ts';

// Narration of the producer, consumer and features lessons (producer-retries, consumer-side,
// features) and the words of their prediction choices; registered in ../catalog.ts. No
// placeholders in narration: every number is written out and checked by src/lessons/lessons.test.ts.
export const LESSON_CLIENT_MESSAGES = {
  // Choices of the predictions in src/lessons/player-clients.ts.
  'lessonUi.copies.none': { ko: '없음 (유실됨)', en: 'none (lost)' },
  'lessonUi.copies.one': { ko: '1개: 오프셋 {offsets}', en: '1 copy: offset {offsets}' },
  'lessonUi.copies.many': { ko: '{count}개: 오프셋 {offsets}', en: '{count} copies: offsets {offsets}' },
  'lessonUi.elections.one': { ko: '리더 선출 1번', en: '1 leader election' },
  'lessonUi.elections.many': { ko: '리더 선출 {count}번', en: '{count} leader elections' },

  // The producer: acknowledgements and retries
  'lesson.producer-retries.title': { ko: '프로듀서: 응답과 재시도', en: 'The producer: acknowledgements and retries' },
  'lesson.producer-retries.summary': {
    ko: '프로듀서는 브로커의 응답(ack)으로 전송이 성공했는지 알고, 응답이 없으면 재시도합니다. 멱등성이 꺼져 있으면 재시도가 중복을 만들고, 켜져 있으면 브로커가 시퀀스 번호로 중복을 버려 레코드가 한 번만 남습니다.',
    en: 'A producer learns from the broker’s acknowledgement (ack) that a send succeeded, and retries when none comes. Without idempotence a retry can write a duplicate; with it, the broker drops the copy by its sequence number and the record is written once.',
  },
  'lesson.producer-retries.step1': {
    ko: 'payments 토픽(파티션 1개)과 pay-v1 프로듀서를 준비했습니다. pay-v1은 acks=all로 보내지만 멱등성(enable.idempotence)은 일부러 껐습니다. p1 레코드를 보내자 리더가 오프셋 0에 쓰고 응답(ack)을 돌려주었습니다. 글에서 말하는 "프로듀서는 전송이 성공했는지 알 수 있다"는 바로 이 응답 덕분입니다. acks=all이면 ISR(동기화된 레플리카)에 든 레플리카가 모두 받은 뒤에 ack가 오는데, 여기서는 브로커가 하나뿐이라 리더 혼자입니다.',
    en: 'Topic payments (one partition) and producer pay-v1 are ready. pay-v1 sends with acks=all but with idempotence (enable.idempotence) deliberately off. It sent record p1; the leader wrote it at offset 0 and answered with an acknowledgement (ack). That answer is how, as the post says, a producer knows a send succeeded. With acks=all the ack comes once every in-sync replica has the record; with one broker, that is the leader alone.',
  },
  'lesson.producer-retries.step2': {
    ko: 'p2 레코드를 보냈습니다. 리더는 p2를 오프셋 1에 썼지만, 돌아오던 ack가 네트워크에서 사라졌습니다("이번 단계에서 일어난 일" 참고). 로그에는 p2가 분명히 있는데 프로듀서는 그 사실을 모릅니다. 프로듀서 쪽에서는 "써지지 않았다"와 "써졌는데 응답만 사라졌다"가 똑같아 보입니다.',
    en: 'pay-v1 sent record p2. The leader wrote it at offset 1, but the ack on its way back was lost in the network (see “What this step did”). p2 is in the log, yet the producer does not know it: from its side, "not written" and "written, but the answer was lost" look the same.',
  },
  'lesson.producer-retries.step3': {
    ko: '그동안 프로듀서는 기다리지 않고 p3를 보냈고, p3는 오프셋 2에 쓰이고 ack도 제대로 받았습니다. 프로듀서는 응답을 기다리는 요청을 여러 개 동시에 둘 수 있습니다(max.in.flight.requests.per.connection, 기본 5. 이 시뮬레이터는 개수를 제한하지 않습니다). 아직 응답을 기다리는 것은 p2의 요청뿐입니다.',
    en: 'Meanwhile the producer did not wait: it sent p3, which was written at offset 2 and acknowledged. A producer keeps several requests in flight at once (max.in.flight.requests.per.connection, 5 by default; this simulator sets no cap). Only p2’s request is still waiting for an answer.',
  },
  'lesson.producer-retries.step4.question': {
    ko: 'p2의 응답 없이 request.timeout.ms(30초)가 지나면 프로듀서는 p2를 다시 보냅니다. 그 뒤 payments 로그에서 키가 p2인 레코드는 어디에 있을까요?',
    en: 'After request.timeout.ms (30 s) without an answer for p2, the producer sends it again. Where in the payments log are the records with key p2 after that?',
  },
  'lesson.producer-retries.step4': {
    ko: '오프셋 1과 3, 두 곳입니다. 30초 동안 응답이 없자 프로듀서는 요청이 실패했다고 보고 retry.backoff.ms(100ms) 뒤에 p2를 재시도했습니다. 브로커에게 이 재시도는 그냥 새 레코드라서 오프셋 3에 한 번 더 썼습니다. 같은 결제가 두 번 기록된 중복입니다. 게다가 두 번째 p2는 p3 뒤에 붙었습니다. 첫 시도가 정말 실패했다면 p2는 p3 뒤에만 있었을 것입니다. 멱등성 없이 요청 여러 개를 동시에 보내면 재시도가 순서까지 바꿀 수 있습니다.',
    en: 'At offsets 1 and 3: two copies. After 30 s without an answer the producer took the request as failed and retried p2 after retry.backoff.ms (100 ms). To the broker the retry is just a new record, so it wrote p2 again, at offset 3. The same payment is now recorded twice, and the copy landed after p3. Had the first attempt really failed, p2 would now sit only after p3: without idempotence, retries with several requests in flight can reorder records too.',
  },
  'lesson.producer-retries.step5': {
    ko: '멱등성 없이 재시도하면 "최소 한 번(at-least-once)" 전달이 됩니다. 잃어버리지는 않지만 두 번 쓰일 수 있다는 뜻입니다. 재시도를 끄면(retries=0) 중복은 없지만, 응답을 못 받은 레코드는 실제로 써졌든 아니든 실패로 끝납니다("최대 한 번", at-most-once). 지금 payments를 읽는 컨슈머는 p1, p2, p3, p2를 차례로 받으므로 중복을 직접 걸러내야 합니다.',
    en: 'Retrying without idempotence gives at-least-once delivery: nothing is lost, but a record may be written twice. Turning retries off (retries=0) avoids duplicates, but a record whose answer is lost then simply fails, written or not (at-most-once). A consumer of payments now reads p1, p2, p3, p2 and would have to drop the duplicate itself.',
  },
  'lesson.producer-retries.step6': {
    ko: '이번에는 pay-v2 프로듀서를 기본 설정 그대로 추가했습니다. 카프카 3.0부터 기본값은 acks=all에 멱등성이 켜진 상태입니다. 멱등성 프로듀서는 브로커에게서 프로듀서 ID를 받고, 파티션마다 레코드에 0부터 차례로 시퀀스 번호를 붙입니다. p4는 시퀀스 번호 0을 달고 오프셋 4에 쓰였습니다.',
    en: 'Now producer pay-v2, with the defaults: since Kafka 3.0 that is acks=all with idempotence on. An idempotent producer gets a producer id from the broker and numbers its records per partition with a sequence number from 0. p4 went in with sequence number 0, at offset 4.',
  },
  'lesson.producer-retries.step7': {
    ko: '같은 상황을 다시 만듭니다. p5(시퀀스 번호 1)는 오프셋 5에 쓰였지만 ack가 사라졌고, 이어서 보낸 p6(시퀀스 번호 2)는 오프셋 6에 쓰이고 ack를 받았습니다.',
    en: 'The same trouble again: p5 (sequence number 1) was written at offset 5 but its ack was lost; p6 (sequence number 2), sent next, was written at offset 6 and acknowledged.',
  },
  'lesson.producer-retries.step8.question': {
    ko: '30초 뒤 pay-v2도 p5를 재시도합니다. 그 뒤 키가 p5인 레코드는 로그의 어디에 있을까요?',
    en: 'After 30 s pay-v2 retries p5 too. Where in the log are the records with key p5 after that?',
  },
  'lesson.producer-retries.step8': {
    ko: '오프셋 5, 한 곳뿐입니다. 재시도한 p5에도 처음과 같은 프로듀서 ID와 시퀀스 번호 1이 붙어 있습니다. 리더는 이 프로듀서가 보낸 최근 배치 5개의 시퀀스 번호를 기억하므로, 1번이 이미 오프셋 5에 있다는 것을 알고 새로 쓰지 않은 채 "오프셋 5에 썼다"고 응답합니다("이번 단계에서 일어난 일"에 중복을 버렸다고 나옵니다). 프로듀서는 성공을 알게 되고, 로그에는 p5가 한 번만 남습니다.',
    en: 'Only at offset 5. The retried p5 carries the same producer id and sequence number 1. The leader remembers the sequence numbers of this producer’s last five batches, sees that number 1 is already at offset 5, writes nothing, and answers "written at offset 5" (“What this step did” shows the dropped duplicate). The producer learns of its success, and the log holds p5 once.',
  },
  'lesson.producer-retries.step9': {
    ko: '멱등성은 순서도 지킵니다. 브로커는 시퀀스 번호를 건너뛴 레코드를 받지 않으므로, 재시도가 있어도 한 파티션 안에서는 보낸 순서 그대로 남습니다(p4, p5, p6). 이 보장은 프로듀서 세션 하나와 파티션 하나 안의 이야기입니다. 프로듀서가 다시 시작하면 새 프로듀서 ID를 받으므로, 재시작을 넘어서는 중복까지 막으려면 트랜잭션(transactional.id)이 필요합니다. 단순화: 이 시뮬레이터에서는 요청 하나에 레코드 하나가 담기고(linger.ms = 0), 재시도 간격에 무작위 지터가 없습니다.',
    en: 'Idempotence keeps order too: the broker refuses a record whose sequence number skips ahead, so within a partition the records stay in the order sent (p4, p5, p6), retries or not. The guarantee holds per producer session and per partition: a restarted producer gets a new producer id, and stopping duplicates across restarts takes transactions (transactional.id). Simplified here: one record per request (linger.ms = 0), and retries without random jitter.',
  },

  // The consumer: __consumer_offsets and groups
  'lesson.consumer-side.title': { ko: '컨슈머: __consumer_offsets와 그룹', en: 'The consumer: __consumer_offsets and groups' },
  'lesson.consumer-side.summary': {
    ko: '커밋된 오프셋은 __consumer_offsets 토픽에 저장되고, 그룹마다 그 토픽에서 정해진 파티션의 리더인 브로커가 코디네이터를 맡습니다. 그룹 안에서는 파티션 하나를 컨슈머 하나가 읽어 순서가 지켜지고, 파티션보다 많은 컨슈머는 대기합니다. 여러 그룹은 같은 토픽을 각자의 오프셋으로 읽습니다.',
    en: 'Committed offsets are stored in the __consumer_offsets topic, and the broker leading the group’s partition of it is the group’s coordinator. Within a group one consumer reads each partition, which keeps its order; consumers beyond the partition count wait. Several groups read the same topic, each with its own offsets.',
  },
  'lesson.consumer-side.step1': {
    ko: '브로커 3대와, 파티션 2개에 레플리카가 3개씩인 orders 토픽이 있습니다. 파티션 0의 리더는 브로커 1, 파티션 1의 리더는 브로커 2입니다. shop 프로듀서가 키 kim과 lee로 주문 4개를 보냈고, 키의 해시에 따라 lee의 주문은 파티션 0에, kim의 주문은 파티션 1에 모였습니다.',
    en: 'Three brokers, and topic orders with two partitions of three replicas each: partition 0 is led by broker 1, partition 1 by broker 2. Producer shop sent four orders keyed kim and lee; by the keys’ hash, lee’s orders went to partition 0 and kim’s to partition 1.',
  },
  'lesson.consumer-side.step2.question': {
    ko: 'shipping 그룹의 첫 컨슈머 ship-1이 주문을 읽고 오프셋을 커밋합니다. 이 커밋을 받아 보관하는 코디네이터는 어느 브로커일까요?',
    en: 'ship-1, the first consumer of group shipping, reads the orders and commits its offsets. Which broker is the coordinator that takes and keeps the commit?',
  },
  'lesson.consumer-side.step2': {
    ko: '브로커 3입니다. orders의 리더인 브로커 1, 2가 아닙니다. 커밋된 오프셋은 컨슈머가 아니라 카프카 내부 토픽 __consumer_offsets(파티션 50개)에 저장되고, 그룹 ID의 해시로 파티션이 정해집니다: abs("shipping".hashCode()) % 50 = 8. 파티션 8의 리더가 브로커 3이므로 브로커 3이 shipping 그룹의 코디네이터가 되어 그룹 참여, 하트비트, 커밋을 모두 처리합니다. 아래 콘솔의 COORDINATOR 열에서 확인할 수 있습니다. 단순화: __consumer_offsets는 리더만 모델링하고 그 로그는 그리지 않습니다.',
    en: 'Broker 3, which leads neither partition of orders (brokers 1 and 2 do). Committed offsets are kept not by the consumer but in Kafka’s internal topic __consumer_offsets (50 partitions), and the group id’s hash picks the partition: abs("shipping".hashCode()) % 50 = 8. Broker 3 leads partition 8, so it is group shipping’s coordinator: it handles the group’s joins, heartbeats and commits. The console below shows it in the COORDINATOR column. Simplified: only the leadership of __consumer_offsets is modelled, not its log.',
  },
  'lesson.consumer-side.step3': {
    ko: 'ship-2가 합류하자 리밸런스가 일어나 ship-1은 파티션 0, ship-2는 파티션 1을 맡았습니다. 그룹 안에서 한 파티션은 한 컨슈머만 읽으므로 lee의 주문은 ship-1이, kim의 주문은 ship-2가 오프셋 순서대로 처리합니다. 카프카가 보장하는 순서는 파티션 안의 순서이고, 읽을 때 그 순서를 지켜 주는 것이 "파티션마다 컨슈머 하나"입니다. ship-2는 ship-1이 커밋해 둔 오프셋 2부터 읽습니다.',
    en: 'ship-2 joined and the group rebalanced: ship-1 now owns partition 0 and ship-2 partition 1. Within a group each partition is read by one consumer only, so lee’s orders are handled by ship-1 and kim’s by ship-2, each in offset order. Kafka guarantees order within a partition, and one reader per partition is what keeps that order while reading. ship-2 starts at offset 2, which ship-1 had committed.',
  },
  'lesson.consumer-side.step4.question': {
    ko: 'ship-3까지 합류해 멤버가 3명이 되었습니다. 파티션은 2개뿐인데, 리밸런스 뒤 파티션을 하나도 맡지 못하는 멤버는 누구일까요?',
    en: 'ship-3 joins too: three members, but only two partitions. After the rebalance, which member owns no partition?',
  },
  'lesson.consumer-side.step4': {
    ko: 'ship-3입니다. range 전략은 멤버를 이름순으로 세우므로 ship-1과 ship-2가 파티션 0과 1을 그대로 맡고, ship-3은 할 일 없이 기다립니다. 그룹의 컨슈머 수는 파티션 수를 넘어도 됩니다. 남는 컨슈머는 오류 없이 그룹에 남아 대기하다가, 다른 멤버가 떠나면 그 파티션을 넘겨받습니다.',
    en: 'ship-3. The range assignor lines members up by name, so ship-1 and ship-2 keep partitions 0 and 1, and ship-3 waits with nothing to do. A group may have more consumers than partitions. The extra consumer stays in the group without error, idle, and takes over a partition when another member leaves.',
  },
  'lesson.consumer-side.step5': {
    ko: '새 주문 2개(kim, lee)가 들어왔습니다. ship-1은 파티션 0의 오프셋 2를, ship-2는 파티션 1의 오프셋 2를 읽고 각자 커밋했습니다. 두 커밋 모두 코디네이터인 브로커 3으로 갑니다. ship-3은 여전히 대기 중입니다.',
    en: 'Two new orders arrived (kim, lee). ship-1 read offset 2 of partition 0 and ship-2 offset 2 of partition 1, and each committed. Both commits go to the coordinator, broker 3. ship-3 still waits.',
  },
  'lesson.consumer-side.step6.question': {
    ko: 'ship-2가 종료되어 그룹을 떠납니다. 리밸런스가 끝난 뒤 파티션 1은 누가 읽을까요?',
    en: 'ship-2 shuts down and leaves the group. After the rebalance, who reads partition 1?',
  },
  'lesson.consumer-side.step6': {
    ko: '기다리던 ship-3입니다. 남은 멤버 ship-1과 ship-3에게 range 전략이 파티션 0과 1을 하나씩 나눴습니다. ship-3은 처음부터 읽지 않고 ship-2가 커밋해 둔 오프셋 3부터 읽어, kim의 새 주문(오프셋 3)을 받았습니다. 커밋된 오프셋이 컨슈머가 아닌 __consumer_offsets에 있으므로, 컨슈머가 바뀌거나 비정상 종료되어도 그룹은 멈춘 곳에서 이어 읽습니다.',
    en: 'The waiting ship-3. The range assignor split partitions 0 and 1 between the remaining members, ship-1 and ship-3. ship-3 did not start over: it resumed at offset 3, the offset ship-2 had committed, and got kim’s new order (offset 3). Because committed offsets live in __consumer_offsets, not in the consumer, a group picks up where it stopped when a consumer is replaced or dies.',
  },
  'lesson.consumer-side.step7.question': {
    ko: '이번에는 다른 그룹 analytics의 stats-1이 같은 orders 토픽을 처음부터 읽고 커밋합니다. analytics 그룹의 코디네이터는 어느 브로커일까요?',
    en: 'Now stats-1 of another group, analytics, reads the same topic orders from the beginning and commits. Which broker coordinates group analytics?',
  },
  'lesson.consumer-side.step7': {
    ko: '브로커 1입니다. "analytics"의 해시가 가리키는 __consumer_offsets 파티션 10의 리더가 브로커 1이기 때문입니다. 그룹마다 파티션이 달라서 코디네이터 역할이 여러 브로커에 흩어집니다. stats-1은 shipping이 이미 읽은 주문 8개를 처음부터 모두 읽었습니다. 읽는다고 레코드가 지워지지 않고, 그룹마다 오프셋을 따로 가지기 때문입니다.',
    en: 'Broker 1: the hash of "analytics" picks partition 10 of __consumer_offsets, and broker 1 leads it. Each group lands on its own partition, so coordination spreads over the brokers. stats-1 read all eight orders from the beginning, although shipping had read them already: reading deletes nothing, and each group has its own offsets.',
  },
  'lesson.consumer-side.step8': {
    ko: '콘솔에서 두 그룹의 커밋된 오프셋을 나란히 봅니다. analytics는 두 파티션 모두 4까지 커밋해 랙(lag)이 0이고, shipping은 3까지 커밋해 랙이 1입니다. ship-1과 ship-3이 오프셋 3을 읽었지만 아직 커밋하지 않았기 때문입니다. 두 그룹이 한 토픽을 각자의 속도로 읽으며, 서로의 오프셋에 영향을 주지 않습니다.',
    en: 'The console shows both groups’ committed offsets side by side. analytics committed up to 4 on both partitions, lag 0; shipping committed up to 3, lag 1, because ship-1 and ship-3 read offset 3 but have not committed yet. Two groups read one topic, each at its own pace, neither touching the other’s offsets.',
  },

  // Kafka's features
  'lesson.features.title': { ko: '카프카의 특징: 배치, 파티션, 복구 비용', en: 'Kafka’s features: batching, partitions, recovery cost' },
  'lesson.features.summary': {
    ko: '프로듀서는 레코드를 배치로 묶어 보내 처리량을 높입니다. 파티션은 병렬 처리의 단위이자 장애 복구의 단위라서, 늘리면 더 많은 컨슈머가 함께 일하지만 브로커가 비정상 종료되면 리더 선출도 그만큼 늘어납니다. 리텐션과 페이지 캐시는 말로 짚어 봅니다.',
    en: 'Producers send records in batches for throughput. The partition is the unit of parallelism and of recovery: more partitions let more consumers work, and mean more leader elections when a broker fails. Retention and the page cache, told in words.',
  },
  'lesson.features.step1': {
    ko: '브로커 3대와, 파티션 2개에 레플리카가 2개씩인 clicks 토픽이 있습니다. web 프로듀서는 카프카 3.3부터 기본값인 균등 스티키 파티셔너를 쓰고, 배치가 눈에 보이도록 batch.size를 225바이트(75바이트 레코드 3개)로 줄였습니다. 기본값은 16384바이트(16KB)입니다.',
    en: 'Three brokers, and topic clicks with two partitions of two replicas each. Producer web uses the uniform sticky partitioner (the default since Kafka 3.3), with batch.size cut to 225 bytes (three 75-byte records) so a batch is visible; the default is 16384 bytes (16 KB).',
  },
  'lesson.features.step2': {
    ko: 'web이 키 없는 클릭 6개를 보냈습니다. 앞의 3개는 파티션 0의 오프셋 0–2에, 뒤의 3개는 파티션 1의 오프셋 0–2에 들어갔습니다. 프로듀서는 파티션마다 레코드를 배치로 모으고, 스티키 파티셔너는 한 파티션의 배치를 batch.size만큼 채운 뒤에 다음 파티션으로 넘어갑니다. 실제 카프카에서는 함께 기다린 레코드들(linger.ms 동안, 또는 앞 요청이 응답을 기다리는 동안)이 배치 하나로 묶여 요청 하나에 실려 가며, 이 6개라면 배치 2개를 채웁니다. 단순화: 이 시뮬레이터는 linger.ms를 모델링하지 않아 레코드마다 요청을 따로 보내고(linger.ms = 0처럼), batch.size는 파티셔너가 언제 파티션을 바꿀지 정하는 데만 씁니다.',
    en: 'web sent six clicks without a key. The first three went to partition 0 (offsets 0–2), the next three to partition 1 (offsets 0–2). A producer gathers records into one batch per partition, and the sticky partitioner fills one partition’s batch up to batch.size before moving on. In Kafka, records that wait together (for linger.ms, or while an earlier request is in flight) travel as one batch in one request; these six would fill two batches. Simplified: the simulator does not model linger.ms; it sends each record in its own request (as with linger.ms = 0) and uses batch.size only to decide when the partitioner moves on.',
  },
  'lesson.features.step3': {
    ko: '배치가 처리량을 높이는 이유: 요청 하나에 레코드를 많이 담으면 네트워크 왕복과 요청 처리 비용이 레코드마다가 아니라 배치마다 한 번만 듭니다. 같은 브로커로 가는 여러 파티션의 배치는 요청 하나에 함께 실리고, 압축(compression.type)도 배치 단위로 하므로 더 잘 줄어듭니다. linger.ms를 조금 주면(예: 5ms) 배치가 찰 시간을 벌어, 지연이 조금 느는 대신 처리량이 늘어납니다. 카프카 4.0부터는 linger.ms의 기본값이 0에서 5ms로 바뀌었습니다(KIP-1030).',
    en: 'Why batches raise throughput: with many records in one request, network round trips and request handling are paid once per batch, not once per record. Batches of several partitions bound for the same broker share one request, and compression (compression.type) works on whole batches, so it shrinks them better. A little linger.ms (say 5 ms) gives batches time to fill: more throughput for a little latency. Since Kafka 4.0 the default linger.ms is 5 ms instead of 0 (KIP-1030).',
  },
  'lesson.features.step4': {
    ko: 'stats 그룹에 컨슈머 c1, c2, c3이 합류했습니다. 파티션이 2개뿐이라 c1이 파티션 0, c2가 파티션 1을 맡고 c3은 할 일이 없습니다. 그룹 안에서 한 파티션은 한 멤버만 읽으므로, 한 그룹에서 동시에 일할 수 있는 컨슈머 수의 상한은 파티션 수입니다.',
    en: 'Consumers c1, c2 and c3 joined group stats. With only two partitions, c1 owns partition 0, c2 partition 1, and c3 has nothing to do. Each partition is read by one member of a group, so the partition count caps how many consumers of a group can work at once.',
  },
  'lesson.features.step5.question': {
    ko: 'clicks의 파티션을 9개로 늘립니다. 리밸런스 뒤 파티션을 하나도 맡지 못하는 멤버는 누구일까요?',
    en: 'clicks grows to nine partitions. After the rebalance, which member owns no partition?',
  },
  'lesson.features.step5': {
    ko: '아무도 없습니다. 9개를 3명이 나눠 c1은 0–2, c2는 3–5, c3은 6–8을 맡아 세 컨슈머가 모두 일합니다. 파티션이 병렬 처리의 단위이므로, 더 빨리 처리하려면 파티션을 늘리고 그만큼 컨슈머를 더합니다. 프로듀서도 여러 파티션에 나눠 쓰며 병렬로 보냅니다. 다만 파티션은 줄일 수 없고, 늘리면 일부 키가 다른 파티션으로 옮겨 갑니다(확장 레슨에서 보았습니다).',
    en: 'Nobody. Nine partitions over three members: c1 owns 0–2, c2 3–5, c3 6–8, and all three work. The partition is the unit of parallelism: to go faster, add partitions and then consumers; producers, too, write to several partitions in parallel. But partitions cannot be removed, and adding them moves some keys to other partitions (as the scaling lesson showed).',
  },
  'lesson.features.step6.question': {
    ko: '브로커 1이 비정상 종료됩니다. 컨트롤러가 이를 알아챈 뒤, clicks 토픽에서 리더 선출은 몇 번 일어날까요?',
    en: 'Broker 1 crashes. Once the controller notices, how many leader elections happen in topic clicks?',
  },
  'lesson.features.step6': {
    ko: '3번입니다. broker.session.timeout.ms(9초) 동안 하트비트가 없자 컨트롤러가 브로커 1을 펜싱하고, 브로커 1이 리더였던 파티션 0, 2, 6마다 ISR(동기화된 레플리카)에 남은 레플리카 중에서 새 리더를 뽑았습니다. 브로커 1이 팔로워로만 있던 파티션은 ISR에서 브로커 1을 뺄 뿐 리더 선출이 없습니다. 새 리더가 생길 때까지 이 세 파티션에는 쓸 수도 읽을 수도 없습니다. 브로커 1이 리더였던 __consumer_offsets 파티션들도 리더가 바뀌지만 여기서는 세지 않았습니다.',
    en: 'Three. With no heartbeat for broker.session.timeout.ms (9 s) the controller fenced broker 1, then picked a new leader from the ISR (in-sync replicas) for each partition broker 1 led: 0, 2 and 6. Partitions where broker 1 was only a follower just drop it from their ISR, with no election. Until their new leaders were in place, those three partitions could be neither written nor read. The __consumer_offsets partitions broker 1 led change leader too; they are not counted here.',
  },
  'lesson.features.step7': {
    ko: '그래서 파티션은 복구 비용의 단위이기도 합니다. 한 브로커가 리더인 파티션이 수천 개라면 장애 한 번에 리더 선출도 수천 번이고, 모든 클라이언트가 바뀐 메타데이터를 다시 받아야 하므로 복구가 느려집니다. 또 파티션마다 브로커에 세그먼트 파일과 인덱스 파일이 생겨 파일 핸들과 메모리를 더 씁니다. 그러니 파티션은 필요한 병렬성만큼만 두는 것이 좋습니다. 단순화: 이 시뮬레이터는 선출을 그 자리에서 끝내고, 파일과 메모리 비용은 모델링하지 않습니다.',
    en: 'So the partition is also the unit of recovery cost. A broker leading thousands of partitions means thousands of elections in one failure, and every client must fetch the changed metadata, so recovery slows. Each partition also keeps its own segment and index files on the broker, costing file handles and memory. So keep as many partitions as the parallelism you need. Simplified: the simulator completes elections at once and does not model file or memory costs.',
  },
  'lesson.features.step8': {
    ko: '나머지 특징은 말로 짚습니다. 리텐션: 카프카는 읽힌 레코드도 retention.ms나 retention.bytes만큼 파일 시스템에 남겨 두고 세그먼트 단위로 지우며(리텐션 레슨에서 시뮬레이터로 보았습니다), 컨슈머는 커밋된 오프셋으로 어디까지 읽었는지 기억하고, 리텐션 기간 안이라면 언제든 처음부터 다시 읽을 수도 있습니다. 페이지 캐시와 제로 카피: 브로커는 운영체제의 페이지 캐시를 거쳐 읽고 쓰며, 컨슈머에게는 sendfile로 캐시에서 네트워크로 바로 보냅니다. 이 시뮬레이터는 페이지 캐시, 제로 카피, 디스크, 압축을 모델링하지 않습니다. 디커플링(결합도 낮추기): 프로듀서와 컨슈머는 서로를 모르고 토픽만 알며, 그룹의 멤버와 오프셋은 브로커(코디네이터)가 관리합니다.',
    en: 'The remaining features, in words. Retention: Kafka keeps records, read or not, on the file system for retention.ms or retention.bytes and deletes whole segments (the retention lesson showed it in the simulator); consumers remember how far they read by their committed offsets, and can read again from the start while the records are retained. Page cache and zero copy: brokers read and write through the operating system’s page cache, and send to consumers straight from the cache to the network with sendfile. This simulator models no page cache, zero copy, disk or compression. Low coupling: producers and consumers do not know each other, only topics, and the brokers (the coordinators) keep each group’s members and offsets.',
  },
} satisfies Record<string, Entry>;

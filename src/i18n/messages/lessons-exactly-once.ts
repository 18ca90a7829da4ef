import type { Entry } from '../entry.ts';

// Narration of the exactly-once lesson (src/lessons/lessons/exactly-once.ts). Terms as in
// ./transactions.ts: 트랜잭션, 코디네이터, 커밋 마커, 중단 마커, 프로듀서 에포크, 펜싱, 마지막 안정 오프셋(LSO).
export const LESSON_EXACTLY_ONCE_MESSAGES = {
  'lesson.exactly-once.title': { ko: '정확히 한 번: 트랜잭션', en: 'Exactly once: transactions' },
  'lesson.exactly-once.summary': {
    ko: '재시도가 만드는 중복은 멱등성이 막고, 읽고-처리하고-쓰는 루프의 중복은 트랜잭션이 막습니다. 중단된 레코드, 컨트롤 마커, 마지막 안정 오프셋(LSO), 좀비 프로듀서의 펜싱을 보고, "정확히 한 번"이 어디까지인지 짚습니다.',
    en: 'Idempotence stops the duplicates a retry makes; transactions stop those of a read-process-write loop. See aborted records, control markers, the last stable offset (LSO) and a zombie producer fenced, and where "exactly once" ends.',
  },
  'lesson.exactly-once.step1': {
    ko: '"정확히 한 번"은 장애가 나도 각 레코드의 결과가 한 번만 남는다는 뜻입니다. 먼저 프로듀서만 놓고 봅시다. 멱등성을 끈 pay-v1이 p1을 보냈고, 리더는 오프셋 0에 썼지만 ack가 사라졌습니다.',
    en: '"Exactly once" means each record’s result is kept once, even when something fails. First the producer alone: pay-v1, with idempotence off, sent p1; the leader wrote it at offset 0, but the ack was lost.',
  },
  'lesson.exactly-once.step2.question': {
    ko: '30초(request.timeout.ms) 동안 응답이 없으면 pay-v1은 p1을 재시도합니다. 그 뒤 payments에서 키가 p1인 레코드는 어디에 있을까요?',
    en: 'After 30 s (request.timeout.ms) without an answer, pay-v1 retries p1. Where in payments are the records with key p1 after that?',
  },
  'lesson.exactly-once.step2': {
    ko: '오프셋 0과 1, 두 곳입니다. 멱등성이 없으면 브로커에게 재시도는 새 레코드일 뿐입니다. 자세한 과정은 "프로듀서: 응답과 재시도" 레슨에서 다뤘습니다.',
    en: 'At offsets 0 and 1: two copies. Without idempotence a retry is just a new record to the broker. The lesson "The producer: acknowledgements and retries" walks through it.',
  },
  'lesson.exactly-once.step3': {
    ko: '기본 설정(멱등성 켜짐)인 pay-v2에도 같은 일이 일어났지만, p2는 오프셋 2에 한 번만 남았습니다. 리더가 시퀀스 번호로 재시도를 알아보고 버렸습니다. 하지만 이 보장은 프로듀서 세션 하나 안에서만 통합니다.',
    en: 'pay-v2, with the defaults (idempotence on), went through the same and p2 is kept once, at offset 2: the leader recognised the retry by its sequence number and dropped it. But this holds only within one producer session.',
  },
  'lesson.exactly-once.step4': {
    ko: '이제 읽고-처리하고-쓰는 앱입니다. billing은 orders의 주문(o1, o2, o3)마다 invoices에 청구서를 씁니다. 프로듀서 billing-1에는 transactional.id billing-tx가 있고, initTransactions()로 코디네이터에 등록했습니다.',
    en: 'Now a read-process-write app: billing writes an invoice to invoices for each order in orders (o1, o2, o3). Its producer billing-1 has transactional.id billing-tx and registered with the coordinator through initTransactions().',
  },
  'lesson.exactly-once.step5.question': {
    ko: 'billing이 주문 세 개를 읽고 트랜잭션 안에서 청구서 세 개와 입력 오프셋(sendOffsetsToTransaction)을 썼지만 아직 커밋하지 않았습니다. 감사용 컨슈머 둘이 invoices를 처음부터 읽습니다. read_committed인 audit-rc의 위치는 어디가 될까요?',
    en: 'billing read three orders and, in a transaction, wrote three invoices and its input offsets (sendOffsetsToTransaction), but has not committed yet. Two audit consumers read invoices from the start. Where will audit-rc, which is read_committed, be?',
  },
  'lesson.exactly-once.step5': {
    ko: '0입니다. 열린 트랜잭션이 오프셋 0에서 시작하므로 마지막 안정 오프셋(LSO)이 0이고, read_committed는 그 앞에서 멈춥니다. read_uncommitted인 audit-ru는 하이 워터마크 3까지, 아직 열린 레코드 세 개를 모두 읽었습니다.',
    en: 'At 0. The open transaction starts at offset 0, so the last stable offset (LSO) is 0 and read_committed stops before it. audit-ru, read_uncommitted, read up to the high watermark 3: all three records of the open transaction.',
  },
  'lesson.exactly-once.step6': {
    ko: '커밋하기 직전에 billing이 비정상 종료되었습니다. 같은 transactional.id로 시작한 billing-2의 initTransactions()가 남은 트랜잭션을 중단했고, 코디네이터가 쓴 중단 마커가 오프셋 3을 차지했습니다. 입력 오프셋도 함께 버려졌으므로 주문은 다시 처리됩니다.',
    en: 'billing died just before the commit. billing-2, started with the same transactional.id, aborted the leftover transaction in initTransactions(), and the coordinator’s abort marker took offset 3. The input offsets were dropped with it, so the orders will be processed again.',
  },
  'lesson.exactly-once.step7.question': {
    ko: '두 감사용 컨슈머가 다시 poll합니다. 이번에 audit-rc의 위치는 어디가 될까요?',
    en: 'Both audit consumers poll again. Where will audit-rc be this time?',
  },
  'lesson.exactly-once.step7': {
    ko: '4입니다. 중단된 레코드 0~2와 마커 3을 건너뛰었고, 받은 레코드는 없습니다. read_committed는 중단된 레코드를 한 번도 보지 못하지만, read_uncommitted는 이미 세 개를 애플리케이션에 넘겼습니다.',
    en: 'At 4. It skipped the aborted records 0 to 2 and the marker at 3, and got no record. read_committed never sees aborted records; read_uncommitted had already handed all three to its application.',
  },
  'lesson.exactly-once.step8': {
    ko: 'billing이 다시 시작해 주문 세 개를 다시 처리하고, 이번에는 billing-2로 커밋했습니다. 로그는 지우지 않으므로 o1의 청구서는 오프셋 0(중단됨)과 4(커밋됨) 두 곳에 있고, 커밋 마커가 오프셋 7을 차지했습니다. 입력 오프셋 3도 이 커밋과 함께 커밋되었습니다.',
    en: 'billing restarted, processed the three orders again and this time committed with billing-2. The log deletes nothing, so o1’s invoice is at offset 0 (aborted) and at 4 (committed), and the commit marker took offset 7. The input offset 3 was committed with this commit.',
  },
  'lesson.exactly-once.step9.question': {
    ko: '두 감사용 컨슈머가 다시 poll합니다. audit-rc가 읽는 첫 오프셋은 무엇일까요?',
    en: 'Both audit consumers poll again. What is the first offset audit-rc reads?',
  },
  'lesson.exactly-once.step9': {
    ko: '4입니다. audit-rc는 o1, o2, o3의 청구서를 한 번씩만 받았습니다. audit-ru도 4~6을 받았으니, 통틀어 같은 청구서를 두 번씩 본 셈입니다.',
    en: 'Offset 4. audit-rc got the invoices of o1, o2 and o3 once each. audit-ru got 4 to 6 too, so in all it saw each invoice twice.',
  },
  'lesson.exactly-once.step10.question': {
    ko: '이번에는 커밋 직후에 billing이 멈췄고, 새 인스턴스가 billing-3으로 initTransactions()를 호출하고 다시 poll합니다. orders에서 billing의 위치는 어디가 될까요?',
    en: 'This time billing stalls right after the commit; a new instance calls initTransactions() as billing-3 and polls again. Where will billing be in orders?',
  },
  'lesson.exactly-once.step10': {
    ko: '3입니다. 오프셋이 트랜잭션과 함께 커밋되었으므로 다시 처리할 주문이 없습니다. 결과와 입력 위치가 한꺼번에 커밋되거나 한꺼번에 버려진다는 것이 핵심입니다.',
    en: 'At 3. The offsets were committed with the transaction, so there is no order to redo. The point: the results and the input position are committed together or dropped together.',
  },
  'lesson.exactly-once.step11.question': {
    ko: '멈췄던 billing-2는 종료된 것이 아니었습니다. 깨어나서 자신이 교체된 줄 모르고 o1의 청구서를 다시 보냅니다. 이 전송은 어떻게 될까요?',
    en: 'The stalled billing-2 was not dead. It wakes up, unaware it was replaced, and sends o1’s invoice again. What becomes of this send?',
  },
  'lesson.exactly-once.step11': {
    ko: '오류입니다. billing-3의 initTransactions()가 프로듀서 에포크를 3으로 올렸으므로, 에포크 2인 billing-2는 좀비로 펜싱되어 INVALID_PRODUCER_EPOCH를 받고 아무것도 쓰지 못했습니다. transactional.id를 인스턴스마다 고정해 두어야 이 펜싱이 작동합니다. 카프카 4.0부터는(트랜잭션 버전 2, KIP-890) 커밋이나 중단 때마다 에포크가 하나씩 더 올라가서, 끝난 트랜잭션의 재시도가 뒤늦게 도착해도 같은 식으로 펜싱됩니다.',
    en: 'An error. billing-3’s initTransactions() raised the producer epoch to 3, so billing-2, at epoch 2, is a fenced zombie: it got INVALID_PRODUCER_EPOCH and wrote nothing. This fencing works because each instance keeps a stable transactional.id. Since Kafka 4.0 (transaction version 2, KIP-890) every commit or abort bumps the epoch too, so a late retry of an ended transaction is fenced the same way.',
  },
  'lesson.exactly-once.step12': {
    ko: '정확히 한 번은 어디까지일까요? 카프카 토픽에서 읽고 카프카 토픽에 쓰는 범위 안에서만, 그리고 read_committed로 읽을 때만입니다. 처리 중에 메일을 보내거나 외부 DB에 쓰는 부수 효과는 트랜잭션이 되돌리지 못하므로, 재처리될 때 또 일어납니다.',
    en: 'Exactly once where? Within Kafka: reading from Kafka topics and writing to Kafka topics, for readers that use read_committed. Side effects outside, such as sending an email or writing to an external database while processing, are not undone by an abort and happen again on reprocessing.',
  },
} satisfies Record<string, Entry>;

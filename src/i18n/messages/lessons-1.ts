import type { Entry } from '../entry.ts';

// Narration of lessons 1–3 (why-kafka, topics, partition-log); merged into LESSON_MESSAGES by ./lessons.ts.
// One entry per step (`lesson.<id>.step<n>`, n from 1) and per prediction (`….step<n>.question`).
export const LESSON_MESSAGES_1 = {
  // 1. Why Kafka
  'lesson.why-kafka.title': { ko: '왜 카프카인가', en: 'Why Kafka?' },
  'lesson.why-kafka.summary': {
    ko: '앱끼리 직접 잇던 N×M개의 연결이, 모두가 카프카하고만 이야기하면 N+M개로 줄어드는 이유를 살펴봅니다.',
    en: 'See why N×M point-to-point links shrink to N+M once every application talks only to Kafka.',
  },
  'lesson.why-kafka.step1': {
    ko: '처음에는 단순합니다. 주문 앱 하나가 데이터베이스 하나에 데이터를 보내니 연결은 1개뿐이죠. 데이터를 보내는 쪽을 소스 애플리케이션, 받는 쪽을 타깃 애플리케이션이라고 부르겠습니다.',
    en: 'It starts simple: one app, orders, sends data to one database, so there is a single link. Let us call the sender a source application and the receiver a target application.',
  },
  'lesson.why-kafka.step2': {
    ko: '서비스가 커지면서 소스가 4개(주문, 결제, 회원, 웹 로그), 타깃이 5개(데이터베이스, 검색, 분석, 알림, 모니터링)로 늘었습니다. 모든 소스가 모든 타깃에 직접 연결하면 4 × 5 = 20개의 연결을 만들고 관리해야 합니다.',
    en: 'As the business grows there are 4 sources (orders, payments, members, web logs) and 5 targets (database, search, analytics, notifications, monitoring). If every source connects to every target directly, that is 4 × 5 = 20 links to build and keep running.',
  },
  'lesson.why-kafka.step3': {
    ko: '문제는 개수만이 아닙니다. 연결마다 JDBC, REST, FTP처럼 프로토콜과 데이터 형식이 제각각이고, 타깃 하나가 느려지거나 멈추면 그 타깃에 보내던 소스 4개가 모두 함께 막힙니다. 그림에서는 검색이 멈췄습니다.',
    en: 'The count is not the only problem. Each link has its own protocol and data format (JDBC, REST, FTP…), and when one target slows down or stops, all 4 sources sending to it get stuck too. In the picture, search has stopped.',
  },
  'lesson.why-kafka.step4': {
    ko: '여기에 배송이라는 소스를 하나만 더 붙여도 5 × 5 = 25개로, 연결이 한꺼번에 5개 늘어납니다. 타깃을 하나 추가하면 모든 소스를 고쳐야 하고요. 직접 연결하는 구조에서 연결 수는 앱 수의 곱으로 자랍니다.',
    en: 'Add just one more source, delivery, and it becomes 5 × 5 = 25: five new links at once. Add a target and every source has to change. With direct links, the number of links grows as a product.',
  },
  'lesson.why-kafka.step5': {
    ko: '이제 가운데에 카프카를 둡니다. 처음의 소스 4개와 타깃 5개로 돌아가 보면, 소스는 카프카에만 보내고 타깃은 카프카에서만 가져오니 연결은 20개가 아니라 4 + 5 = 9개입니다. 모두가 카프카의 프로토콜 하나만 알면 됩니다.',
    en: 'Now put Kafka in the middle, back with the first 4 sources and 5 targets. Sources only send to Kafka and targets only read from Kafka, so they need 4 + 5 = 9 links instead of 20, all speaking a single protocol: Kafka’s.',
  },
  'lesson.why-kafka.step6': {
    ko: '배송 소스를 다시 붙여도 5 + 5 = 10개로 연결은 딱 1개 늘고, 타깃은 아무것도 바꾸지 않아도 됩니다. 소스와 타깃이 10개씩이라면 직접 연결은 100개, 카프카를 거치면 20개입니다. 그림 아래에서 앱 수를 바꿔 가며 두 숫자를 비교해 보세요.',
    en: 'Add delivery again and it is 5 + 5 = 10: a single new link, and no target changes at all. With 10 sources and 10 targets, direct wiring needs 100 links; through Kafka, 20. Try other numbers below the picture and compare the two counts.',
  },
  'lesson.why-kafka.step7': {
    ko: '카프카가 데이터를 보관해 두므로 타깃(그림에서는 검색)이 잠시 느리거나 멈춰도 소스는 계속 보낼 수 있고, 타깃은 회복한 뒤 밀린 데이터를 이어서 읽습니다. 소스와 타깃이 서로를 모르고도 일할 수 있게 된 것, 이것을 디커플링(결합도 낮추기)이라고 합니다.',
    en: 'Because Kafka keeps the data, sources keep sending while a target (search, in the picture) is slow or down, and the target catches up once it recovers. Sources and targets work without knowing each other: they are decoupled.',
  },
  'lesson.why-kafka.step8': {
    ko: '이제 용어를 정리해 봅시다. 카프카에 데이터를 보내는 애플리케이션을 프로듀서, 카프카에서 데이터를 읽어 가는 애플리케이션을 컨슈머라고 부릅니다.',
    en: 'Time for the vocabulary. An application that sends data to Kafka is a producer; an application that reads data from Kafka is a consumer.',
  },
  'lesson.why-kafka.step9': {
    ko: '프로듀서는 데이터를 토픽이라는 이름 붙은 통로에 보내고, 컨슈머는 필요한 토픽을 구독해 읽습니다. 카프카에 쌓이는 데이터 한 건 한 건은 레코드라고 합니다. 다음 레슨에서 직접 토픽을 만들어 봅시다.',
    en: 'A producer sends data to a named stream called a topic, and a consumer subscribes to the topics it needs. Each piece of data stored in Kafka is a record. In the next lesson you will create a topic yourself.',
  },

  // 2. Topics
  'lesson.topics.title': { ko: '토픽: 목적별로 나눈 데이터 통로', en: 'Topics: named streams, one per purpose' },
  'lesson.topics.summary': {
    ko: '프로듀서는 이름 붙은 토픽에 레코드를 보내고, 컨슈머는 토픽을 구독해 읽습니다. orders와 payments처럼 목적에 따라 토픽을 나눕니다.',
    en: 'Producers publish records to a named topic and consumers subscribe to it; topics such as orders and payments keep data apart by purpose.',
  },
  'lesson.topics.step1': {
    ko: 'orders라는 토픽을 만들고, 주문을 보낼 order-service 프로듀서를 준비했습니다. 토픽은 데이터베이스의 테이블이나 파일 시스템의 폴더처럼, 같은 종류의 데이터를 모아 두는 이름 붙은 공간입니다. 파티션은 아직 1개만 쓰고, 다음 레슨에서 자세히 다룹니다.',
    en: 'We created a topic named orders and an order-service producer to send orders. A topic is a named place for one kind of data, much like a table in a database or a folder in a file system. It has a single partition for now; partitions come in the next lesson.',
  },
  'lesson.topics.step2': {
    ko: 'order-service가 주문 레코드 3개를 orders 토픽에 보냈습니다. 프로듀서는 토픽 이름만 알면 되고, 누가 이 데이터를 읽을지는 전혀 몰라도 됩니다.',
    en: 'order-service published three order records to orders. A producer only needs the topic’s name; it does not need to know who will read the data.',
  },
  'lesson.topics.step3': {
    ko: '배송 서비스의 컨슈머 shipping이 orders 토픽을 구독하고, poll() 한 번으로 레코드 3개를 보낸 순서 그대로 읽었습니다. 컨슈머도 프로듀서를 모른 채 토픽 이름만으로 데이터를 가져옵니다. (이미 쌓인 레코드부터 읽도록 auto.offset.reset=earliest로 두었는데, 이 설정은 5번째 레슨에서 다룹니다.)',
    en: 'The shipping service’s consumer, shipping, subscribed to orders and polled the three records in the order they were sent. The consumer, too, knows only the topic’s name, not the producer. (It is set to auto.offset.reset=earliest so it reads records already there; lesson 5 explains this setting.)',
  },
  'lesson.topics.step4': {
    ko: '결제 데이터는 성격이 다르니 payments 토픽을 따로 만들었고, payment-service 프로듀서가 결제 레코드 2개를 보냈습니다. 주문과 결제가 한 토픽에 섞이지 않으니, 읽는 쪽은 필요한 데이터만 골라 읽을 수 있습니다.',
    en: 'Payments are a different kind of data, so they get their own topic, payments, where payment-service published two records. Orders and payments never mix, so each reader takes only what it needs.',
  },
  'lesson.topics.step5': {
    ko: '정산 서비스의 컨슈머 billing은 payments 토픽만 구독했습니다. 그래서 결제 레코드 2개만 읽고, orders의 주문은 하나도 받지 않습니다.',
    en: 'The billing consumer subscribes to payments only, so it reads the two payment records and none of the orders.',
  },
  'lesson.topics.step6': {
    ko: '새 주문과 새 결제가 하나씩 들어왔습니다. shipping은 새 주문만, billing은 새 결제만 받습니다. 토픽이 데이터의 목적을 가르는 경계 역할을 하는 셈입니다.',
    en: 'One new order and one new payment arrive. shipping receives only the order and billing only the payment: a topic is the boundary between purposes.',
  },
  'lesson.topics.step7': {
    ko: '분석 서비스의 컨슈머 analytics는 orders와 payments를 모두 구독해 두 토픽의 레코드를 전부 읽었습니다. shipping이 이미 읽은 주문도 그대로 남아 있었죠. 한 컨슈머가 여러 토픽을 구독할 수 있고, 한 토픽을 여러 서비스가 함께 읽을 수도 있습니다.',
    en: 'The analytics consumer subscribes to both orders and payments and reads every record of both, including the orders shipping had already read. One consumer can subscribe to several topics, and one topic can have many readers.',
  },
  'lesson.topics.step8': {
    ko: '정리하면, 프로듀서와 컨슈머는 서로를 모르고 토픽 이름으로만 만납니다. 그래서 새 서비스를 붙일 때 기존 서비스를 건드릴 필요가 없습니다. 다음 레슨에서는 토픽 안을 들여다보며 파티션이라는 로그를 살펴봅니다.',
    en: 'To sum up: producers and consumers never meet; they only share a topic name. That is why a new service can join without touching the existing ones. Next, we look inside a topic at the log called a partition.',
  },

  // 3. Partitions as logs
  'lesson.partition-log.title': { ko: '파티션: 순서대로 쌓이는 로그', en: 'Partitions: an ordered, append-only log' },
  'lesson.partition-log.summary': {
    ko: '레코드는 파티션 끝에 차례로 붙으며 0, 1, 2… 오프셋을 받습니다. 읽어도 지워지지 않으니 다른 컨슈머 그룹이 같은 레코드를 다시 읽을 수 있습니다.',
    en: 'Records are appended to the end of a partition and numbered 0, 1, 2… by offset. Reading deletes nothing, so another consumer group can read the same records again.',
  },
  'lesson.partition-log.step1': {
    ko: '파티션이 1개인 events 토픽과 app 프로듀서를 준비했습니다. 토픽의 데이터는 실제로는 파티션에 저장되는데, 파티션은 레코드를 뒤에 덧붙이기만 하는 로그(append-only log)입니다. 지금은 비어 있습니다.',
    en: 'Here is a topic, events, with one partition, and a producer, app. A topic’s data lives in its partitions, and a partition is an append-only log: records are only ever added at the end. It is empty for now.',
  },
  'lesson.partition-log.step2': {
    ko: '첫 레코드 signup이 파티션 0에 들어가 오프셋 0을 받았습니다. 오프셋은 파티션 안에서 레코드의 위치를 나타내는 번호로, 0부터 시작합니다.',
    en: 'The first record, signup, went into partition 0 and got offset 0. An offset is a record’s position within its partition, counted from 0.',
  },
  'lesson.partition-log.step3': {
    ko: '레코드 3개가 더 들어와 오프셋 1, 2, 3을 차례로 받았습니다. 새 레코드는 언제나 맨 끝에 붙을 뿐, 중간에 끼어들거나 이미 쓰인 레코드를 고치는 일은 없습니다. 그래서 파티션 안의 순서는 곧 쓰인 순서입니다.',
    en: 'Three more records arrived and took offsets 1, 2 and 3. A new record always goes at the end; nothing is inserted in between and nothing written is changed, so the order within a partition is the order of writing.',
  },
  'lesson.partition-log.step4.question': {
    ko: 'reader-a 그룹의 컨슈머 reader-a1이 가장 오래된 레코드부터 최대 2개를 읽습니다. 읽고 나면 reader-a1이 다음에 읽을 오프셋은 몇일까요?',
    en: 'reader-a1, in group reader-a, reads at most two records, oldest first. Afterwards, which offset will reader-a1 read next?',
  },
  'lesson.partition-log.step4': {
    ko: 'reader-a1은 오프셋 0과 1을 읽었고, 다음에 읽을 위치(position)는 2가 되었습니다. 큐처럼 가장 오래된 것부터 순서대로 읽는 셈입니다.',
    en: 'reader-a1 read offsets 0 and 1, so its position, the next offset to read, is now 2. Like a queue, it takes the oldest records first.',
  },
  'lesson.partition-log.step5': {
    ko: 'reader-a1이 남은 오프셋 2와 3도 읽었습니다. 그런데 파티션을 보세요. 레코드 4개가 그대로 남아 있습니다. 전통적인 메시지 큐와 달리 카프카는 읽었다고 레코드를 지우지 않습니다.',
    en: 'reader-a1 read the rest, offsets 2 and 3. Yet look at the partition: all four records are still there. Unlike a classic message queue, Kafka does not delete a record because it was read.',
  },
  'lesson.partition-log.step6': {
    ko: '새 레코드 logout이 오프셋 4로 붙었고, reader-a1은 자기 위치에서 이어 읽어 이 레코드 하나만 받았습니다. 컨슈머는 파티션마다 어디까지 읽었는지를 오프셋으로 기억합니다.',
    en: 'A new record, logout, was appended at offset 4, and reader-a1 carried on from its position and got just that one. A consumer keeps track, per partition, of how far it has read by offset.',
  },
  'lesson.partition-log.step7.question': {
    ko: '새 컨슈머 그룹 reader-b의 reader-b1이 처음부터(earliest) 읽기 시작해 한 번에 모두 가져옵니다. reader-a1이 이미 다 읽은 레코드들인데, 이 poll()이 끝나면 reader-b1이 다음에 읽을 오프셋은 몇일까요?',
    en: 'reader-b1, in a new group reader-b, starts from the beginning (earliest) and fetches everything in one poll. reader-a1 has already read all these records. After this poll, which offset will reader-b1 read next?',
  },
  'lesson.partition-log.step7': {
    ko: 'reader-b1은 오프셋 0부터 4까지 다섯 레코드를 모두 읽었고, 다음 위치는 5입니다. 다른 컨슈머 그룹은 같은 레코드를 처음부터 따로 읽을 수 있는데, 읽어도 지워지지 않기 때문에 가능한 일입니다.',
    en: 'reader-b1 read all five records, offsets 0 to 4, and its next position is 5. A different consumer group reads the same records again on its own, which works only because reading deletes nothing.',
  },
  'lesson.partition-log.step8': {
    ko: '정리하면 파티션은 순서가 있는 로그이고 오프셋은 그 안의 위치이며, 레코드는 읽어도 사라지지 않고 리텐션 기간이 지나야 지워집니다. 그렇다면 컨슈머가 멈췄다가 다시 시작하면 어디서부터 읽어야 할까요? 다음 레슨에서 오프셋 커밋으로 답해 봅니다.',
    en: 'In short: a partition is an ordered log, an offset is a position in it, and records are not removed by reading; only retention removes them. So where does a consumer resume after it stops? The next lesson answers with committed offsets.',
  },
} satisfies Record<string, Entry>;

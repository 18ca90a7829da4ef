import type { Entry } from '../entry.ts';

// Narration of lessons 6–8 (keys, scaling, retention); merged into LESSON_MESSAGES by ./lessons.ts.
// The numbers quoted here (partitions, offsets, bytes) are checked against the engine by src/lessons/lessons.test.ts.
export const LESSON_MESSAGES_3 = {
  // 6. Keys and partitioners
  'lesson.keys.title': { ko: '키: 같은 키는 같은 파티션으로', en: 'Keys: same key, same partition' },
  'lesson.keys.summary': {
    ko: '키가 있는 레코드는 murmur2 해시로 파티션이 정해져, 같은 키끼리는 순서가 지켜집니다. 키가 없으면 프로듀서의 파티셔너가 정하는데, 카프카 3.3 이상은 스티키 방식을 씁니다.',
    en: 'A keyed record’s partition comes from the murmur2 hash, so records with the same key stay in order. Without a key the producer’s partitioner decides; Kafka 3.3+ uses a sticky strategy.',
  },
  'lesson.keys.step1': {
    ko: '파티션이 3개인 orders 토픽과 shop 프로듀서를 준비했습니다. 파티션이 여러 개면 레코드마다 어느 파티션으로 갈지 정해야 하는데, 그 기준이 바로 키입니다.',
    en: 'Topic orders has three partitions, and producer shop is ready. With several partitions every record needs a partition, and the key is what decides it.',
  },
  'lesson.keys.step2': {
    ko: '키가 alice인 레코드가 파티션 0에 들어갔습니다. 프로듀서는 키의 UTF-8 바이트로 murmur2 해시를 구하고, & 0x7fffffff로 양수로 만든 뒤, 파티션 수 3으로 나눈 나머지를 파티션 번호로 씁니다. 레코드를 누르면 ‘이 레코드는 왜 여기에?’ 패널에서 실제 숫자를 확인할 수 있습니다.',
    en: 'A record with key alice went to partition 0. The producer hashes the key’s UTF-8 bytes with murmur2, makes the hash positive with & 0x7fffffff, and takes the remainder modulo the partition count, 3. Click the record to see the actual numbers in the panel ‘Why is this record here?’.',
  },
  'lesson.keys.step3': {
    ko: '키 dave는 파티션 1, carol은 파티션 2로 갔습니다. 키가 다르면 해시도 달라 대개 여러 파티션으로 흩어집니다.',
    en: 'Key dave went to partition 1 and carol to partition 2. Different keys hash differently, so they usually spread out.',
  },
  'lesson.keys.step4.question': {
    ko: 'alice가 두 번째 레코드 pay를 보냅니다. 이 레코드는 어느 파티션으로 갈까요?',
    en: 'alice sends a second record, pay. Which partition does it go to?',
  },
  'lesson.keys.step4': {
    ko: '처음과 같은 파티션 0입니다. 키와 파티션 수가 같으면 계산 결과도 늘 같으니까요. 그래서 alice의 cart 다음에 pay가 온다는 순서가 한 파티션 안에서 지켜지며, 카프카가 보장하는 순서는 바로 이 파티션 안의 순서입니다.',
    en: 'Partition 0 again: the same key and the same partition count always give the same result. So alice’s pay follows her cart within one partition, and that is exactly the ordering Kafka guarantees: order within a partition.',
  },
  'lesson.keys.step5': {
    ko: 'bob도 파티션 0으로 갔습니다. 키가 다르다고 꼭 다른 파티션으로 가는 것은 아니며, 보장되는 것은 "같은 키는 같은 파티션"뿐입니다. alice의 세 번째 레코드 ship도 파티션 0에 순서대로 붙었습니다.',
    en: 'bob landed on partition 0 too: different keys may share a partition, and the only promise is "same key, same partition". alice’s third record, ship, also joined partition 0, in order.',
  },
  'lesson.keys.step6': {
    ko: '이번에는 키 없이 레코드 2개를 보냈습니다. shop 프로듀서는 카프카 2.3 이하의 DefaultPartitioner(키는 해시, 키 없는 레코드는 차례로)를 일부러 골랐으므로 파티션 0과 1에 하나씩 차례로 넣었습니다. 카프카 3.3 이상의 기본 파티셔너는 다르게 동작합니다: 키 없는 레코드를 배치 하나만큼 한 파티션에 모읍니다(뒤에서 봅니다).',
    en: 'Now two records without a key. Producer shop deliberately uses the DefaultPartitioner of Kafka 2.3 and earlier (keys hash, keyless records rotate), so they went to partitions 0 and 1, one each in turn. Kafka 3.3+ does otherwise by default: keyless records stay on one partition for a whole batch (shown later).',
  },
  'lesson.keys.step7.question': {
    ko: '키 없는 레코드를 하나 더 보냅니다. 카프카 2.3의 DefaultPartitioner라면 어느 파티션으로 갈까요?',
    en: 'One more record without a key. With the Kafka 2.3 DefaultPartitioner, which partition does it go to?',
  },
  'lesson.keys.step7': {
    ko: '차례대로 파티션 2입니다. 이 파티셔너에서는 키가 없으면 레코드가 올 때마다 파티션이 바뀌고, 요즘 파티셔너에서도 배치마다 바뀝니다. 그래서 순서가 중요한 데이터에는 키를 붙여야 합니다.',
    en: 'Partition 2, next in turn. With this partitioner a keyless record changes partition every time (and with today’s, every batch), so data whose order matters needs a key.',
  },
  'lesson.keys.step8': {
    ko: 'tracker 프로듀서는 카프카 3.3부터 기본값인 균등 스티키(uniform sticky) 파티셔너를 쓰고, 잘 보이도록 batch.size를 200바이트로 줄였습니다. 키 없는 레코드 6개 중 앞의 3개는 파티션 1에, 뒤의 3개는 파티션 0에 몰렸습니다. 한 파티션에 보낸 양이 batch.size에 이르면(73바이트 레코드 3개째) 그때 무작위로 다른 파티션을 고르기 때문입니다.',
    en: 'Producer tracker uses the uniform sticky partitioner, the default since Kafka 3.3, with batch.size cut to 200 bytes so the effect shows. Of six keyless records, the first three went to partition 1 and the next three to partition 0: only once batch.size bytes have gone to one partition (at the third 73-byte record) does it pick another at random.',
  },
  'lesson.keys.step9': {
    ko: '프로듀서는 파티션별로 배치를 모아 보내므로, 레코드를 매번 다른 파티션에 흩으면 배치는 작아지고 요청은 많아집니다. 한 파티션의 배치를 채워서 보내면 요청은 줄고 처리량은 늘며, 길게 보면 분배도 고르게 됩니다. 그래서 카프카 2.4부터 스티키 방식이 기본값이 되었고, 3.3부터는 batch.size만큼 보낸 뒤 파티션을 바꾸는 균등 스티키로 다듬어졌습니다.',
    en: 'A producer sends records in one batch per partition, so scattering records over every partition makes batches small and requests many. Filling one partition’s batch at a time means fewer, bigger requests and more throughput, and over time the partitions still even out. That is why sticky became the default in Kafka 2.4, refined in 3.3 into uniform sticky, which moves on after batch.size bytes.',
  },
  'lesson.keys.step10.question': {
    ko: 'tracker가 이번에는 키 alice를 붙여 refund를 보냅니다. 스티키 파티셔너를 쓰는 프로듀서인데, 이 레코드는 어느 파티션으로 갈까요?',
    en: 'tracker now sends refund with key alice. It uses a sticky partitioner; which partition does this record go to?',
  },
  'lesson.keys.step10': {
    ko: 'alice의 다른 레코드와 같은 파티션 0입니다. 카프카의 기본 파티셔너들은 키 없는 레코드만 정하고, 키가 있으면 언제나 키의 해시로 정합니다(키를 무시하는 것은 직접 골라야 하는 RoundRobinPartitioner뿐입니다). 그래서 shop이 보낸 alice와 tracker가 보낸 alice가 한 파티션에 모입니다.',
    en: 'Partition 0, with alice’s other records. Kafka’s default partitioners only decide keyless records; a key always decides by its hash (only RoundRobinPartitioner, which you must choose, ignores keys). So alice’s records from shop and from tracker meet in one partition.',
  },

  // 7. Scaling with partitions
  'lesson.scaling.title': { ko: '확장: 파티션 수만큼 나눠 읽기', en: 'Scaling: consumers share the partitions' },
  'lesson.scaling.summary': {
    ko: '그룹에 컨슈머를 더하면 파티션이 멤버들에게 나뉘지만, 파티션보다 많은 컨슈머는 놀게 됩니다. 파티션은 늘릴 수만 있고, 늘리면 일부 키가 다른 파티션으로 옮겨 갑니다.',
    en: 'Adding consumers to a group spreads the partitions among them, but consumers beyond the partition count sit idle. Partitions can only be added, and adding them moves some keys.',
  },
  'lesson.scaling.step1': {
    ko: '파티션 4개짜리 orders 토픽에 키(lee, kim, jung, park)가 붙은 주문 6개가 있고, order-app 그룹에는 컨슈머 c1 하나뿐입니다. 그래서 c1이 파티션 0–3을 혼자 모두 맡습니다.',
    en: 'Topic orders has four partitions and six orders keyed lee, kim, jung and park. Group order-app has a single consumer, c1, so c1 owns all four partitions, 0 to 3.',
  },
  'lesson.scaling.step2.question': {
    ko: '처리가 밀려서 c2를 추가합니다. 그룹은 range 할당 전략을 씁니다. 리밸런스가 끝나면 파티션 3은 누가 맡을까요?',
    en: 'Processing falls behind, so c2 joins. The group uses the range assignor. After the rebalance, who owns partition 3?',
  },
  'lesson.scaling.step2': {
    ko: 'c2입니다. range 전략은 멤버를 이름순으로 세우고 파티션을 연속된 구간으로 나눠, 4개를 2명이 나누면 c1은 0–1, c2는 2–3을 맡습니다. 이렇게 멤버가 들고 날 때마다 그룹이 파티션을 다시 나누는 것을 리밸런스라고 합니다.',
    en: 'c2. The range assignor lines members up by name and hands out consecutive ranges: four partitions over two members gives c1 partitions 0–1 and c2 partitions 2–3. Redistributing partitions whenever members come or go is called a rebalance.',
  },
  'lesson.scaling.step3.question': {
    ko: 'c3이 들어옵니다. 파티션 4개를 3명이 나누면 파티션 1은 누가 맡을까요?',
    en: 'c3 joins. With four partitions over three members, who owns partition 1?',
  },
  'lesson.scaling.step3': {
    ko: 'c1입니다. 4 ÷ 3은 몫 1, 나머지 1이라 맨 앞의 c1이 하나를 더 받아 0–1을 맡고, c2는 2, c3은 3을 맡습니다. range 전략은 나누어떨어지지 않으면 이름순으로 앞선 멤버에게 하나씩 더 줍니다.',
    en: 'c1. 4 ÷ 3 is 1 remainder 1, so the first member, c1, takes one extra (0–1), c2 gets 2 and c3 gets 3. When it does not divide evenly, range gives the extra partitions to the members first by name.',
  },
  'lesson.scaling.step4': {
    ko: 'c4가 들어와 이제 컨슈머 4명이 파티션을 하나씩 맡습니다. 파티션이 4개인 토픽을 이 그룹이 가장 많이 나눠 읽을 수 있는 상태입니다.',
    en: 'c4 joined, and now four consumers own one partition each. This is as parallel as one group can read a four-partition topic.',
  },
  'lesson.scaling.step5.question': {
    ko: 'c5까지 들어옵니다. 파티션 3은 누가 맡을까요?',
    en: 'Now c5 joins. Who owns partition 3?',
  },
  'lesson.scaling.step5': {
    ko: '그대로 c4이고, c5는 파티션을 하나도 받지 못해 놀고 있습니다. 한 파티션은 그룹 안에서 한 컨슈머만 읽으므로, 컨슈머를 파티션 수보다 많이 두어도 빨라지지 않습니다. 다만 누군가 비정상 종료되면 곧바로 대신할 예비 인원 역할은 합니다.',
    en: 'Still c4, and c5 got nothing: it sits idle. A partition is read by only one consumer in a group, so more consumers than partitions does not make the group faster, though the spare can step in when a member dies.',
  },
  'lesson.scaling.step6.question': {
    ko: '더 확장하려고 orders 토픽의 파티션을 6개로 늘립니다. 리밸런스가 끝나면 새 파티션 5는 누가 맡을까요?',
    en: 'To scale further, orders grows to six partitions. After the rebalance, who owns the new partition 5?',
  },
  'lesson.scaling.step6': {
    ko: 'c5입니다. 파티션이 늘자 그룹이 리밸런스해 c1은 0–1을, c2부터 c5까지는 2, 3, 4, 5를 하나씩 맡았고, 놀던 c5에게도 일이 생겼습니다. 새 파티션 4와 5는 빈 채로 시작합니다.',
    en: 'c5. The new partitions triggered a rebalance: c1 took 0–1 and c2 to c5 took 2, 3, 4 and 5 one each, so the idle c5 finally has work. The new partitions 4 and 5 start empty.',
  },
  'lesson.scaling.step7.question': {
    ko: 'kim의 새 주문을 보냅니다. kim의 이전 주문들은 파티션 1에 있는데, 이 레코드는 어느 파티션으로 갈까요?',
    en: 'A new order for kim. kim’s earlier orders are in partition 1; which partition does this record go to?',
  },
  'lesson.scaling.step7': {
    ko: '파티션 5입니다. 파티션 수가 4에서 6으로 바뀌면 해시를 나누는 수가 달라지니 결과도 바뀝니다. 이미 쓰인 kim의 레코드는 파티션 1에 그대로 남아, 이제 kim의 레코드는 두 파티션에 나뉘고 변경 전후의 순서는 보장되지 않습니다.',
    en: 'Partition 5. Going from 4 to 6 partitions changes the divisor, so the result changes. kim’s old records stay in partition 1, so kim’s records are now split over two partitions and their order across the change is no longer guaranteed.',
  },
  'lesson.scaling.step8': {
    ko: 'jung은 여전히 파티션 2로 가지만, lee는 파티션 0에서 2로 옮겨 갔습니다. 어떤 키가 움직일지는 해시에 달려 있으므로, 키 순서가 중요한 토픽이라면 처음부터 파티션 수를 넉넉히 잡는 것이 좋습니다.',
    en: 'jung still goes to partition 2, but lee moved from partition 0 to 2. Which keys move depends on their hashes, so for a topic where key order matters, choose a generous partition count up front.',
  },
  'lesson.scaling.step9': {
    ko: '그렇다면 파티션을 다시 줄일 수는 있을까요? 카프카는 파티션 수를 줄이는 요청을 거부합니다(InvalidPartitionsException). 줄이면 그 파티션의 레코드와 오프셋을 버려야 하기 때문이며, 줄이고 싶다면 새 토픽을 만들어 데이터를 옮겨야 합니다.',
    en: 'Can partitions be removed again? No: Kafka refuses to decrease a topic’s partition count (InvalidPartitionsException), since that would throw away those partitions’ records and offsets. To shrink, create a new topic and move the data.',
  },

  // 8. Retention
  'lesson.retention.title': { ko: '리텐션: 오래된 세그먼트 지우기', en: 'Retention: deleting old segments' },
  'lesson.retention.summary': {
    ko: '파티션은 세그먼트 파일로 나뉘어 저장되고, 리텐션은 기한이나 크기를 넘긴 세그먼트를 통째로 지웁니다. 로그 시작 오프셋이 앞으로 움직이고, 뒤처진 컨슈머는 auto.offset.reset에 따라 옮겨집니다.',
    en: 'A partition is stored as segment files, and retention deletes whole segments that are too old or too big. The log start offset moves forward, and a consumer left behind is moved by auto.offset.reset.',
  },
  'lesson.retention.step1': {
    ko: 'logs 토픽(파티션 1개)을 만들면서 segment.bytes는 레코드 3개 크기(222바이트), retention.ms는 60초로 아주 작게 잡았습니다. 브로커도 10초마다 리텐션을 검사하도록 log.retention.check.interval.ms를 줄였습니다. 카프카의 기본값은 각각 1GiB, 7일, 5분입니다.',
    en: 'Topic logs (one partition) gets a tiny segment.bytes, the size of three records (222 bytes), and a retention.ms of 60 seconds. The broker checks retention every 10 seconds (log.retention.check.interval.ms). Kafka’s defaults are 1 GiB, 7 days and 5 minutes.',
  },
  'lesson.retention.step2': {
    ko: '레코드 3개(오프셋 0–2)가 첫 세그먼트를 꽉 채웠습니다. 세그먼트는 파티션의 로그를 나누어 담는 파일이고, 지금 쓰고 있는 마지막 세그먼트를 활성 세그먼트라고 합니다.',
    en: 'Three records (offsets 0–2) fill the first segment. A segment is one of the files a partition’s log is split into; the one being written is the active segment.',
  },
  'lesson.retention.step3': {
    ko: '30초 뒤 레코드 3개가 더 왔습니다. 오프셋 3은 첫 세그먼트에 들어갈 자리가 없어 세그먼트가 닫히고(roll), 오프셋 3에서 시작하는 새 활성 세그먼트가 생겼습니다. 아직 60초가 지난 레코드가 없으니 리텐션 검사가 지울 것도 없습니다.',
    en: 'Thirty seconds later three more records arrive. Offset 3 no longer fits, so the first segment is closed (rolled) and a new active segment starts at offset 3. No record is older than 60 seconds yet, so retention has nothing to delete.',
  },
  'lesson.retention.step4': {
    ko: 'report 그룹의 reporter 컨슈머가 처음부터 레코드 2개(오프셋 0, 1)만 읽고 위치 2에서 멈췄습니다. 느린 배치 작업처럼 한동안 poll()을 다시 호출하지 않습니다.',
    en: 'Consumer reporter, in group report, reads two records from the start (offsets 0 and 1) and stops at position 2, like a slow batch job that will not poll again for a while.',
  },
  'lesson.retention.step5': {
    ko: '60초 시점에 레코드 3개(오프셋 6–8)가 세 번째 세그먼트에 쓰였습니다. 첫 세그먼트의 레코드는 이제 막 60초가 되었지만, retention.ms를 넘어야 지워지므로 아직 남아 있습니다.',
    en: 'At 60 seconds, three records (offsets 6–8) go into a third segment. The first segment’s records are now exactly 60 seconds old, but they must be older than retention.ms to go, so they stay.',
  },
  'lesson.retention.step6': {
    ko: '80초가 되었습니다. 70초의 리텐션 검사에서 첫 세그먼트(오프셋 0–2)가 통째로 삭제되어 로그 시작 오프셋이 3이 되었습니다. 리텐션은 레코드를 하나씩 지우지 않고, 세그먼트의 가장 새 레코드까지 기한을 넘겼을 때 그 세그먼트를 한꺼번에 지웁니다.',
    en: 'It is now 80 seconds. The retention check at 70 seconds deleted the whole first segment (offsets 0–2), and the log start offset is now 3. Retention never deletes single records: a segment goes only once even its newest record is past retention.ms.',
  },
  'lesson.retention.step7': {
    ko: '새 레코드는 오프셋 0이 아니라 9를 받았습니다(세 번째 세그먼트가 가득 차서 새 세그먼트에 들어갔습니다). 레코드가 지워져도 오프셋은 절대 다시 쓰이지 않으므로, 한 오프셋은 언제나 한 레코드만 가리킵니다.',
    en: 'The new record gets offset 9, not 0 (in a new segment, since the third one is full). Offsets are never reused even after deletion, so an offset always names exactly one record.',
  },
  'lesson.retention.step8.question': {
    ko: 'reporter는 오프셋 2에서 멈춰 있었는데 오프셋 0–2는 이미 지워졌습니다(reporter의 auto.offset.reset은 earliest). 레코드 1개를 가져오는 poll()을 호출하고 나면, reporter가 다음에 읽을 오프셋은 몇일까요?',
    en: 'reporter stopped at offset 2, but offsets 0–2 are gone (reporter has auto.offset.reset=earliest). After a poll that fetches one record, which offset will reporter read next?',
  },
  'lesson.retention.step8': {
    ko: '4입니다. 위치 2가 남아 있는 범위(3–9) 밖이라 auto.offset.reset=earliest가 위치를 로그 시작인 3으로 옮겼고, 오프셋 3을 읽었으니 다음은 4입니다. 리텐션은 컨슈머를 기다려 주지 않아서, 처리하지 못한 오프셋 2는 조용히 건너뛰어졌습니다.',
    en: '4. Position 2 was outside the retained range (3–9), so auto.offset.reset=earliest moved it to the log start, 3; it read offset 3 and will read 4 next. Retention does not wait for consumers: offset 2 was skipped without ever being processed.',
  },
  'lesson.retention.step9': {
    ko: '이번에는 크기 기준입니다. metrics 토픽은 시간 제한 없이(retention.ms=-1) retention.bytes를 세그먼트 2개 크기(444바이트)로 두었고, 레코드 9개가 세그먼트 3개(666바이트)를 채웠습니다.',
    en: 'Now by size. Topic metrics has no time limit (retention.ms=-1) but sets retention.bytes to two segments (444 bytes); nine records fill three segments (666 bytes).',
  },
  'lesson.retention.step10.question': {
    ko: '다음 리텐션 검사가 돕니다. metrics는 retention.bytes가 세그먼트 2개 크기(444바이트)이고 세그먼트 3개(666바이트)를 가지고 있습니다. 리텐션은 어떤 세그먼트를 지울까요?',
    en: 'The next retention check runs. Topic metrics has retention.bytes of two segments (444 bytes) and holds three segments (666 bytes). Which segments does retention delete?',
  },
  'lesson.retention.step10': {
    ko: '90초의 리텐션 검사에서 가장 오래된 세그먼트(오프셋 0–2)가 지워졌습니다. 오래된 세그먼트부터, 지운 뒤에도 retention.bytes 이상이 남을 때만 지우므로 444바이트가 남았습니다. retention.bytes는 토픽 전체가 아니라 파티션 하나당 한도라는 점도 기억해 두세요.',
    en: 'The retention check at 90 seconds deleted the oldest segment (offsets 0–2). Oldest segments go only while what remains stays at least retention.bytes, so 444 bytes remain. Note that retention.bytes limits each partition, not the whole topic.',
  },
  'lesson.retention.step11': {
    ko: '정리하면 카프카는 누가 읽었는지와 상관없이 시간(retention.ms)이나 크기(retention.bytes)를 기준으로 세그먼트 단위로 데이터를 지웁니다. 로그 시작 오프셋은 앞으로만 움직이고 오프셋은 재사용되지 않습니다. 컨슈머가 리텐션보다 오래 뒤처지면 데이터를 놓치니, 랙(lag)을 꼭 지켜봐야 합니다.',
    en: 'In short, Kafka deletes data segment by segment, by time (retention.ms) or size (retention.bytes), whether or not anyone has read it. The log start offset only moves forward and offsets are never reused. A consumer that falls further behind than retention loses data, so keep an eye on lag.',
  },
} satisfies Record<string, Entry>;

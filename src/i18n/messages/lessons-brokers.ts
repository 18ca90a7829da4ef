import type { Entry } from '../entry.ts';

// Narration of the replication lessons (brokers, broker-failure, acks); merged into LESSON_MESSAGES
// by ./lessons.ts. Broker ids, offsets and outcomes quoted here are checked against the engine by
// src/lessons/lessons.test.ts. Korean terms follow the glossary (레플리카, ISR, 하이 워터마크, 비정상 종료…).
export const LESSON_MESSAGES_BROKERS = {
  // 9. Brokers and replicas
  'lesson.brokers.title': { ko: '브로커와 레플리카', en: 'Brokers and replicas' },
  'lesson.brokers.summary': {
    ko: '파티션은 여러 브로커에 레플리카로 복제됩니다. 리더가 쓰기를 받고 팔로워가 따라 복사하며, 리더를 따라잡은 레플리카만 ISR(동기화된 레플리카)에 남습니다. 컨슈머는 하이 워터마크 아래까지만 읽습니다.',
    en: 'A partition is copied to several brokers as replicas. The leader takes the writes, followers copy them, and only the replicas that keep up stay in the ISR. Consumers read only below the high watermark.',
  },
  'lesson.brokers.step1': {
    ko: '브로커 세 대로 된 클러스터입니다. 브로커는 카프카 서버 한 대이고, 운영 환경에서는 보통 세 대 이상을 씁니다. orders 토픽은 파티션 하나에 복제 계수가 3이라, 이 파티션의 복사본인 레플리카가 브로커마다 하나씩 있습니다. 브로커 2의 레플리카가 리더, 브로커 3과 1의 레플리카가 팔로워입니다. 프로듀서 shop은 리더에게만 쓰고, 팔로워는 리더에게 fetch 요청을 보내 레코드를 가져와 복사합니다. 아직 레코드가 없으니 세 레플리카 모두 ISR(동기화된 레플리카)에 들어 있습니다.',
    en: 'A cluster of three brokers. A broker is one Kafka server, and three or more is the usual setup. Topic orders has one partition with a replication factor of 3, so each broker holds one copy of it, a replica. The replica on broker 2 is the leader; those on brokers 3 and 1 are followers. Producer shop writes only to the leader, and the followers fetch records from the leader to copy them. With no records yet, all three replicas are in the ISR (in-sync replicas).',
  },
  'lesson.brokers.step2.question': {
    ko: 'shop이 레코드 세 개를 보냅니다. 보낸 직후 이 파티션의 하이 워터마크는 얼마일까요? 하이 워터마크는 ISR의 모든 레플리카가 그 앞의 레코드를 다 가진 지점입니다.',
    en: 'shop sends three records. Right after, what is the partition’s high watermark? The high watermark is the offset below which every replica in the ISR has all the records.',
  },
  'lesson.brokers.step2': {
    ko: '0입니다. 레코드 0–2는 리더인 브로커 2에만 있고(로그 끝 오프셋 3), 팔로워들은 아직 가져가지 않았습니다(로그 끝 오프셋 0). 하이 워터마크는 ISR 레플리카 가운데 가장 뒤처진 로그 끝 오프셋이라 0에 머뭅니다. 아래 브로커 그림에서 세로선이 하이 워터마크, 숫자가 로그 끝 오프셋입니다. 여기서 shop은 acks=1이라 리더가 쓰자마자 응답(ack)을 받습니다. acks는 뒤의 레슨에서 다룹니다.',
    en: '0. Records 0–2 are only on the leader, broker 2 (log end offset 3); the followers have not fetched them yet (log end offset 0). The high watermark is the smallest log end offset among the ISR replicas, so it stays at 0. In the brokers picture below, the vertical line is the high watermark and the number is the log end offset. Here shop uses acks=1, so it is acknowledged as soon as the leader has written; acks has its own lesson later.',
  },
  'lesson.brokers.step3': {
    ko: '컨슈머 reader가 poll()을 호출했지만 아무것도 받지 못했습니다. 리더에 레코드가 세 개 있어도 컨슈머는 하이 워터마크 아래, 즉 ISR 전체에 복사된 레코드만 읽을 수 있습니다. 리더에 장애가 나면 사라질 수도 있는 레코드를 읽지 않게 하려는 규칙입니다.',
    en: 'Consumer reader called poll() and got nothing. The leader has three records, but a consumer reads only below the high watermark: records every in-sync replica already has. That keeps consumers from reading a record that could vanish if the leader failed.',
  },
  'lesson.brokers.step4': {
    ko: '500ms가 지나 팔로워들이 리더에게서 레코드를 가져갔습니다. 브로커 3과 1의 로그 끝 오프셋이 3이 되었지요. 그런데 하이 워터마크는 아직 0입니다. 리더는 팔로워가 다음 fetch 요청을 보낼 때에야 "여기까지 받았다"는 것을 알기 때문입니다. (단순화: 이 시뮬레이터의 복제는 500ms 간격의 fetch 라운드로 움직입니다.)',
    en: 'After 500 ms the followers have fetched the records: brokers 3 and 1 now have log end offset 3. Yet the high watermark is still 0, because the leader learns how far a follower got only from that follower’s next fetch request. (Simplified: replication here moves in fetch rounds 500 ms apart.)',
  },
  'lesson.brokers.step5': {
    ko: '다음 fetch 라운드에서 리더는 세 레플리카가 모두 3까지 가졌음을 확인하고 하이 워터마크를 3으로 올렸습니다. 이제 reader가 poll()을 호출하자 레코드 0, 1, 2를 받았습니다.',
    en: 'At the next fetch round the leader sees that all three replicas have everything below 3 and moves the high watermark to 3. Now reader’s poll() returns records 0, 1 and 2.',
  },
  'lesson.brokers.step6.question': {
    ko: '브로커 1이 다른 브로커들과 연결이 끊겨 복제를 못 하게 됩니다. 그 사이 레코드 두 개가 더 들어오고 1초가 지납니다. 이때 ISR에는 어느 브로커들이 있을까요?',
    en: 'Broker 1 is cut off from the other brokers and can no longer replicate. Two more records arrive and a second passes. Which brokers are in the ISR now?',
  },
  'lesson.brokers.step6': {
    ko: '여전히 브로커 1, 2, 3 모두입니다. 연결이 끊긴 순간 브로커 1은 리더를 다 따라잡은 상태였고, 카프카는 팔로워를 곧바로 빼지 않고 replica.lag.time.max.ms(30초) 동안 따라잡기를 기다립니다. 그래서 브로커 1의 로그 끝 오프셋이 3에 머무는 동안 하이 워터마크도 3에 묶여 있습니다. 브로커 3은 이미 5까지 가졌는데도 말이지요.',
    en: 'Still brokers 1, 2 and 3. When it was cut off, broker 1 had caught up with the leader, and Kafka does not drop a follower at once: it gives it replica.lag.time.max.ms (30 s) to catch up. So while broker 1 stays at log end offset 3, the high watermark stays at 3 too, although broker 3 already has everything below 5.',
  },
  'lesson.brokers.step7.question': {
    ko: '30초가 더 지납니다. 그 뒤 하이 워터마크는 얼마일까요?',
    en: '30 more seconds pass. What is the high watermark then?',
  },
  'lesson.brokers.step7': {
    ko: '5입니다. 30초 동안 따라잡지 못한 브로커 1이 ISR에서 빠졌고(그림의 빗금), 이제 ISR은 브로커 2와 3뿐입니다. 둘 다 5까지 가졌으니 하이 워터마크가 5로 올라갔습니다. ISR은 레플리카 전체가 아니라, 리더와 리더를 따라잡고 있는 팔로워만 모은 집합입니다. 레플리카는 여전히 셋이고, 그중 ISR은 둘입니다.',
    en: '5. Broker 1 did not catch up within 30 s and left the ISR (hatched in the picture); the ISR is now brokers 2 and 3. Both have everything below 5, so the high watermark moves to 5. The ISR is not every replica, only the leader and the followers keeping up with it: there are still three replicas, and two of them are in sync.',
  },
  'lesson.brokers.step8': {
    ko: 'reader가 poll()로 레코드 3과 4를 받았습니다. 하이 워터마크가 5로 올라갔기 때문입니다. 브로커 1은 여전히 3까지만 가졌지만, ISR 밖의 레플리카는 하이 워터마크를 붙잡지 않습니다.',
    en: 'reader’s poll() returned records 3 and 4, now that the high watermark is 5. Broker 1 still stops at 3, but a replica outside the ISR does not hold the high watermark back.',
  },
  'lesson.brokers.step9': {
    ko: '브로커 1의 연결이 돌아왔습니다. 브로커 1은 리더에게서 레코드 3과 4를 가져와 로그 끝 오프셋 5로 따라잡았고, 하이 워터마크에 닿자 다시 ISR에 들어갔습니다. ISR은 다시 브로커 1, 2, 3입니다.',
    en: 'Broker 1 is reconnected. It fetches records 3 and 4 from the leader, catches up to log end offset 5 and, having reached the high watermark, rejoins the ISR: brokers 1, 2 and 3 again.',
  },
  'lesson.brokers.step10': {
    ko: '정리하면, 파티션마다 리더 레플리카 하나가 쓰기를 받고 팔로워 레플리카가 이를 복사합니다. ISR은 리더를 따라잡고 있는 레플리카의 집합이고, 하이 워터마크는 ISR 전체가 가진 지점이며, 컨슈머는 그 아래만 읽습니다. 레플리카가 많을수록 장애에 강하지만, 저장 공간이 복제 계수만큼 들고 브로커의 복제 부담도 커집니다. (단순화: 이 시뮬레이터의 컨슈머는 늘 리더에게서 읽습니다. 카프카 2.4부터는 가까운 팔로워에서 읽도록 설정할 수도 있습니다.)',
    en: 'In short: each partition has one leader replica that takes the writes and follower replicas that copy them. The ISR is the set of replicas keeping up with the leader; the high watermark is how far the whole ISR has the records, and consumers read only below it. More replicas survive more failures, but each copy costs the storage again and adds replication work to the brokers. (Simplified: consumers here always read from the leader; since Kafka 2.4 they can be configured to fetch from a nearby follower.)',
  },

  // 10. A broker fails
  'lesson.broker-failure.title': { ko: '브로커 장애와 리더 선출', en: 'When a broker fails' },
  'lesson.broker-failure.summary': {
    ko: '리더가 있는 브로커가 비정상 종료되면 컨트롤러가 ISR(동기화된 레플리카)에서 새 리더를 뽑고 리더 에포크를 올립니다. 살아 있는 ISR 레플리카가 없으면 파티션은 오프라인이 되고, 언클린 리더 선출은 데이터를 잃습니다. 돌아온 브로커는 로그를 잘라낸 뒤 따라잡습니다.',
    en: 'When the leader’s broker crashes, the controller elects a new leader from the ISR and bumps the leader epoch. With no live ISR replica the partition goes offline, and an unclean election loses data. A returning broker truncates its log and catches up.',
  },
  'lesson.broker-failure.step1': {
    ko: '브로커 세 대에 토픽 두 개, payments와 clicks가 있습니다. 둘 다 파티션 하나에 복제 계수 3이고 레플리카 배치도 같아서, 브로커 2가 리더, 브로커 3과 1이 팔로워입니다. 다른 점은 하나, clicks만 언클린 리더 선출(unclean.leader.election.enable)을 켰습니다(카프카 기본값은 꺼짐). 토픽마다 레코드 세 개가 모든 레플리카에 복사되어 하이 워터마크는 3입니다. 프로듀서 app은 acks=1을 씁니다.',
    en: 'Three brokers and two topics, payments and clicks. Both have one partition with a replication factor of 3, placed alike: broker 2 leads, brokers 3 and 1 follow. One difference: only clicks has unclean leader election turned on (unclean.leader.election.enable, off by default in Kafka). Each topic has three records copied to every replica, so the high watermark is 3. Producer app uses acks=1.',
  },
  'lesson.broker-failure.step2.question': {
    ko: '리더인 브로커 2가 비정상 종료됩니다. 10초 뒤 payments의 리더는 누구일까요?',
    en: 'Broker 2, the leader, crashes. Ten seconds later, who leads payments?',
  },
  'lesson.broker-failure.step2': {
    ko: '브로커 3입니다. broker.session.timeout.ms(9초) 동안 브로커 2의 하트비트가 끊기자 컨트롤러는 브로커 2를 펜싱하고, ISR(동기화된 레플리카)에 남은 레플리카 가운데 배치 순서상 첫 번째인 브로커 3을 새 리더로 뽑았습니다(리더 선출). 리더 에포크는 0에서 1이 되었습니다. 리더 에포크는 리더가 바뀔 때마다 늘어나는 번호로, 옛 리더 시절의 기록과 새 리더의 기록을 구분해 줍니다. 브로커 2는 ISR에서 빠졌고, clicks도 똑같이 브로커 3이 이어받았습니다.',
    en: 'Broker 3. When broker 2’s heartbeats had stopped for broker.session.timeout.ms (9 s), the controller fenced it and elected the first replica left in the ISR, in assignment order: broker 3. The leader epoch went from 0 to 1; it grows with every new leader, so what was written under the old leader can be told from what the new one wrote. Broker 2 left the ISR, and broker 3 took over clicks the same way.',
  },
  'lesson.broker-failure.step3': {
    ko: '이번에는 브로커 1이 다른 브로커들과 연결이 끊긴 사이에 토픽마다 레코드 두 개(오프셋 3, 4)가 들어왔습니다. 30초 동안 따라잡지 못한 브로커 1은 ISR에서 빠졌고, 두 토픽 모두 ISR에는 리더인 브로커 3 하나만 남았습니다. 오프셋 3과 4는 브로커 3에만 있습니다.',
    en: 'Now broker 1 is cut off from the other brokers while two more records per topic arrive (offsets 3 and 4). Broker 1 does not catch up within 30 s and leaves the ISR; in both topics the ISR is now the leader alone, broker 3. Offsets 3 and 4 exist only on broker 3.',
  },
  // From step 4 on, one idea per step: each changes one thing the figure shows, each answer in two sentences.
  'lesson.broker-failure.step4.question': {
    ko: '브로커 3마저 비정상 종료됩니다. 브로커 1은 다시 연결되었지만 ISR 밖에 있습니다. 10초 뒤 payments의 리더는 누구일까요?',
    en: 'Broker 3 crashes too. Broker 1 is reconnected but outside the ISR. Ten seconds later, who leads payments?',
  },
  'lesson.broker-failure.step4': {
    ko: '아무도 없습니다: 컨트롤러가 broker.session.timeout.ms(9초) 뒤 브로커 3을 펜싱하자 ISR에 살아 있는 레플리카가 없어 payments는 오프라인이 되었습니다. 카프카는 데이터를 잃느니 파티션을 멈추는 쪽을 택합니다.',
    en: 'Nobody: once the controller fenced broker 3 after broker.session.timeout.ms (9 s), no ISR replica of payments was alive, so payments is offline. Kafka would rather stop a partition than lose data.',
  },
  'lesson.broker-failure.step5': {
    ko: 'clicks는 다릅니다. 언클린 리더 선출(unclean.leader.election.enable)을 켠 clicks는 같은 순간 ISR 밖의 브로커 1을 리더로 뽑았고(리더 에포크 2), 계속 쓸 수 있습니다.',
    en: 'clicks is different. With unclean leader election (unclean.leader.election.enable) on, it elected broker 1 from outside the ISR at that same moment (leader epoch 2), so it stays available.',
  },
  'lesson.broker-failure.step6.question': {
    ko: 'app이 clicks에 새 레코드 click-6을 보냅니다. 이 레코드는 몇 번 오프셋에 들어갈까요?',
    en: 'app sends a new record, click-6, to clicks. At which offset does it land?',
  },
  'lesson.broker-failure.step6': {
    ko: '오프셋 3입니다. 새 리더의 로그는 3에서 끝나므로, 프로듀서가 응답(ack)까지 받은 click-4와 click-5는 사라졌고 그 자리를 click-6이 차지했습니다.',
    en: 'Offset 3. The new leader’s log ends at 3, so click-4 and click-5, already acknowledged to the producer, are lost, and click-6 takes their place.',
  },
  'lesson.broker-failure.step7.question': {
    ko: '브로커 3이 다시 시작합니다. payments의 리더는 누구일까요?',
    en: 'Broker 3 starts again. Who leads payments?',
  },
  'lesson.broker-failure.step7': {
    ko: '브로커 3입니다. payments의 ISR에 마지막까지 남아 있던 레플리카라, 잃은 것 없이 리더 에포크 3으로 다시 리더가 되었습니다.',
    en: 'Broker 3. It was the last replica in payments’ ISR, so it leads again with nothing lost, in leader epoch 3.',
  },
  'lesson.broker-failure.step8': {
    ko: 'fetch 라운드 한 번이 지났습니다. clicks의 팔로워가 된 브로커 3은 자기 로그를 리더 에포크 2의 로그와 비교해 어긋난 오프셋 3과 4(click-4, click-5)를 잘라내기(truncation)로 지우고 click-6을 복사했습니다.',
    en: 'One fetch round later, broker 3, now a follower of clicks, checks its log against leader epoch 2. It truncates the diverging offsets 3 and 4 (click-4, click-5) and copies click-6.',
  },
  'lesson.broker-failure.step9.question': {
    ko: '1.5초가 더 지납니다. payments의 ISR에는 어떤 브로커들이 있을까요?',
    en: '1.5 more seconds pass. Which brokers are in payments’ ISR?',
  },
  'lesson.broker-failure.step9': {
    ko: '브로커 1과 3입니다. 브로커 1이 놓쳤던 오프셋 3과 4를 복사해 리더를 따라잡자 ISR로 돌아왔고, clicks에서는 브로커 3이 같은 방식으로 돌아왔습니다.',
    en: 'Brokers 1 and 3. Broker 1 copied the offsets 3 and 4 it had missed, caught up with the leader and rejoined the ISR; broker 3 rejoined clicks’ ISR the same way.',
  },
  'lesson.broker-failure.step10': {
    ko: '처음에 비정상 종료된 브로커 2도 돌아왔습니다. 로그(오프셋 0–2)가 리더와 어긋나지 않아 잘라낼 것 없이 빠진 레코드만 복사했고, 두 토픽 모두 ISR로 돌아왔습니다.',
    en: 'Broker 2, the first to crash, is back too. Its log (offsets 0–2) does not diverge from the leader’s, so it truncates nothing, copies what it missed and rejoins the ISR of both topics.',
  },
  'lesson.broker-failure.step11.question': {
    ko: '5분이 지납니다. payments의 리더는 누구일까요?',
    en: 'Five minutes pass. Who leads payments?',
  },
  'lesson.broker-failure.step11': {
    ko: '브로커 2입니다. 컨트롤러는 5분마다(leader.imbalance.check.interval.seconds) 리더를 레플리카 목록의 첫 번째인 선호 리더에게 되돌리므로, 두 토픽 모두 브로커 2가 다시 리더가 되었습니다.',
    en: 'Broker 2. Every 5 minutes (leader.imbalance.check.interval.seconds) the controller moves leadership back to the preferred leader, the first in the replica list, so broker 2 leads both topics again.',
  },
  'lesson.broker-failure.step12': {
    ko: '정리하면, 리더의 브로커에 장애가 나면 컨트롤러가 ISR에서 새 리더를 뽑고 리더 에포크를 올립니다. 살아 있는 ISR 레플리카가 없으면 파티션은 오프라인이 됩니다. 언클린 리더 선출을 켜면 가용성을 얻는 대신 ack를 받은 레코드까지 잃을 수 있습니다. 돌아온 브로커는 새 리더의 로그에 맞춰 잘라낸 뒤 따라잡습니다. 브로커 하나가 리더로 맡은 파티션이 많을수록 장애 때 리더 선출도 많아져 복구가 느려집니다. (단순화: 컨트롤러의 결정은 곧바로 반영되고, 복제는 500ms 간격의 라운드로 움직입니다.)',
    en: 'In short: when a leader fails, the controller elects a new one from the ISR and bumps the leader epoch. With no live ISR replica the partition goes offline; unclean leader election buys availability at the price of acknowledged records. A returning broker truncates to match the new leader, then catches up. The more partitions a broker leads, the more elections its failure needs and the slower the recovery. (Simplified: the controller’s decisions apply at once, and replication moves in 500 ms rounds.)',
  },

  // 11. acks and min.insync.replicas
  'lesson.acks.title': { ko: 'acks와 min.insync.replicas', en: 'acks and min.insync.replicas' },
  'lesson.acks.summary': {
    ko: '프로듀서의 acks는 언제 응답(ack)을 받을지 정합니다. 0은 응답을 기다리지 않고, 1은 리더가 쓰면, all은 ISR(동기화된 레플리카) 전체가 가지면 응답합니다. min.insync.replicas는 acks=all 쓰기를 받아들일 ISR의 최소 크기입니다.',
    en: 'The producer’s acks decides when a send is acknowledged: 0 never waits, 1 once the leader has written, all once the whole ISR has it. min.insync.replicas is the smallest ISR that still accepts acks=all writes.',
  },
  'lesson.acks.step1': {
    ko: '브로커 세 대와 orders 토픽(복제 계수 3, min.insync.replicas=2)이 있습니다. 리더는 브로커 2, 팔로워는 브로커 3과 1입니다. 프로듀서는 셋입니다. fire는 acks=0이라 응답(ack)을 기다리지 않고, fast는 acks=1이라 리더가 쓰면 ack를 받고, safe는 acks=all(카프카 3.0부터 기본값)이라 ISR(동기화된 레플리카)에 든 레플리카가 모두 레코드를 가져야 ack를 받습니다. 마지막에 최악의 경우를 보이려고 이 토픽은 언클린 리더 선출을 켰습니다(기본값은 꺼짐).',
    en: 'Three brokers and topic orders (replication factor 3, min.insync.replicas=2). Broker 2 leads; brokers 3 and 1 follow. Three producers: fire uses acks=0 and waits for no acknowledgement; fast uses acks=1 and is acknowledged once the leader has written; safe uses acks=all (the default since Kafka 3.0) and is acknowledged once every replica in the ISR has the record. To show the worst case at the end, this topic has unclean leader election on (off by default).',
  },
  'lesson.acks.step2.question': {
    ko: 'fire가 order-1, fast가 order-2, safe가 order-3을 보냅니다. 보낸 직후 safe의 order-3은 어떤 상태일까요?',
    en: 'fire sends order-1, fast order-2 and safe order-3. Right after, where does safe’s order-3 stand?',
  },
  'lesson.acks.step2': {
    ko: '아직 응답(ack)이 없습니다: 세 레코드 모두 리더(브로커 2)에만 쓰였고, acks=all인 safe는 ISR 전체가 가질 때까지 기다립니다. acks=1인 fast는 리더가 쓰자마자 ack를 받았습니다. acks=0인 fire는 아무것도 기다리지 않아 보내자마자 send()가 성공으로 끝났지만, 오프셋이 -1(알 수 없음)이라 브로커가 레코드를 저장했는지는 끝내 알 수 없습니다.',
    en: 'No answer yet: all three records are on the leader (broker 2) only, and safe (acks=all) waits until the whole ISR has its record. fast (acks=1) was acknowledged as soon as the leader wrote. fire (acks=0) waits for nothing: its send() completed as a success as soon as it was sent, with offset -1 (unknown), so fire never learns whether the broker stored the record.',
  },
  'lesson.acks.step3': {
    ko: '1초 뒤 팔로워들이 복사를 마쳐 하이 워터마크가 3이 되었고, 그때 safe가 ack를 받았습니다. acks=all의 ack는 하이 워터마크가 그 레코드를 넘어설 때 옵니다.',
    en: 'A second later the followers have copied everything, the high watermark is 3, and safe is acknowledged: acks=all is answered when the high watermark passes the record.',
  },
  'lesson.acks.step4.question': {
    ko: 'fast가 order-4를 보내 곧바로 ack를 받습니다. 그런데 팔로워가 복사하기 전에 리더인 브로커 2가 비정상 종료됩니다. 10초 뒤 order-4는 어떻게 되었을까요?',
    en: 'fast sends order-4 and is acknowledged at once. Then the leader, broker 2, crashes before any follower copied it. Ten seconds later, what became of order-4?',
  },
  'lesson.acks.step4': {
    ko: 'ack를 받았지만 사라졌습니다. 새 리더로 뽑힌 브로커 3에는 order-4가 없습니다. 오프셋 3에 order-4를 가진 것은 비정상 종료된 브로커 2뿐입니다. acks=1의 ack는 "리더가 썼다"는 뜻일 뿐, 복사본이 있다는 뜻이 아닙니다.',
    en: 'Acknowledged, but lost. The new leader, broker 3, never had order-4: only the crashed broker 2 holds it, at offset 3. An acks=1 acknowledgement means “the leader wrote it”, not “a copy exists”.',
  },
  'lesson.acks.step5': {
    ko: '브로커 2가 다시 시작했습니다. 이제 팔로워인 브로커 2는 새 리더의 로그에 맞춰 오프셋 3(order-4)을 잘라내고(truncation) ISR로 돌아왔습니다. fast가 ack까지 받은 order-4는 이제 어느 브로커에도 없습니다.',
    en: 'Broker 2 starts again. Now a follower, it truncates offset 3 (order-4) to match the new leader’s log and rejoins the ISR. order-4, acknowledged to fast, is now on no broker at all.',
  },
  'lesson.acks.step6.question': {
    ko: '이번에는 safe가 order-5를 보내고, 같은 일이 벌어집니다. 팔로워가 복사하기 전에 리더인 브로커 3이 비정상 종료됩니다. 35초 뒤 order-5는 어떻게 되었을까요?',
    en: 'Now safe sends order-5, and the same thing happens: the leader, broker 3, crashes before any follower copied it. 35 seconds later, what became of order-5?',
  },
  'lesson.acks.step6': {
    ko: '응답(ack)을 받았고, 남았습니다: 브로커 3이 멈추자 safe는 NETWORK_EXCEPTION을 받고 새 리더인 브로커 2에 재시도했으며, ISR(브로커 1과 2)이 오프셋 3의 order-5를 가진 뒤에야 ack를 받았습니다. 같은 장애에서 acks=1은 ack를 받은 레코드를 잃었지만 acks=all은 잃지 않았습니다.',
    en: 'Acknowledged, and kept: safe got a NETWORK_EXCEPTION when broker 3 went down, retried to the new leader, broker 2, and was acknowledged only once the ISR (brokers 1 and 2) had order-5 at offset 3. In the same failure acks=1 lost an acknowledged record; acks=all did not.',
  },
  'lesson.acks.step7': {
    ko: '이번에는 브로커 1이 비정상 종료되어 펜싱되었습니다. 살아 있는 브로커는 리더인 브로커 2 하나이고, ISR도 브로커 2 하나뿐이라 min.insync.replicas=2보다 작습니다.',
    en: 'Now broker 1 crashes and is fenced. The only broker left is the leader, broker 2, and the ISR is broker 2 alone: smaller than min.insync.replicas=2.',
  },
  'lesson.acks.step8.question': {
    ko: 'safe가 order-6을 보냅니다. 1초 뒤 order-6은 어떤 상태일까요?',
    en: 'safe sends order-6. A second later, where does order-6 stand?',
  },
  'lesson.acks.step8': {
    ko: '오류(NOT_ENOUGH_REPLICAS)가 돌아왔습니다: ISR이 min.insync.replicas보다 작으면 리더는 acks=all 쓰기를 거절하므로 아무것도 쓰이지 않았고, safe는 delivery.timeout.ms(2분)까지 재시도합니다. 두 곳에 남길 수 없으면 쓰지 않는 것, 가용성을 조금 내주고 내구성을 얻는 방식입니다.',
    en: 'An error, NOT_ENOUGH_REPLICAS: while the ISR is smaller than min.insync.replicas the leader refuses acks=all writes, so nothing was written and safe keeps retrying until delivery.timeout.ms (2 minutes) runs out. Refusing to write what cannot be kept twice buys durability with a little availability.',
  },
  'lesson.acks.step9': {
    ko: 'min.insync.replicas를 1로 낮추자 safe의 다음 재시도가 받아들여져, ISR이 리더 하나뿐이므로 order-6이 오프셋 4에 쓰이자마자 응답(ack)을 받았습니다. acks=all이 기다리는 것은 모든 레플리카가 아니라 ISR이어서, ISR이 리더 하나로 줄면 acks=1보다 안전할 것이 없습니다.',
    en: 'With min.insync.replicas lowered to 1, safe’s next retry is accepted, and since the ISR is the leader alone, order-6 is acknowledged as soon as it is written at offset 4. acks=all waits for the in-sync replicas, not for every replica, so once the ISR shrinks to the leader it is no safer than acks=1.',
  },
  'lesson.acks.step10.question': {
    ko: '비정상 종료되었던 브로커 1이 다시 시작하지만 오프셋 4가 없고, 따라잡기도 전에 리더인 브로커 2가 비정상 종료됩니다. 10초 뒤 리더는 누구일까요?',
    en: 'Broker 1 starts again, without offset 4, and before it can catch up the leader, broker 2, crashes. Ten seconds later, who leads?',
  },
  'lesson.acks.step10': {
    ko: '브로커 1입니다: 언클린 리더 선출이 켜져 있어 ISR 밖이지만 유일하게 살아 있는 브로커 1이 리더가 되었고(리더 에포크 3), safe가 acks=all로 응답(ack)까지 받은 order-6(오프셋 4)은 사라졌습니다. 언클린 리더 선출이 꺼져 있었다면 파티션은 대신 오프라인이 되어 브로커 2를 기다렸을 것입니다.',
    en: 'Broker 1: unclean leader election is on, so the only live replica leads (leader epoch 3) although it is outside the ISR, and order-6 (offset 4), acknowledged to safe under acks=all, is lost. With unclean election off, the partition would have gone offline instead, waiting for broker 2.',
  },
  'lesson.acks.step11': {
    ko: '정리하면, acks=0은 보내자마자 성공(오프셋 -1)으로 끝나지만 브로커가 저장했는지는 알 길이 없어 잃어도 모르고, acks=1은 리더만 쓰면 ack를 주므로 리더가 복사 전에 비정상 종료되면 ack를 받은 레코드도 잃습니다. acks=all은 ISR 전체를 기다리며, ISR이 얼마나 작아져도 되는지는 min.insync.replicas가 정합니다. 흔한 조합은 복제 계수 3, min.insync.replicas=2, acks=all입니다. 브로커 하나가 멈춰도 쓰기는 계속되고, ack를 받은 레코드는 늘 두 브로커 이상에 있습니다. 대가는 팔로워를 기다리는 만큼의 지연입니다. (단순화: 이 시뮬레이터는 비정상 종료된 브로커의 로그를 그대로 남깁니다. 카프카는 쓰기마다 디스크에 플러시하지 않고 복사본에 기대므로, 실제로는 하나뿐인 복사본도 잃을 수 있습니다.)',
    en: 'In short: acks=0 completes each send at once as a success with offset -1, and no response ever says whether the broker stored it, so a loss goes unnoticed; acks=1 is acknowledged once the leader writes, so a leader failing before the copy loses an acknowledged record. acks=all waits for the ISR, and min.insync.replicas decides how small the ISR may get. A common choice is replication factor 3, min.insync.replicas=2 and acks=all: one broker may fail and writes go on, while every acknowledged record is on at least two brokers. The price is the latency of waiting for the followers. (Simplified: a crashed broker keeps its log here. Kafka does not flush every write to disk and relies on copies instead, so in reality a single copy can be lost too.)',
  },
} satisfies Record<string, Entry>;

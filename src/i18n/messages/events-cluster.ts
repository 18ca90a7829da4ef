import type { Entry } from '../entry.ts';

// Narration of brokers, replication and the producer's acknowledgements (src/view/narrate-cluster.ts).
// Korean terms, one per concept: 브로커, 리더, 팔로워, 레플리카, ISR, 하이 워터마크, 리더 에포크,
// 응답(ack), 재시도, 멱등성, 펜싱, 잘라내기.
export const CLUSTER_EVENT_MESSAGES = {
  'event.topicCreated.replicated': {
    ko: '{topic} 토픽을 {partitions|로} 만들었습니다. 파티션마다 레플리카가 {replicationFactor}개이고, 첫 번째 브로커가 리더입니다: {replicas}.',
    en: 'Created topic {topic} with {partitions}, {replicationFactor, plural, one {# replica} other {# replicas}} each; the first broker of each list leads: {replicas}.',
  },
  'event.piece.acks': {
    ko: '응답 설정: acks={acks}, 멱등성 {idempotence}.',
    en: 'Acknowledgements: acks={acks}, idempotence {idempotence}.',
  },
  'event.piece.minIsrAboveReplicas': {
    ko: '주의: min.insync.replicas({minIsr})가 복제 계수({replicationFactor})보다 큽니다. 카프카는 이 설정을 받아들이지만 acks=all 쓰기는 모두 실패합니다(카프카 3.7부터는 브로커가 복제 계수로 낮춰 적용합니다).',
    en: 'Warning: min.insync.replicas ({minIsr}) is above the replication factor ({replicationFactor}). Kafka accepts it, but every acks=all write will fail (since Kafka 3.7 the broker caps it at the replication factor instead).',
  },
  'event.piece.on': { ko: '켜짐', en: 'on' },
  'event.piece.off': { ko: '꺼짐', en: 'off' },
  'event.piece.retry': {
    ko: '(재시도 {retry}번째에 쓴 것입니다.)',
    en: '(Written by retry {retry}.)',
  },
  'event.produceWaiting.no-leader': {
    ko: '{producer} 프로듀서의 레코드가 {tp} 파티션의 리더를 기다립니다. 살아 있는 리더가 없어 아직 보낼 곳이 없습니다.',
    en: 'Producer {producer} holds its record for {tp}: the partition has no live leader to send it to yet.',
  },
  'event.produceWaiting.ordering': {
    ko: '{producer} 프로듀서의 레코드가 {tp} 파티션에서 앞선 레코드를 기다립니다. 멱등성 프로듀서는 순서대로 씁니다.',
    en: 'Producer {producer} holds its record for {tp} behind an earlier one: an idempotent producer writes in order.',
  },
  'event.produceAcknowledged': {
    ko: '{producer} 프로듀서가 {tp} 오프셋 {offset}의 응답을 받았습니다(acks={acks}). 이제 전송이 성공한 것을 압니다.',
    en: 'Producer {producer} got the acknowledgement for {tp} offset {offset} (acks={acks}): it now knows the send succeeded.',
  },
  'event.produceAcknowledged.duplicate': {
    ko: '{producer} 프로듀서가 {tp} 오프셋 {offset}의 응답을 받았습니다. 재시도는 중복으로 걸러졌고 레코드는 한 번만 있습니다.',
    en: 'Producer {producer} got the acknowledgement for {tp} offset {offset}: its retry was recognised as a duplicate, so the record is there once.',
  },
  'event.produceErrored': {
    ko: '{producer} 프로듀서의 {tp} 요청이 {error} 오류를 받았습니다. {retryAt}에 다시 보냅니다.',
    en: 'Producer {producer}\'s request for {tp} got {error}. It retries at {retryAt}.',
  },
  'event.produceErrored.final': {
    ko: '{producer} 프로듀서의 {tp} 요청이 {error} 오류를 받았고, 더 재시도하지 않습니다.',
    en: 'Producer {producer}\'s request for {tp} got {error}, with no retries left.',
  },
  'event.produceRetried': {
    ko: '{producer} 프로듀서가 {tp} 요청을 브로커 {broker}에 다시 보냅니다(재시도 {attempt}번째).',
    en: 'Producer {producer} sends its request for {tp} again, to broker {broker} (retry {attempt}).',
  },
  'event.produceFailed': {
    ko: '{producer} 프로듀서의 {tp} 전송이 {error|로} 실패했습니다(시도 {attempts}번). 애플리케이션은 실패를 통보받습니다.',
    en: 'Producer {producer}\'s send to {tp} failed with {error} after {attempts, plural, one {# attempt} other {# attempts}}; the application is told it failed.',
  },
  'event.produceFailed.written': {
    ko: '{producer} 프로듀서의 {tp} 전송이 {error|로} 실패했습니다(시도 {attempts}번). 그런데 레코드는 오프셋 {offset}에 이미 쓰여 있습니다: 실패를 통보받은 레코드가 로그에 남을 수 있습니다.',
    en: 'Producer {producer}\'s send to {tp} failed with {error} after {attempts, plural, one {# attempt} other {# attempts}}, yet the record was written at offset {offset}: a send reported as failed can still be in the log.',
  },
  'event.ackLost': {
    ko: '{tp} 오프셋 {offset}의 응답이 {producer} 프로듀서로 가는 길에 사라졌습니다. 프로듀서는 성공을 모른 채 request.timeout.ms가 지나는 {retryAt}에 다시 보냅니다.',
    en: 'The acknowledgement for {tp} offset {offset} was lost on its way to producer {producer}. Not knowing it succeeded, the producer retries once request.timeout.ms has passed, at {retryAt}.',
  },
  'event.duplicateDropped': {
    ko: '{tp}의 리더가 {producer} 프로듀서의 시퀀스 번호 {sequence|를} 알아보고 중복을 버렸습니다. 원래 레코드는 오프셋 {offset}에 있습니다.',
    en: 'The leader of {tp} recognised sequence number {sequence} from producer {producer} and dropped the duplicate; the record stays at offset {offset}.',
  },
  'event.duplicateDropped.forgotten': {
    ko: '{tp}의 리더가 {producer} 프로듀서의 시퀀스 번호 {sequence|가} 이미 지나간 번호임을 알고 중복을 버렸습니다. 그 배치는 기억하는 최근 5개보다 오래되어 오프셋은 알려줄 수 없습니다(DUPLICATE_SEQUENCE_NUMBER).',
    en: 'The leader of {tp} saw that sequence number {sequence} from producer {producer} is already behind it and dropped the duplicate; that batch is older than the 5 it remembers, so it cannot say at which offset (DUPLICATE_SEQUENCE_NUMBER).',
  },
  'event.produceAcknowledged.noOffset': {
    ko: '{producer} 프로듀서가 {tp} 전송을 성공으로 받아들였습니다. 다만 중복으로 걸러진 재시도라 오프셋은 모릅니다(-1).',
    en: 'Producer {producer} takes its send to {tp} as a success: the retry was a duplicate, so it does not learn the offset (-1).',
  },
  'event.ackLossArmed': {
    ko: '{producer} 프로듀서가 받을 다음 응답은 도중에 사라집니다(장애 주입).',
    en: 'The next acknowledgement to producer {producer} will be lost on the way (an injected fault).',
  },
  'event.brokerAdded': { ko: '브로커 {broker|가} 클러스터에 들어왔습니다. 새 파티션부터 레플리카를 맡습니다.', en: 'Broker {broker} joined the cluster. It will hold replicas of partitions created from now on.' },
  'event.brokerStopped': {
    ko: '브로커 {broker|를} 정상 종료했습니다. 컨트롤러가 곧바로 리더 자리를 다른 ISR 레플리카로 옮깁니다.',
    en: 'Broker {broker} stopped cleanly: the controller moved its leaderships to other in-sync replicas at once (controlled shutdown).',
  },
  'event.brokerCrashed': {
    ko: '브로커 {broker|가} 갑자기 비정상 종료되었습니다. 컨트롤러는 broker.session.timeout.ms({timeout}) 동안 하트비트가 없어야 알아챕니다.',
    en: 'Broker {broker} crashed. The controller notices only when its heartbeats have been missing for broker.session.timeout.ms ({timeout}).',
  },
  'event.brokerFenced': {
    ko: '컨트롤러가 브로커 {broker|를} 펜싱했습니다. 이 브로커가 이끌던 파티션은 ISR에서 새 리더를 뽑습니다.',
    en: 'The controller fenced broker {broker}: partitions it led elect a new leader from their ISR.',
  },
  'event.brokerStarted': {
    ko: '브로커 {broker|가} 다시 시작했습니다. 레플리카는 팔로워로 리더를 따라잡은 뒤 ISR에 돌아갑니다.',
    en: 'Broker {broker} started again. Its replicas catch up with their leaders as followers, then rejoin the ISR.',
  },
  'event.brokerIsolated': {
    ko: '브로커 {broker|가} 다른 브로커들과 끊겼습니다. 실행 중이고 클라이언트와는 통하지만 복제가 멈춥니다.',
    en: 'Broker {broker} is cut off from the other brokers: it runs and answers clients, but replication to and from it stops.',
  },
  'event.brokerReconnected': { ko: '브로커 {broker|가} 다시 연결되었습니다. 복제가 이어집니다.', en: 'Broker {broker} is connected again; replication resumes.' },
  'event.replicaFetched': {
    ko: '브로커 {broker}의 팔로워가 {tp} 리더에서 {offsets|를} 복사했습니다. 하이 워터마크를 {highWatermark|로} 알고 있습니다.',
    en: 'The follower on broker {broker} copied {offsets} of {tp} from the leader; it knows the high watermark as {highWatermark}.',
  },
  'event.replicaFetched.hw': {
    ko: '브로커 {broker}의 팔로워가 {tp}의 하이 워터마크가 {highWatermark}임을 알게 되었습니다.',
    en: 'The follower on broker {broker} learned that the high watermark of {tp} is {highWatermark}.',
  },
  'event.highWatermarkAdvanced': {
    ko: '{tp}의 하이 워터마크가 {from}에서 {to|로} 올라갔습니다. 모든 ISR 레플리카가 오프셋 {last}까지 가졌으니 컨슈머가 여기까지 읽을 수 있습니다.',
    en: 'The high watermark of {tp} moved from {from} to {to}: every in-sync replica has offsets up to {last}, so consumers may now read them.',
  },
  'event.isrShrunk.lagging': {
    ko: '{tp}의 ISR에서 브로커 {removed|가} 빠졌습니다. replica.lag.time.max.ms(30초) 동안 리더를 따라잡지 못했습니다. ISR: {isr}.',
    en: 'Broker {removed} left the ISR of {tp}: it had not caught up with the leader for replica.lag.time.max.ms (30 s). ISR: {isr}.',
  },
  'event.isrShrunk.fenced': {
    ko: '{tp}의 ISR에서 브로커 {removed|가} 빠졌습니다. 컨트롤러가 그 브로커를 펜싱했습니다. ISR: {isr}.',
    en: 'Broker {removed} left the ISR of {tp}: the controller fenced it. ISR: {isr}.',
  },
  'event.isrShrunk.controlled-shutdown': {
    ko: '{tp}의 ISR에서 브로커 {removed|가} 빠졌습니다. 그 브로커가 정상 종료 중입니다. ISR: {isr}.',
    en: 'Broker {removed} left the ISR of {tp}: it is shutting down. ISR: {isr}.',
  },
  'event.isrExpanded': {
    ko: '브로커 {added|가} {tp} 리더를 따라잡아 ISR에 돌아왔습니다. ISR: {isr}.',
    en: 'Broker {added} caught up with the leader of {tp} and is back in the ISR: {isr}.',
  },
  'event.leaderElected': {
    ko: '{tp}의 새 리더는 브로커 {leader}입니다(리더 에포크 {epoch}). ISR에 있던 레플리카라 커밋된 레코드를 모두 가지고 있습니다.',
    en: 'Broker {leader} is the new leader of {tp} (leader epoch {epoch}). It was in the ISR, so it has every committed record.',
  },
  'event.leaderElected.returned': {
    ko: '브로커 {leader|가} 돌아와 {tp}의 리더가 되었습니다(리더 에포크 {epoch}). 파티션이 다시 온라인입니다.',
    en: 'Broker {leader} is back and leads {tp} again (leader epoch {epoch}): the partition is online again.',
  },
  'event.leaderElected.preferred': {
    ko: '{tp}의 리더가 선호 리더인 브로커 {leader|로} 돌아왔습니다(리더 에포크 {epoch}). 리더가 브로커들에 고르게 퍼집니다.',
    en: 'Leadership of {tp} went back to its preferred replica, broker {leader} (leader epoch {epoch}), spreading leaders evenly again.',
  },
  'event.leaderElected.unclean': {
    ko: '언클린 리더 선출: ISR 밖의 브로커 {leader|가} {tp}의 리더가 되었습니다(리더 에포크 {epoch}). 이 브로커에 없던 {offsets}의 레코드는 사라집니다.',
    en: 'Unclean leader election: broker {leader}, not in the ISR, now leads {tp} (leader epoch {epoch}). The records it never had, {offsets}, are gone.',
  },
  'event.leaderElected.unclean.nothingLost': {
    ko: '언클린 리더 선출: ISR 밖의 브로커 {leader|가} {tp}의 리더가 되었습니다(리더 에포크 {epoch}). 이번에는 잃은 레코드가 없습니다.',
    en: 'Unclean leader election: broker {leader}, not in the ISR, now leads {tp} (leader epoch {epoch}). This time no record was lost.',
  },
  'event.partitionOffline': {
    ko: '{tp|가} 오프라인입니다. 살아 있는 ISR 레플리카가 없어 리더를 뽑을 수 없습니다. 쓰기와 읽기가 멈춥니다(ISR: {isr}).',
    en: '{tp} is offline: no live in-sync replica can lead it. Writes and reads stop (ISR: {isr}).',
  },
  'event.logTruncated': {
    ko: '브로커 {broker}의 {tp} 레플리카가 리더와 갈라진 {offsets|를} 잘라냈습니다(리더 에포크 비교). 이제 리더를 따라잡습니다.',
    en: 'The replica of {tp} on broker {broker} cut {offsets}, where it diverged from the leader (compared by leader epoch); now it catches up.',
  },
  'event.coordinatorMoved': {
    ko: '{group} 그룹의 코디네이터가 __consumer_offsets 파티션 {partition}의 새 리더인 브로커 {to|로} 옮겨졌습니다.',
    en: 'The coordinator of group {group} moved to broker {to}, the new leader of __consumer_offsets partition {partition}.',
  },
  'event.coordinatorMoved.none': {
    ko: '{group} 그룹의 코디네이터가 없습니다. __consumer_offsets 파티션 {partition}에 리더가 없어 오프셋을 커밋할 수 없습니다.',
    en: 'Group {group} has no coordinator: __consumer_offsets partition {partition} has no leader, so the group cannot commit.',
  },
  // An offset or a range of them, named inside the messages above (one offset is not "3–3").
  'event.piece.offset': { ko: '오프셋 {from}', en: 'offset {from}' },
  'event.piece.offsets': { ko: '오프셋 {from}–{last}', en: 'offsets {from}–{last}' },
} satisfies Record<string, Entry>;

export const CLUSTER_ERROR_MESSAGES = {
  'error.INVALID_REPLICATION_FACTOR': {
    ko: '복제 계수 {replicationFactor|는} 살아 있는 브로커 수({brokers})보다 큽니다. 레플리카는 서로 다른 브로커에 있어야 합니다.',
    en: 'Replication factor: {replicationFactor} larger than available brokers: {brokers}. Each replica needs a broker of its own.',
  },
  'error.BROKER_NOT_REGISTERED': { ko: '브로커 {broker|는} 클러스터에 없습니다.', en: 'Broker ID {broker} is not currently registered.' },
  'error.DUPLICATE_BROKER_REGISTRATION': { ko: '브로커 ID {broker|는} 이미 있습니다.', en: 'Another broker is registered with broker ID {broker}.' },
  'error.TOO_MANY_BROKERS': { ko: '이 시뮬레이터는 브로커를 {max}개까지 그립니다.', en: 'This simulator draws at most {max, plural, one {# broker} other {# brokers}}.' },
  'error.BROKER_NOT_RUNNING': { ko: '브로커 {broker|는} 실행 중이 아닙니다({status}).', en: 'Broker {broker} is not running ({status}).' },
  'error.BROKER_ALREADY_RUNNING': { ko: '브로커 {broker|는} 이미 실행 중입니다.', en: 'Broker {broker} is already running.' },
  'error.BROKER_ALREADY_ISOLATED': { ko: '브로커 {broker|는} 이미 끊겨 있습니다.', en: 'Broker {broker} is already cut off.' },
  'error.BROKER_NOT_ISOLATED': { ko: '브로커 {broker|는} 끊겨 있지 않습니다({status}).', en: 'Broker {broker} is not cut off ({status}).' },
  'error.CONFIG_EXCEPTION.acks': {
    ko: '멱등성 프로듀서를 쓰려면 acks를 all로 설정해야 합니다. 그렇지 않으면 멱등성을 보장할 수 없습니다.',
    en: 'Must set acks to all in order to use the idempotent producer. Otherwise we cannot guarantee idempotence.',
  },
  'error.CONFIG_EXCEPTION.retries': { ko: '멱등성 프로듀서를 쓰려면 retries가 0이 아니어야 합니다.', en: 'Must set retries to non-zero when using the idempotent producer.' },
  'error.CONFIG_EXCEPTION.delivery': {
    ko: 'delivery.timeout.ms는 linger.ms + request.timeout.ms({min}) 이상이어야 합니다.',
    en: 'delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms ({min}).',
  },
  'error.BUFFER_EXHAUSTED': {
    ko: '{producer} 프로듀서는 아직 응답받지 못한 레코드를 이미 {max}개 안고 있습니다. 카프카의 send()라면 max.block.ms 동안 기다리다 실패합니다(buffer.memory가 가득 참). 이 시뮬레이터의 한도입니다.',
    en: 'Producer {producer} already holds {max, plural, one {# record} other {# records}} not yet acknowledged: Kafka\'s send() would block for max.block.ms and then fail (buffer.memory full). This is the simulator\'s limit.',
  },
  'error.NO_ACKS': { ko: '{producer} 프로듀서는 acks=0이라 잃어버릴 응답이 없습니다.', en: 'Producer {producer} uses acks=0: there is no acknowledgement to lose.' },
  'error.COORDINATOR_NOT_AVAILABLE': {
    ko: '{group} 그룹의 코디네이터를 쓸 수 없습니다. __consumer_offsets 파티션의 리더가 내려가 있어 커밋할 수 없습니다.',
    en: 'The coordinator of group {group} is not available: the leader of its __consumer_offsets partition is down, so it cannot commit.',
  },
} satisfies Record<string, Entry>;

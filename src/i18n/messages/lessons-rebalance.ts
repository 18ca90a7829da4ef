import type { Entry } from '../entry.ts';

// The rebalance-protocols lesson (issue 19): one scale-out under the eager and cooperative classic
// protocol and under KIP-848's consumer protocol. Every number here is checked against the engine
// in src/lessons/lesson-rebalance-protocols.test.ts.
export const LESSON_MESSAGES_REBALANCE = {
  'lesson.rebalance-protocols.title': { ko: '리밸런스의 세 가지 방식', en: 'Three ways to rebalance' },
  'lesson.rebalance-protocols.summary': {
    ko: '카프카 4.1에서 같은 스케일 아웃을 세 번 봅니다: eager 조인 배리어, 두 라운드에 걸친 cooperative 리밸런스, 배리어가 없는 KIP-848 컨슈머 프로토콜.',
    en: 'The same scale-out three times under Kafka 4.1: an eager join barrier, cooperative rebalancing in two rounds, and KIP-848\'s consumer protocol with no barrier.',
  },
  'lesson.rebalance-protocols.step1': {
    ko: '카프카 4.1입니다. eager 그룹의 두 컨슈머가 orders 토픽의 파티션 6개를 나눠 읽습니다. classic 프로토콜과 RangeAssignor를 써서 e1이 0–2번, e2가 3–5번을 맡고, classic 멤버는 그룹 일을 poll() 안에서 하므로 둘 다 poll()해서 참여했습니다.',
    en: 'Kafka 4.1. Group eager has two consumers on the 6 partitions of orders, with the classic protocol and RangeAssignor: e1 reads 0–2, e2 reads 3–5. A classic member does its group work inside poll(), so each one polled to join.',
  },
  'lesson.rebalance-protocols.step2': {
    ko: '세 번째 컨슈머 e3가 첫 poll()에서 참여합니다. 코디네이터는 그룹을 PreparingRebalance로 바꾸고, e1과 e2가 다시 참여할 때까지 최대 max.poll.interval.ms(5분) 동안 e3의 JoinGroup을 조인 배리어에 붙잡아 둡니다. 누구를 언제까지 기다리는지는 그룹 패널에 나옵니다.',
    en: 'A third consumer, e3, joins in its first poll(). The coordinator moves the group to PreparingRebalance and holds e3\'s JoinGroup at the join barrier until e1 and e2 rejoin, for at most max.poll.interval.ms (5 minutes). The group panel shows whom it waits for, and until when.',
  },
  'lesson.rebalance-protocols.step3.question': {
    ko: '그룹이 기다리는 동안 e1이 poll()을 호출합니다. 그 뒤 orders-0은 누가 읽을까요?',
    en: 'e1 calls poll() while the group waits. Who reads orders-0 after that?',
  },
  'lesson.rebalance-protocols.step3': {
    ko: '아무도 읽지 않습니다. eager 멤버는 다시 참여하기 전에 파티션을 모두 내려놓으므로, e1은 0–2번을 놓고 배리어에서 기다립니다. e2는 아직 poll()하지 않아 3–5번을 계속 읽습니다.',
    en: 'Nobody. An eager member revokes all its partitions before it rejoins, so e1 gave up 0–2 and waits at the barrier. e2 has not polled yet, so it still reads 3–5.',
  },
  'lesson.rebalance-protocols.step4': {
    ko: 'e2가 poll()에서 3–5번을 내려놓고 다시 참여하자 모두 모였으므로, 리더 e1이 제너레이션 3의 할당을 계산합니다: e1은 0–1번, e2는 2–3번, e3는 4–5번. 주인이 바뀐 파티션은 세 개뿐인데, 가장 늦게 poll()한 멤버를 기다리는 동안 여섯 개가 모두 멈췄습니다.',
    en: 'e2\'s poll() revokes 3–5 and rejoins; with everyone in, the leader e1 computes the assignment of generation 3: e1 gets 0–1, e2 2–3, e3 4–5. Only three partitions changed owner, yet all six stopped until the slowest member polled.',
  },
  'lesson.rebalance-protocols.step5': {
    ko: 'e1–e3를 닫고, 이번에는 coop 그룹이 같은 두 컨슈머에 CooperativeStickyAssignor를 씁니다. c1이 0–2번, c2가 3–5번을 읽습니다. c3가 참여하자 이번에도 그룹은 PreparingRebalance에서 c1과 c2를 기다립니다.',
    en: 'e1–e3 close, and group coop runs the same pair with CooperativeStickyAssignor: c1 reads 0–2, c2 reads 3–5. c3 joins, and again the group waits in PreparingRebalance for c1 and c2.',
  },
  'lesson.rebalance-protocols.step6.question': {
    ko: '그룹이 c2를 기다리는 동안 c1이 poll()합니다. 이제 orders-0은 누가 읽을까요?',
    en: 'c1 polls while the group waits for c2. Who reads orders-0 now?',
  },
  'lesson.rebalance-protocols.step6': {
    ko: 'c1이 읽습니다. cooperative 멤버는 아무것도 내려놓지 않고 다시 참여하며, 배리어에서 기다리는 동안에도 0–2번을 계속 읽습니다.',
    en: 'c1 does. A cooperative member rejoins without revoking anything and keeps reading 0–2 while it waits at the barrier.',
  },
  'lesson.rebalance-protocols.step7.question': {
    ko: 'c2가 poll()하면 첫 번째 라운드가 끝납니다. 그 뒤 orders-2는 누가 읽을까요?',
    en: 'c2 polls, and the first round completes. Who reads orders-2 after it?',
  },
  'lesson.rebalance-protocols.step7': {
    ko: '아직 아무도 읽지 않습니다. 첫 라운드는 옮길 파티션을 빼기만 해서, c1은 2번, c2는 5번을 내려놓고 c3는 아무것도 받지 못합니다. 내려놓은 멤버가 곧바로 다시 참여해 두 번째 라운드가 시작되고, 이제 c3의 poll()을 기다립니다.',
    en: 'Nobody yet. Round 1 only takes away what moves: c1 revokes 2 and c2 revokes 5, and c3 gets nothing. The members that revoked rejoin at once for a second round, which now waits for c3\'s poll().',
  },
  'lesson.rebalance-protocols.step8': {
    ko: 'c3의 poll()로 두 번째 라운드가 끝나고 c3가 2번과 5번을 받습니다. 멈춘 파티션은 이 두 개뿐이지만, c3가 읽기까지 라운드가 두 번 필요했고 라운드마다 모든 멤버의 JoinGroup을 기다렸습니다.',
    en: 'c3\'s poll() completes round 2, and c3 gets 2 and 5. Only those two paused, but c3 could read only after two rounds, each waiting for every member\'s JoinGroup.',
  },
  'lesson.rebalance-protocols.step9.question': {
    ko: 'c1–c3를 닫고, kip848 그룹이 컨슈머 프로토콜(KIP-848)로 시작합니다: k1이 0–2번, k2가 3–5번을 읽습니다. k3가 첫 poll()에서 참여한 직후 orders-2는 누가 읽을까요?',
    en: 'c1–c3 close, and group kip848 starts on the consumer protocol (KIP-848): k1 reads 0–2, k2 reads 3–5. Right after k3 joins in its first poll(), who reads orders-2?',
  },
  'lesson.rebalance-protocols.step9': {
    ko: '아직 k1이 읽습니다. group.protocol=consumer에서는 브로커의 uniform 할당 전략이 곧바로 목표 할당을 계산합니다: 그룹 에포크 3, k3의 몫은 2번과 5번. 배리어는 없고, 멤버마다 5초 간격의 자기 하트비트에서 목표로 다가갑니다.',
    en: 'k1 still does. With group.protocol=consumer the broker\'s uniform assignor computes a target at once: group epoch 3, orders-2 and 5 for k3. There is no barrier; each member moves towards its target at its own heartbeat, every 5 s.',
  },
  'lesson.rebalance-protocols.step10.question': {
    ko: '5초가 지나 멤버들의 다음 하트비트가 옵니다. 그 뒤 orders-2는 누가 읽을까요?',
    en: '5 seconds pass, to the members\' next heartbeats. Who reads orders-2 then?',
  },
  'lesson.rebalance-protocols.step10': {
    ko: 'k3입니다. k1과 k2는 하트비트에서 2번과 5번을 poll()을 기다리지 않고 백그라운드에서 내려놓고, k3는 자기 하트비트에서 그것을 받습니다. 참여하고 5초 만에 받은 첫 파티션을 이어지는 poll()이 읽고, k1과 k2는 나머지를 한 번도 멈추지 않았습니다.',
    en: 'k3. At their heartbeats k1 and k2 give back 2 and 5 in the background, without waiting for poll(), and k3 takes them at its own: its first partitions, 5 s after it joined, which its next poll() reads. k1 and k2 never stopped reading the rest.',
  },
  'lesson.rebalance-protocols.step11': {
    ko: '같은 스케일 아웃을 세 방식으로 보았습니다. eager는 마지막 멤버가 poll()할 때까지 여섯 파티션을 모두 멈췄고, cooperative는 옮겨 가는 두 개만 두 라운드에 걸쳐 멈췄으며, 컨슈머 프로토콜은 같은 두 개를 배리어 없이 다음 하트비트에서 옮겼습니다. 컨슈머 프로토콜을 쓰려면 브로커와 클라이언트가 모두 카프카 4.0 이상이어야 합니다.',
    en: 'The same scale-out, three ways: eager stopped all six partitions until the last member polled; cooperative paused only the two that moved, over two rounds; the consumer protocol moved the same two at the next heartbeats, with no barrier at all. It needs Kafka 4.0 or later on both brokers and clients.',
  },
} satisfies Record<string, Entry>;

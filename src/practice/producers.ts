import { inFlight, partitionState, records, type Acks, type SimEvent, type SimState } from '../engine/index.ts';
import { topicName, type Draw } from './random.ts';
import { Scenario } from './scenario.ts';
import type { Distractor, Draft } from './types.ts';

// Producers: what became of a send under acks and a fault, and how many copies a retried send
// leaves with and without idempotence. Answers are read from the engine's events and logs.

const PRODUCER = 'producer-1';
export const SEND_OUTCOMES = ['acked-kept', 'acked-lost', 'error', 'unanswered', 'completed-unacked'] as const;
export type SendOutcome = (typeof SEND_OUTCOMES)[number];

/**
 * Acknowledged (and still in the leader's log at that offset), an error instead, nothing heard yet,
 * or (acks=0) completed without an answer. With acks=0 no broker answers, and Sender.handleProduceResponse
 * ("this is the acks = 0 case, just complete all requests") completes the batch with Errors.NONE as
 * soon as the request is sent: send()'s callback reports success with offset -1. The engine has no
 * event for that completion (it emits no produceAcknowledged for acks=0), so a record sent
 * (appended: the engine sends and appends in one step) by an acks=0 producer counts as completed.
 */
export function sendOutcome(state: SimState, events: readonly SimEvent[], producer: string, topic: string, value: string): SendOutcome {
  const appended = events.filter((e): e is Extract<SimEvent, { type: 'recordProduced' }> => e.type === 'recordProduced' && e.producer === producer && e.topic === topic && e.value === value);
  if (state.producers[producer]?.acks === 0 && appended.length > 0) return 'completed-unacked';
  const acked = events.find((e): e is Extract<SimEvent, { type: 'produceAcknowledged' }> =>
    e.type === 'produceAcknowledged' && e.producer === producer && e.topic === topic && appended.some((a) => a.partition === e.partition && a.offset === e.offset));
  if (acked) return records(state, topic, acked.partition).some((r) => r.offset === acked.offset && r.value === value) ? 'acked-kept' : 'acked-lost';
  const request = inFlight(state, producer).find((r) => r.topic === topic && r.value === value);
  const errored = events.some((e) => (e.type === 'produceErrored' || e.type === 'produceFailed') && e.producer === producer && e.topic === topic && (request ? e.requestId === request.id : true));
  return errored ? 'error' : 'unanswered';
}

export type Fault = 'none' | 'crash-leader' | 'crash-leader-later' | 'follower-down';

/** Why each wrong outcome is wrong, given what happened. */
export function outcomeMisconception(wrong: SendOutcome, acks: Acks, fault: Fault, minIsr: number): string {
  if (acks === 0) {
    switch (wrong) {
      case 'acked-kept': return 'acksZeroNotAcked';
      case 'acked-lost': return 'acksZeroLossUnseen';
      case 'error': return 'acksZeroNoError';
      case 'unanswered': return 'acksZeroWaits';
      // Not wrong for acks=0 unless nothing was sent; then it is the belief that acks=0 needs no send.
      case 'completed-unacked': return 'completesWithoutAnswer';
    }
  }
  switch (wrong) {
    case 'completed-unacked': return 'completesWithoutAnswer';
    case 'acked-kept': return fault === 'follower-down' && minIsr > 1 ? 'minIsrIgnored' : acks === 1 ? 'ackedMeansCopied' : 'ackBeforeReplication';
    case 'acked-lost': return acks === 'all' ? 'acksAllLoses' : 'ackedAlwaysLost';
    case 'error': return fault === 'none' ? 'errorWithoutFault' : 'failoverFailsSend';
    case 'unanswered': return 'answerAlwaysComes';
  }
}

/**
 * acksOutcome: acks=0 completes at once with no answer (offset -1), acks=1 hears once the leader
 * appended, acks=all once the high watermark passes the record.
 */
export function acksOutcome(draw: Draw, seed: number): Draft | undefined {
  const topic = topicName(draw);
  const acks = draw.pick<Acks>([0, 1, 1, 'all', 'all']);
  const fault = draw.pick<Fault>(['none', 'crash-leader', 'crash-leader', 'crash-leader-later', 'follower-down']);
  const minIsr = acks === 'all' && draw.chance(60) ? 2 : 1;
  const s = new Scenario(seed).brokers(3).run(
    { type: 'createTopic', topic, partitions: 1, replicationFactor: 3, minInsyncReplicas: minIsr },
    { type: 'addProducer', producer: PRODUCER, acks, ...(acks === 'all' ? {} : { enableIdempotence: false }) },
  );
  const before = draw.int(1, 3);
  for (let i = 0; i < before; i++) s.run({ type: 'produce', producer: PRODUCER, topic, value: `v${i}` });
  s.run({ type: 'advanceTime', ms: 1_000 });
  const leader = partitionState(s.state, topic, 0)?.leader;
  if (leader === undefined) return undefined;
  const followers = partitionState(s.state, topic, 0)!.replicas.filter((b) => b !== leader);
  if (fault === 'follower-down') for (const b of followers) s.run({ type: 'crashBroker', broker: b });
  if (fault === 'follower-down') s.run({ type: 'advanceTime', ms: 10_000 });
  s.mark();
  const value = `v${before}`;
  s.run({ type: 'produce', producer: PRODUCER, topic, value });
  if (fault === 'crash-leader') s.run({ type: 'crashBroker', broker: leader }, { type: 'advanceTime', ms: 10_000 });
  if (fault === 'crash-leader-later') s.run({ type: 'advanceTime', ms: 1_000 }, { type: 'crashBroker', broker: leader }, { type: 'advanceTime', ms: 10_000 });
  if (fault === 'none') s.run({ type: 'advanceTime', ms: 1_000 });
  if (s.refused) return undefined;
  const answer = sendOutcome(s.state, s.events, PRODUCER, topic, value);
  const distractors: Distractor[] = outcomeDistractors(draw, answer, acks, fault).map((o) => ({ value: o, misconception: outcomeMisconception(o, acks, fault, minIsr) }));
  return {
    commands: s.commands, setupLength: s.setupLength,
    question: { text: `practice.question.acksOutcome.${fault}`, params: { producer: PRODUCER, topic, value, acks: String(acks), broker: leader, minIsr } },
    answer,
    distractors,
  };
}

/**
 * Three wrong outcomes. acks=0: "still waiting" always (the belief that a reply will come), then the
 * acknowledgement a student expects after a crash (lost) or without one (kept). Otherwise the
 * acks=0 outcome is always offered, so its presence does not give away which acks was asked about,
 * beside two of the other three.
 */
function outcomeDistractors(draw: Draw, answer: SendOutcome, acks: Acks, fault: Fault): SendOutcome[] {
  if (acks === 0 && answer === 'completed-unacked') {
    return fault === 'crash-leader' || fault === 'crash-leader-later' ? ['unanswered', 'acked-lost', 'acked-kept'] : ['unanswered', 'acked-kept', 'error'];
  }
  const others = SEND_OUTCOMES.filter((o) => o !== answer && o !== 'completed-unacked');
  others.splice(draw.int(0, others.length - 1), 1);
  return [...others, 'completed-unacked'];
}

/** idempotentRetry: a lost acknowledgement makes the producer send again; the leader drops the copy only with idempotence (sequence numbers). */
export function idempotentRetry(draw: Draw, seed: number): Draft | undefined {
  const topic = topicName(draw);
  const idempotent = draw.chance(50);
  const partitions = draw.int(1, 3);
  const partition = draw.int(0, partitions - 1);
  const s = new Scenario(seed).run(
    { type: 'createTopic', topic, partitions },
    { type: 'addProducer', producer: PRODUCER, acks: 'all', enableIdempotence: idempotent },
  );
  const before = draw.int(0, 3);
  for (let i = 0; i < before; i++) s.run({ type: 'produce', producer: PRODUCER, topic, value: `v${i}`, partition });
  const value = `v${before}`;
  const lose = draw.chance(80);
  s.mark();
  if (lose) s.run({ type: 'loseNextAck', producer: PRODUCER });
  s.run({ type: 'produce', producer: PRODUCER, topic, value, partition }, { type: 'advanceTime', ms: 31_000 });
  if (s.refused) return undefined;
  const answer = records(s.state, topic, partition).filter((r) => r.value === value).length;
  return {
    commands: s.commands, setupLength: s.setupLength,
    question: { text: lose ? 'practice.question.idempotentRetry.lost' : 'practice.question.idempotentRetry.kept', params: { producer: PRODUCER, topic, partition, value, idempotence: String(idempotent) } },
    answer,
    distractors: [
      { value: 0, misconception: 'lostAckLosesRecord' },
      { value: answer === 1 ? 2 : 1, misconception: answer === 1 ? (lose ? 'idempotenceDuplicates' : 'retryWithoutLoss') : 'retryNeverDuplicates' },
      { value: answer + 2, misconception: 'retriesRepeat' },
    ],
  };
}

import { hasMessage, translate, type MessageKey } from '../i18n/catalog.ts';
import { generateExercise, type Exercise } from './index.ts';
import { outcomeMisconception } from './producers.ts';
import { answerLabel } from './ui/labels.ts';

// acks=0 as Kafka's producer has it: no broker answers, and Sender.handleProduceResponse ("this is
// the acks = 0 case, just complete all requests") completes the batch with Errors.NONE, so send()'s
// callback fires at once, successfully, with offset -1. Not "no answer yet", not "hears nothing".

const exercises = Array.from({ length: 100 }, (_, seed) => generateExercise('acksOutcome', seed)!);
const acksZero = exercises.filter((e) => e.question.params['acks'] === '0');
const acksOther = exercises.filter((e) => e.question.params['acks'] !== '0');

const wrongPicks = (e: Exercise) => e.choices!.map((c, i) => [String(c), e.misconceptions[String(i)]] as const).filter(([, m]) => m !== undefined);

describe('acksOutcome under acks=0 (Sender: the acks = 0 case completes every request with Errors.NONE)', () => {
  it('the send completed as a success with no offset known, for every acks=0 exercise', () => {
    expect(acksZero.length).toBeGreaterThan(5);
    for (const e of acksZero) expect(e.answer, `seed ${e.seed}`).toBe('completed-unacked');
  });

  it('offers "no answer yet" as a wrong pick: nothing is awaited', () => {
    for (const e of acksZero) {
      expect(e.choices).toContain('unanswered');
      expect(Object.fromEntries(wrongPicks(e))['unanswered']).toBe('acksZeroWaits');
    }
  });

  it('names a belief that fits each wrong pick, one per pick', () => {
    for (const e of acksZero) {
      const ids = wrongPicks(e).map(([, m]) => m);
      expect(new Set(ids).size, `seed ${e.seed}`).toBe(ids.length);
    }
    expect(outcomeMisconception('acked-kept', 0, 'none', 1)).toBe('acksZeroNotAcked');
    expect(outcomeMisconception('acked-lost', 0, 'crash-leader', 1)).toBe('acksZeroLossUnseen');
    expect(outcomeMisconception('error', 0, 'none', 1)).toBe('acksZeroNoError');
    expect(outcomeMisconception('unanswered', 0, 'none', 1)).toBe('acksZeroWaits');
  });

  it('labels the answer with offset -1 and never as a reply still to come, in both languages', () => {
    const e = acksZero[0]!;
    const ko = answerLabel((k, p) => translate('ko', k, p), e, e.answer);
    const en = answerLabel((k, p) => translate('en', k, p), e, e.answer);
    expect(ko).toContain('-1');
    expect(en).toContain('-1');
    expect(ko).toContain('성공');
    expect(en).toContain('success');
    expect(ko).not.toContain('아직');
    expect(en).not.toMatch(/\byet\b/);
  });

  it('explains each acks=0 belief with the send completing as a success, in both languages', () => {
    for (const id of ['acksZeroNotAcked', 'acksZeroLossUnseen', 'acksZeroNoError', 'acksZeroWaits']) {
      expect(translate('ko', `practice.misconception.${id}` as MessageKey)).toContain('성공');
      expect(translate('en', `practice.misconception.${id}` as MessageKey)).toContain('success');
    }
  });
});

describe('the acks lesson tells acks=0 the same way', () => {
  it('fire\'s send completes as a success with offset -1 (steps 2 and 11), in both languages', () => {
    for (const name of ['lesson.acks.step2', 'lesson.acks.step11']) {
      const key = hasMessage('en', name) ? name : 'missing' as MessageKey;
      expect(translate('ko', key)).toContain('성공');
      expect(translate('ko', key)).toContain('-1');
      expect(translate('en', key)).toMatch(/as a success.*offset -1/);
      expect(translate('en', key)).not.toMatch(/hears nothing|never hears/);
      expect(translate('ko', key)).not.toMatch(/응답도 받지 않|응답이 없어 잃어도/);
    }
  });
});

describe('acksOutcome under acks=1 and acks=all', () => {
  it('always offers the acks=0 outcome, so its presence does not tell which acks was asked about', () => {
    for (const e of acksOther) {
      expect(e.answer).not.toBe('completed-unacked');
      expect(e.choices, `seed ${e.seed}`).toContain('completed-unacked');
      expect(Object.fromEntries(wrongPicks(e))['completed-unacked']).toBe('completesWithoutAnswer');
    }
  });
});

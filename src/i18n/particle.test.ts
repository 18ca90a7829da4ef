import { ending, particle } from './particle.ts';

describe('Korean particles follow the word', () => {
  it('reads the last Hangul syllable', () => {
    expect(particle('주문', '가')).toBe('이');
    expect(particle('레코드 3개', '을')).toBe('를');
    expect(particle('파일', '으로')).toBe('로'); // ㄹ takes 로
    expect(particle('토픽', '로')).toBe('으로');
    expect(particle('결제', '이라는')).toBe('라는');
  });

  it('reads digits as Sino-Korean numbers', () => {
    expect(particle('1', '가')).toBe('이'); // 일이
    expect(particle('2', '이')).toBe('가'); // 이가
    expect(particle('3', '를')).toBe('을'); // 삼을
    expect(particle('7', '으로')).toBe('로'); // 칠로
    expect(particle('10', '는')).toBe('은'); // 십은
    expect(particle('orders-0', '가')).toBe('이'); // 영이
    expect(particle('1,024', '를')).toBe('를'); // 천이십사를
  });

  it('reads Latin names by common endings and letter names', () => {
    expect(particle('orders', '이라는')).toBe('라는');
    expect(particle('payments', '가')).toBe('가');
    expect(particle('stream', '을')).toBe('을');
    expect(particle('topic', '은')).toBe('은');
    expect(particle('mail', '로')).toBe('로');
    expect(particle('ISR', '이')).toBe('이'); // 아이에스알이
    expect(particle('ISR', '로')).toBe('로');
    expect(particle('"a"', '가')).toBe('가'); // quotes are looked through
    expect(particle('REQUEST_TIMED_OUT', '로')).toBe('으로'); // 아웃으로: a word, not letters
    expect(particle('NOT_ENOUGH_REPLICAS', '로')).toBe('로'); // 레플리카스로
    expect(particle('NETWORK_EXCEPTION', '로')).toBe('으로'); // 익셉션으로
  });

  it('gives both forms when the end cannot be read', () => {
    expect(ending('!')).toBe('unknown');
    expect(particle('!', '을')).toBe('을(를)');
    expect(particle('!', '이라는')).toBe('(이)라는');
    expect(particle('!', '로')).toBe('(으)로');
    expect(particle('x', '의')).toBe('의'); // one form for every word
  });
});

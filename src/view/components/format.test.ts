import { formatModelTime } from './Controls.tsx';

describe('formatModelTime', () => {
  it.each([[0, '0 ms'], [999, '999 ms'], [1000, '1 s'], [1500, '1.5 s'], [60_000, '1 min'], [90_000, '1 min 30 s'], [300_000, '5 min'], [3_600_000, '1 h'], [86_400_000, '1 d'], [604_800_000, '7 d'], [90_061_000, '1 d 1 h']])('%i ms reads %s', (ms, text) => {
    expect(formatModelTime(ms)).toBe(text);
  });
});

describe('formatModelTime in Korean', () => {
  it.each([[0, '0ms'], [1000, '1초'], [1500, '1.5초'], [90_000, '1분 30초'], [300_000, '5분'], [3_600_000, '1시간'], [604_800_000, '7일'], [90_061_000, '1일 1시간']])('%i ms reads %s', (ms, text) => {
    expect(formatModelTime(ms, 'ko')).toBe(text);
  });
});

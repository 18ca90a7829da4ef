import { translate, type Lang } from '../../i18n/catalog.ts';
import type { Prediction } from '../types.ts';
import { choiceLabel } from './PredictionPanel.tsx';

// An ISR choice names its brokers in plain words: one broker is "broker 2", not "brokers 2".

const isrAfter: Prediction = { kind: 'isrAfter', topic: 'orders', partition: 0 };
const label = (lang: Lang, choice: string) => choiceLabel(((key: never, params?: never) => translate(lang, key, params)) as never, isrAfter, choice);

describe('ISR choice labels', () => {
  it('say broker for one in-sync replica and brokers for several, in English', () => {
    expect(label('en', '2')).toBe('broker 2');
    expect(label('en', '1,2,3')).toBe('brokers 1, 2, 3');
  });

  it('read 브로커 with the list in Korean', () => {
    expect(label('ko', '2')).toBe('브로커 2');
    expect(label('ko', '1,3')).toBe('브로커 1, 3');
  });
});

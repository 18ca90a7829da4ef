// Korean particles that follow the word they attach to: 이/가, 을/를, 은/는, 과/와, 으로/로,
// (이)라는… depend on whether the word's last sound has a final consonant (batchim), and 으로/로
// also on whether that consonant is ㄹ. Names here are user-typed (topics, consumers) or numbers,
// so the word is read as a Korean speaker would say it: Hangul by its last syllable, digits as
// Sino-Korean numbers (1 일, 10 십), Latin by common English endings and letter names (ISR 알).
// A word whose sound cannot be told (a symbol at the end) gets both forms: "을(를)".

type Ending = 'vowel' | 'rieul' | 'consonant' | 'unknown';

/** Pairs written with the form after a consonant first. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['이', '가'], ['을', '를'], ['은', '는'], ['과', '와'], ['으로', '로'], ['이라는', '라는'], ['이라고', '라고'], ['이나', '나'], ['이랑', '랑'], ['아', '야'],
];

// Digit names' endings: 영 일 이 삼 사 오 육 칠 팔 구.
const DIGITS: Record<string, Ending> = { 0: 'consonant', 1: 'rieul', 2: 'vowel', 3: 'consonant', 4: 'vowel', 5: 'vowel', 6: 'consonant', 7: 'rieul', 8: 'rieul', 9: 'vowel' };
// Letter names (에이, 비, 씨 … 엘, 엠, 엔, 알): those that end in a consonant.
const LETTER_CONSONANT = new Set(['L', 'M', 'N', 'R']);

function hangulEnding(ch: string): Ending | undefined {
  const code = ch.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return undefined;
  const final = code % 28;
  return final === 0 ? 'vowel' : final === 8 ? 'rieul' : 'consonant';
}

function numberEnding(digits: string): Ending {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  // A trailing zero is read as a unit (십 백 천 만) or 영 alone: all end in a consonant.
  if (trimmed.endsWith('0')) return 'consonant';
  return DIGITS[trimmed[trimmed.length - 1]!]!;
}

function latinEnding(word: string, inIdentifier: boolean): Ending {
  // An acronym or a single capital is read letter by letter: ISR → 아이에스알. The last word of
  // an error name is a word: REQUEST_TIMED_OUT → …아웃.
  if (!inIdentifier && /^[A-Z]+$/.test(word) && word.length <= 4) {
    const last = word[word.length - 1]!;
    return last === 'L' || last === 'R' ? 'rieul' : LETTER_CONSONANT.has(last) ? 'consonant' : 'vowel';
  }
  const w = word.toLowerCase();
  if (/l$/.test(w)) return 'rieul'; // mail 메일, pool 풀
  if (/(m|n|ng|[aeiou][bckpt]|ck)$/.test(w)) return 'consonant'; // stream 스트림, topic 토픽, job 잡
  return 'vowel'; // orders 오더스, consumer 컨슈머, kafka 카프카
}

/** How the word ends when read aloud. Trailing quotes and brackets are looked through. */
export function ending(word: string): Ending {
  const text = word.replace(/[\s"'”’)\]\u2069]+$/u, '');
  const last = text[text.length - 1];
  if (last === undefined) return 'unknown';
  const hangul = hangulEnding(last);
  if (hangul) return hangul;
  const digits = /\d+$/.exec(text);
  if (digits) return numberEnding(digits[0]);
  const latin = /[A-Za-z]+$/.exec(text);
  if (latin) return latinEnding(latin[0], text[latin.index - 1] === '_');
  return 'unknown';
}

/** The form of `josa` (either form of a pair, e.g. '을' or '를') that follows `word`. */
export function particle(word: string, josa: string): string {
  const pair = PAIRS.find(([afterConsonant, afterVowel]) => josa === afterConsonant || josa === afterVowel);
  if (!pair) return josa; // 의, 에, 도…: one form for every word
  const [afterConsonant, afterVowel] = pair;
  const end = ending(word);
  if (end === 'unknown') return afterConsonant.endsWith(afterVowel) ? `(${afterConsonant.slice(0, afterConsonant.length - afterVowel.length)})${afterVowel}` : `${afterConsonant}(${afterVowel})`;
  if (afterConsonant === '으로' && end === 'rieul') return afterVowel;
  return end === 'vowel' ? afterVowel : afterConsonant;
}

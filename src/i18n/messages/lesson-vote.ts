import type { Entry } from '../entry.ts';

// Peer instruction in lecture mode: the class votes by hand on a prediction, the teacher may type
// the counts, and a split vote suggests discussing before the answer. Nothing leaves the page.
export const LESSON_VOTE_MESSAGES = {
  'lessonUi.vote.label': { ko: '손을 들어 투표하세요. 원하면 선택지마다 표 수를 적으세요.', en: 'Vote by show of hands; type the count per choice if you like.' },
  'lessonUi.vote.count': { ko: '{choice} 표 수', en: 'Votes for {choice}' },
  'lessonUi.vote.open': { ko: '투표 중입니다. 선택지마다 손을 들게 하고, 준비되면 → 또는 스페이스로 정답을 공개하세요.', en: 'The vote is open: hands up for each choice; press → or Space again to reveal.' },
  'lessonUi.vote.reveal': { ko: '정답 공개', en: 'Reveal' },
  'lessonUi.vote.again': { ko: '다시 투표', en: 'Vote again' },
  'lessonUi.vote.revealAnyway': { ko: '그래도 공개', en: 'Reveal anyway' },
  'lessonUi.vote.split': { ko: '표가 갈렸습니다(가장 많은 답이 {share}%). 옆 사람과 왜 그렇게 골랐는지 이야기한 뒤 다시 투표해 보세요.', en: 'The vote is split (the most chosen answer has {share}%). Discuss with your neighbour why you chose it, then vote again.' },
  'lessonUi.vote.bad': { ko: '표 수는 0 이상의 정수로 적어 주세요: "{value}". 아무것도 바꾸지 않았습니다.', en: 'A count is a whole number of 0 or more: "{value}". Nothing was changed.' },
  'lessonUi.vote.result': { ko: '학급이 가장 많이 고른 답: {choice}({count}표 중 {votes}표)', en: 'The class\'s most chosen answer: {choice} ({votes} of {count} votes)' },
} satisfies Record<string, Entry>;

import type { Entry } from '../entry.ts';

// The log compaction lesson (src/lessons/lessons/compaction.ts), Korean first; the numbers are
// checked by src/lessons/lessons-compaction.test.ts. Terms: 컴팩션, 툼스톤, 로그 클리너, 더티 비율 (GLOSSARY.md).
export const LESSON_COMPACTION_MESSAGES = {
  'lesson.compaction.title': { ko: '로그 컴팩션: 키마다 마지막 값', en: 'Log compaction: the latest value per key' },
  'lesson.compaction.summary': {
    ko: '컴팩션 토픽은 키마다 마지막 값을 남깁니다. 오프셋은 바뀌지 않고, 옛 값은 클리너를 기다리며, 툼스톤은 delete.retention.ms가 지나면 키를 완전히 지웁니다.',
    en: 'A compacted topic keeps the latest value of each key: offsets never change, old values wait for the cleaner, and a tombstone deletes a key for good after delete.retention.ms.',
  },
  'lesson.compaction.step1': {
    ko: 'profiles 토픽은 cleanup.policy=compact인 컴팩션 토픽입니다. 사용자마다 지금 사는 도시만 알면 되니, 로그 클리너가 키마다 마지막 값만 남기면 충분합니다. 레코드 몇 개로 정리를 보여 주려고 segment.bytes를 레코드 3개 크기(228바이트)로 줄였습니다. 실제 카프카 4.0은 1 MiB보다 작은 값을 받지 않습니다.',
    en: 'The profiles topic has cleanup.policy=compact. A table of where each user lives needs only the latest value of each key, and that is what the log cleaner keeps. To show a cleaning with a few records, segment.bytes is scaled down to three records (228 bytes); real Kafka 4.0 refuses less than 1 MiB.',
  },
  'lesson.compaction.step2': {
    ko: '앱이 변경 7건을 씁니다. kim은 세 번, lee는 두 번 이사했습니다. 여느 토픽처럼 로그는 오프셋 0부터 6까지 모두 순서대로 쌓습니다. 세그먼트에 레코드가 3개씩 들어가므로, 오프셋 6부터는 지금 쓰이고 있는 활성 세그먼트입니다.',
    en: 'The app writes seven updates: kim moves three times, lee twice. Like any topic, the log keeps them all, in order, at offsets 0 to 6. Each segment holds three records, so offset 6 starts the active segment, the one being written.',
  },
  'lesson.compaction.step3.question': {
    ko: '로그 클리너는 15초(log.cleaner.backoff.ms)마다 깨어납니다. 이번 정리가 끝나면 kim의 레코드는 어느 오프셋에 남아 있을까요?',
    en: 'The log cleaner wakes up every 15 seconds (log.cleaner.backoff.ms). After this pass, at which offsets does kim still have records?',
  },
  'lesson.compaction.step3': {
    ko: '오프셋 4 하나만 남습니다. kim의 마지막 값(suwon)입니다. 클리너는 닫힌 세그먼트에서 키마다 마지막 레코드만 남기고 나머지를 지웠습니다. 오프셋 0–2가 사라졌지만 4는 그대로 4입니다. 오프셋은 바뀌지 않으므로 지워진 자리는 빗금 친 빈칸으로 남습니다.',
    en: 'Only at offset 4, kim\'s latest value (suwon). In the closed segments the cleaner kept the latest record of each key and removed the rest, so offsets 0–2 are gone. Offset 4 is still 4: offsets never change, and the removed records leave a gap (hatched).',
  },
  'lesson.compaction.step4': {
    ko: 'cache 컨슈머가 처음부터(auto.offset.reset=earliest) 읽습니다. 빈칸을 건너뛰어 오프셋 3, 4, 5, 6을 받고 7을 커밋합니다. 이제 cache의 테이블에는 cho가 ulsan에 산다고 적혀 있습니다. 그리고 cache는 한동안 읽기를 멈춥니다.',
    en: 'The cache consumer reads from the start (auto.offset.reset=earliest): it skips the gap, gets offsets 3, 4, 5 and 6, and commits 7. Its table now says cho lives in ulsan. Then cache stops reading for a while.',
  },
  'lesson.compaction.step5': {
    ko: '새 변경 두 건이 7, 8에 쌓이고 클리너가 다시 돌지만, kim의 옛 값(4)은 새 값(7) 옆에 그대로 있습니다. 아직 쓰이고 있는 활성 세그먼트(여기서는 오프셋 6–8)는 정리하지 않기 때문입니다.',
    en: 'Two updates land at 7 and 8 and the cleaner passes again, yet kim\'s old value at 4 stays beside its new one at 7: the active segment (offsets 6–8 here), still being written, is never cleaned.',
  },
  'lesson.compaction.step6.question': {
    ko: 'yoo의 변경(오프셋 9)이 꽉 찬 활성 세그먼트에 들어가지 않아 9부터 새 세그먼트가 시작되고, 6–8은 닫힌 세그먼트가 됩니다. 다음 정리가 끝나면 kim의 레코드는 어느 오프셋에 있을까요?',
    en: 'yoo\'s update (offset 9) does not fit in the full active segment: a new segment starts at 9 and 6–8 is closed. After the next pass, at which offsets does kim have records?',
  },
  'lesson.compaction.step6': {
    ko: '여전히 4와 7입니다. 클리너는 더티 비율, 곧 닫힌 세그먼트(3–8) 가운데 아직 정리되지 않은 부분(6–8)의 바이트 비율이 min.cleanable.dirty.ratio(0.5)보다 커야 로그를 정리합니다. 지금은 228/456 = 0.5로 딱 같아서 넘지 못했고, 옛 값은 더 기다립니다.',
    en: 'Still 4 and 7. The cleaner cleans a log only when its dirty ratio, the bytes not yet cleaned (6–8) over all closed bytes (3–8), is above min.cleanable.dirty.ratio (0.5). Here it is 228/456 = 0.5 exactly, not above, so the old value waits.',
  },
  'lesson.compaction.step7': {
    ko: 'cho가 탈퇴합니다. 앱은 cho 키로 값이 null인 레코드, 곧 툼스톤을 보냅니다(오프셋 10). 컴팩션 토픽에는 삭제 명령이 따로 없고, 툼스톤이 키를 지우는 방법입니다. 변경 두 건(11, 12)이 더 쌓여 9–11 세그먼트가 닫힙니다.',
    en: 'cho closes the account: the app sends cho with value null, a tombstone, at offset 10. A compacted topic has no delete command; a tombstone is how a key is deleted. Two more updates (11, 12) close the segment 9–11.',
  },
  'lesson.compaction.step8.question': {
    ko: '이제 더티 구간(6–11)이 정리된 구간(3–5)보다 큽니다. 이번 정리가 끝나면 cho의 레코드는 어느 오프셋에 남을까요?',
    en: 'The dirty section (6–11) is now larger than the cleaned one (3–5). After this pass, at which offsets does cho have records?',
  },
  'lesson.compaction.step8': {
    ko: '오프셋 10의 툼스톤만 남습니다. 클리너는 cho의 옛 값(3)을 비롯해 새 값에 밀린 레코드를 모두 지웠지만, 툼스톤은 이번 정리 뒤로 delete.retention.ms(1일) 동안 남겨 둡니다. 그동안 토픽을 읽는 컨슈머는 cho가 지워졌다는 것을 알 수 있습니다.',
    en: 'Only the tombstone at 10. The cleaner removed cho\'s old value (3) and every other superseded record, but keeps the tombstone for delete.retention.ms (1 day) after this cleaning, so consumers that read the topic meanwhile learn that cho was deleted.',
  },
  'lesson.compaction.step9': {
    ko: '쓰기 없이 하루가 지납니다. 툼스톤은 아직 그대로입니다. 툼스톤을 지우는 것은 정리뿐인데, 새로 정리할 것이 없는 로그는 정리하지 않습니다. cache는 그동안 아무것도 읽지 않아 그룹에서 빠졌고, 커밋된 오프셋은 툼스톤 앞인 7에 머물러 있습니다.',
    en: 'A day passes with no writes. The tombstone is still there: only a cleaning removes it, and a log with nothing new to clean is not cleaned. cache read nothing all that time and left its group; its committed offset is still 7, before the tombstone.',
  },
  'lesson.compaction.step10.question': {
    ko: '새 변경 여섯 건(13–18)이 더티 구간을 다시 키웁니다. 툼스톤을 남긴 정리로부터 하루가 지났습니다. 다음 정리가 끝나면 cho의 레코드는 어느 오프셋에 남을까요?',
    en: 'Six new updates (13–18) make the dirty section large again, a day after the cleaning that kept the tombstone. After the next pass, at which offsets does cho have records?',
  },
  'lesson.compaction.step10': {
    ko: '하나도 없습니다. 툼스톤의 삭제 기한(처음 남긴 정리 시각 + delete.retention.ms)이 지나 이번 정리에서 지워졌고, 옛 값은 하루 전에 이미 지워졌습니다. 이제 처음부터 읽는 컨슈머는 cho를 아예 만나지 않습니다.',
    en: 'None: its delete horizon (the cleaning that first kept it + delete.retention.ms) has passed, so this cleaning removed the tombstone, and the old value went a day ago. A consumer reading from the start now never meets cho.',
  },
  'lesson.compaction.step11.question': {
    ko: 'cache가 다시 poll()합니다. 커밋된 오프셋은 7이고, 툼스톤은 방금 지워졌습니다. cache가 처음 읽는 오프셋은 몇일까요?',
    en: 'cache polls again. Its committed offset is 7, and the tombstone was just removed. Which offset does cache read first?',
  },
  'lesson.compaction.step11': {
    ko: '오프셋 15입니다. cache는 커밋된 오프셋 7부터 가져오지만 7–14는 지워졌으므로, 남아 있는 15–18만 받고 툼스톤은 끝내 보지 못합니다. 그래서 테이블에는 여전히 cho가 ulsan에 산다고 남아 있습니다. delete.retention.ms보다 늦게 읽는 컨슈머는 삭제를 놓칠 수 있습니다.',
    en: 'Offset 15. cache fetches from its committed offset 7, but 7–14 are gone: it gets only 15–18 and never the tombstone, so its table still says cho lives in ulsan. A consumer that reads later than delete.retention.ms can miss a delete.',
  },
  'lesson.compaction.step12': {
    ko: '정리하면 이렇습니다. 컴팩션은 키마다 마지막 레코드를 남기고 오프셋은 바꾸지 않습니다. 활성 세그먼트는 정리하지 않고, 더티 비율이 0.5를 넘어야 정리합니다. 툼스톤은 키를 지우고, 자신은 delete.retention.ms 뒤의 정리에서 사라집니다. 시뮬레이터는 정리에 시간이 들지 않고 클리너의 오프셋 맵이 차지 않는다고 단순화했습니다.',
    en: 'In short: compaction keeps each key\'s latest record and never changes offsets; the active segment is never cleaned, and a log waits until its dirty ratio is above 0.5; a tombstone deletes a key and is itself removed by a cleaning after delete.retention.ms. The simulator simplifies: cleaning takes no time, and the cleaner\'s offset map never fills up.',
  },
  'lessonUi.kept.none': { ko: '없음 (키가 사라짐)', en: 'none (the key is gone)' },
  'lessonUi.kept.one': { ko: '오프셋 {offset}', en: 'offset {offset}' },
  'lessonUi.kept.many': { ko: '오프셋 {offsets}', en: 'offsets {offsets}' },
} satisfies Record<string, Entry>;

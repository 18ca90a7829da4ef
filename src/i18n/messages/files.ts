import type { Entry } from '../entry.ts';

// Scenario files, share links and the saved sandbox (src/lessons/scenario-file.ts). One
// `file.problem.<code>` per file-level problem code; src/lessons/describe-problem.ts fills them.
// A problem about one command is the engine's own error (error.* in errors.ts), placed with file.problem.at.
export const FILE_MESSAGES = {
  'file.title': { ko: '시나리오 파일', en: 'Scenario file' },
  'file.newSandbox': { ko: '새 샌드박스로 시작', en: 'Start a new sandbox' },
  'file.save': { ko: '시나리오 저장', en: 'Save scenario' },
  'file.load': { ko: '시나리오 불러오기', en: 'Load scenario' },
  'file.share': { ko: '공유 링크 복사', en: 'Copy share link' },
  'file.shareTooLong': {
    ko: '이 샌드박스의 공유 링크는 {length}자라, 브라우저와 메신저가 안정적으로 여는 길이({max}자)를 넘습니다. 링크를 복사하지 않았습니다. 대신 시나리오 파일로 저장해 보내세요.',
    en: 'This sandbox\'s share link would be {length, plural, one {# character} other {# characters}} long, past what browsers and chat apps reliably open ({max}), so no link was copied. Save it as a scenario file and send that instead.',
  },
  'file.shareCopied': { ko: '공유 링크를 복사했습니다.', en: 'Share link copied.' },
  'file.loaded': { ko: '{count}단계를 불러왔습니다.', en: 'Loaded {count, plural, one {# step} other {# steps}}.' },
  'file.rejected': { ko: '아무것도 불러오지 않았습니다: {reason}', en: 'Nothing was loaded: {reason}' },
  'file.sandboxRestored': { ko: '지난번에 하던 샌드박스를 이어서 엽니다.', en: 'Your sandbox from last time is back, where you left it.' },
  'file.linkRejected': { ko: '링크에서 아무것도 불러오지 않았습니다: {reason}', en: 'Nothing was loaded from the link: {reason}' },
  'file.savedKept': { ko: '저장된 샌드박스를 바뀐 것 없이 그대로 엽니다.', en: 'Your saved sandbox is open, unchanged.' },
  'file.saveFailed': {
    ko: '샌드박스를 이 브라우저에 저장하지 못했습니다: {reason} 새로 고치면 마지막으로 저장된 단계로 돌아갑니다. 파일로 저장해 두세요.',
    en: 'Your sandbox could not be saved in this browser: {reason} A reload would go back to the last saved step; save it as a file to keep it.',
  },
  'file.replaceQuestion': {
    ko: '이 브라우저에 저장된 샌드박스({count}단계)가 있습니다. 지금 보이는 것({shown}단계)을 샌드박스로 저장하면 그것을 덮어씁니다. 선택하기 전에는 여기서 한 일이 저장되지 않습니다.',
    en: 'You have a sandbox saved in this browser ({count, plural, one {# step} other {# steps}}). Keeping what is shown here ({shown, plural, one {# step} other {# steps}}) would replace it; until you choose, nothing here is saved.',
  },
  'restore.label': { ko: '샌드박스 여는 중', en: 'Opening the sandbox' },
  'restore.cancelled': {
    ko: '샌드박스 열기를 취소했습니다. 저장된 작업은 그대로이고, 이 페이지에서 한 일은 저장되지 않습니다. 다시 시도하려면 페이지를 새로 고치세요.',
    en: 'Opening the sandbox was cancelled. Your saved work is untouched, and nothing done on this page is saved. Reload the page to try again.',
  },
  'tabs.otherTab': {
    ko: '이 샌드박스가 다른 탭에도 열려 있습니다. 선택하기 전에는 여기서 한 일이 저장되지 않습니다. 여기서 이어서 하면 저장된 최신 작업을 불러와 이 탭에서 저장하고, 다른 탭은 저장을 멈춥니다.',
    en: 'This sandbox is open in another tab. Until you choose, nothing here is saved. Taking over here opens the latest saved work and saves from this tab; the other tab stops saving.',
  },
  'tabs.takenOver': {
    ko: '다른 탭이 이 샌드박스를 이어받았거나, 이 탭이 모르는 단계를 저장했습니다. 그 단계를 덮어쓰지 않도록 이 탭은 저장을 멈췄습니다.',
    en: 'Another tab took over this sandbox, or saved steps this tab has not seen. So as not to overwrite them, this tab stopped saving.',
  },
  'tabs.takeOver': { ko: '여기서 이어서 하기(저장된 최신 작업 열기)', en: 'Take over here (open the latest saved work)' },
  'tabs.copy': { ko: '사본으로 작업하기(저장 안 함)', en: 'Work on a copy (not saved)' },
  'tabs.isCopy': {
    ko: '이 탭은 사본입니다. 여기서 한 단계는 브라우저에 저장되지 않습니다. 남기려면 시나리오 파일로 저장하세요.',
    en: 'This tab is a copy: its steps are not saved in the browser. Save it as a scenario file to keep them.',
  },
  'file.replaceKeepThis': { ko: '이것을 내 샌드박스로 저장', en: 'Keep this as my sandbox' },
  'file.replaceOpenSaved': { ko: '저장된 샌드박스 열기', en: 'Open my saved sandbox' },
  'file.newQuestion': {
    ko: '새 샌드박스를 시작하면 저장된 샌드박스({count}단계)가 지워집니다. 필요하면 먼저 파일로 저장하세요.',
    en: 'Starting a new sandbox deletes your saved sandbox ({count, plural, one {# step} other {# steps}}). Save it as a file first if you want to keep it.',
  },
  'file.newConfirm': { ko: '지우고 새로 시작', en: 'Delete it and start anew' },
  'file.loadQuestion': {
    ko: '"{name}" 파일({count}단계)을 불러오면 지금 샌드박스({current}단계)를 대신합니다. 필요하면 먼저 저장하세요.',
    en: 'Loading "{name}" ({count, plural, one {# step} other {# steps}}) replaces your current sandbox ({current, plural, one {# step} other {# steps}}). Save it first if you want to keep it.',
  },
  'file.loadConfirm': { ko: '불러오기', en: 'Load it' },
  'file.cancel': { ko: '취소', en: 'Cancel' },
  'file.replaying': { ko: '불러오는 중: {count}단계 중 {done}단계를 다시 실행했습니다.', en: 'Loading: replayed {done} of {count, plural, one {# step} other {# steps}}.' },
  'file.replayCancelled': { ko: '불러오기를 취소했습니다. 아무것도 바뀌지 않았습니다.', en: 'Loading cancelled; nothing changed.' },
  'file.sandboxNewer': {
    ko: '저장된 샌드박스는 더 새로운 버전의 시뮬레이터가 만든 것입니다(형식 버전 {version}, 이 페이지는 {supported}까지 읽음). 지우지 않고 그대로 두었으며, 이 페이지에서 하는 작업은 그 위에 저장하지 않습니다. 새 버전의 페이지에서 열면 이어서 할 수 있습니다.',
    en: 'Your saved sandbox was made by a newer version of the simulator (format version {version}; this page reads up to {supported}). It is kept as it is, and nothing you do on this page is saved over it: open it with the newer page to continue.',
  },
  'file.sandboxReset': {
    ko: '저장된 샌드박스를 읽을 수 없어 지우고 기본 샌드박스를 엽니다: {reason}',
    en: 'Your saved sandbox could not be read, so it was cleared and the default sandbox opened: {reason}',
  },

  // Where a problem is: "commands[12]: <the engine's explanation>".
  'file.problem.at': { ko: '{path}: {problem}', en: '{path}: {problem}' },
  'file.problem.engine': { ko: '명령을 실행할 수 없습니다: {message}', en: 'Command refused: {message}' },

  'file.size': { ko: '{mib} MiB({bytes}바이트)', en: '{mib} MiB ({bytes, plural, one {# byte} other {# bytes}})' },
  'file.problem.tooLarge': {
    ko: '파일이 {size}입니다. 시나리오 파일은 {max}까지만 불러올 수 있습니다.',
    en: 'The file is {size}; scenario files can be at most {max}.',
  },
  'file.problem.tooLargeSaved': {
    ko: '이 시나리오를 이 앱이 저장하는 형식으로 쓰면 {size|가} 되어, 한도인 {max|를} 넘습니다(다시 불러올 수 없게 됩니다).',
    en: 'Written the way this app saves scenarios, this one would be {size}, over the limit of {max} (it could not be loaded again).',
  },
  'file.problem.tooDeep': {
    ko: '올바른 JSON이지만 목록과 객체가 {max}단계보다 깊게 중첩되어 있습니다. 시나리오 파일에는 그렇게 깊은 구조가 없습니다.',
    en: 'This is valid JSON, but its lists and objects nest more than {max, plural, one {# level} other {# levels}} deep; no scenario file is shaped like that.',
  },
  'file.problem.notJson': {
    ko: '시나리오 파일이 아닙니다: 올바른 JSON이 아닙니다(파일이 중간에 잘렸을 수 있습니다).',
    en: 'This is not a scenario file: it is not valid JSON (it may have been cut short).',
  },
  'file.problem.wrongFormat': {
    ko: '카프카 시뮬레이터 시나리오가 아닙니다: "format" 값이 "kafka-sim-scenario"여야 합니다.',
    en: 'This is not a Kafka simulator scenario: its "format" must be "kafka-sim-scenario".',
  },
  'file.problem.futureVersion': {
    ko: '이 파일은 더 새로운 시뮬레이터가 만든 것입니다(형식 버전 {version}). 이 페이지는 버전 {supported}까지 읽을 수 있습니다. 페이지를 새로 고쳐 최신 버전을 받으세요.',
    en: 'This file was made by a newer simulator (format version {version}); this page reads up to version {supported}. Reload the page to get the latest version.',
  },
  'file.problem.invalidField': { ko: '{path} 값은 {rule}.', en: '{path} {rule}.' },
  'file.problem.tooManyCommands': {
    ko: '명령이 {count}개입니다. 한 시나리오에는 명령을 {max}개까지 넣을 수 있습니다.',
    en: 'The scenario has {count, plural, one {# command} other {# commands}}; at most {max} can be loaded.',
  },
  'file.problem.badLink': {
    ko: '공유 링크가 손상되었거나 중간에 잘렸습니다. 링크 전체를 복사해서 다시 열어 보세요.',
    en: 'The share link is damaged or cut short. Copy the whole link and open it again.',
  },
  'file.problem.storageFull': {
    ko: '이 사이트에 쓸 수 있는 브라우저 저장 공간이 가득 차서 샌드박스를 저장하지 못했습니다.',
    en: 'The browser\'s storage for this site is full, so the sandbox was not saved.',
  },
  'file.problem.storageUnavailable': {
    ko: '브라우저가 이 페이지의 로컬 저장소 사용을 막고 있어(사생활 보호 모드일 수 있습니다) 샌드박스를 저장하거나 복원할 수 없습니다.',
    en: 'The browser does not let this page use local storage (private browsing, perhaps), so the sandbox cannot be saved or restored.',
  },

  // Rules for file.problem.invalidField beyond the engine's error.rule.* texts.
  'file.rule.required': { ko: '꼭 있어야 합니다', en: 'is required' },
  'file.rule.list': { ko: '목록이어야 합니다', en: 'must be a list' },
  'file.rule.maxLength': { ko: '{max}자 이하여야 합니다', en: 'must be at most {max, plural, one {# character} other {# characters}}' },
  'file.rule.maxItems': { ko: '항목이 {max}개 이하여야 합니다(명령마다 하나)', en: 'must have at most {max, plural, one {# entry} other {# entries}} (one per command)' },
  'file.rule.needsLesson': { ko: '"lesson"과 함께만 쓸 수 있습니다', en: 'can only be given together with "lesson"' },
} satisfies Record<string, Entry>;

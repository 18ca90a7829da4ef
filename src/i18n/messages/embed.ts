import type { Entry } from '../entry.ts';

// The widget's host-facing API (src/embed/): refused method calls and messages, the iframe's
// origin parameter, a scenario-src that could not be fetched, and the widget's text while it loads.
// Every `embed.*` key is bundled into the embed script in both languages (src/i18n/text-source.embed.ts):
// these are shown before, or instead of, the language's text file.
export const EMBED_MESSAGES = {
  // Moved here from diagram.ts: only keys in these bundled files can be shown before the text file loads (issue 22).
  'embed.badView': { ko: 'view="{view}": topics 또는 brokers여야 합니다', en: 'view="{view}" must be topics or brokers' },
  'embed.unstyled': {
    ko: '이 페이지의 보안 정책(Content-Security-Policy)이 시뮬레이터의 스타일을 막아 위젯을 그릴 수 없습니다. 스크립트 옆의 kafka-sim.css를 허용해 주세요.',
    en: 'This page\'s Content-Security-Policy blocks the simulator\'s styles, so the widget cannot be drawn. Allow kafka-sim.css, served beside the script.',
  },
  'embed.textLoading': { ko: '시뮬레이터를 불러오는 중…', en: 'Loading the simulator…' },
  'embed.textFailed': {
    ko: '시뮬레이터의 글을 불러오지 못했습니다({url}). 페이지를 새로 고쳐 보세요.',
    en: 'The simulator\'s text could not be loaded ({url}). Try reloading the page.',
  },
  'embed.badGoTo': {
    ko: 'goTo({value})를 무시했습니다: 단계는 정수여야 합니다.',
    en: 'goTo({value}) was ignored: the step must be a whole number.',
  },
  'embed.badOrigin': {
    ko: 'origin="{origin}" 값은 https://your.blog 같은 http(s) 출처가 아닙니다. 이 위젯은 어떤 명령도 받지 않고, 부모 페이지에 아무것도 보내지 않습니다.',
    en: 'origin="{origin}" is not an http(s) origin such as https://your.blog, so this widget accepts no commands and posts nothing to its parent page.',
  },
  'embed.fetchStatus': {
    ko: '{url}에서 시나리오를 가져오지 못했습니다: HTTP {status}',
    en: 'the scenario at {url} could not be fetched: HTTP {status}',
  },
  'embed.fetchFailed': {
    ko: '{url}에서 시나리오를 가져오지 못했습니다(네트워크 오류: {reason})',
    en: 'the scenario at {url} could not be fetched (network error: {reason})',
  },
} satisfies Record<string, Entry>;

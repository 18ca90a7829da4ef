import type { Lang, MessageKey } from '../i18n/catalog.ts';
import { LESSONS } from '../lessons/index.ts';
import { parseStep } from '../lessons/player.ts';
import { LESSON_IDS, type LessonId } from '../lessons/types.ts';

// A widget's attributes (or an iframe's query): checked up front, so a bad one shows a clear
// message in place of the widget instead of a blank box.

export type Theme = 'light' | 'dark' | 'auto';

export interface WidgetConfig {
  source: { kind: 'lesson'; lesson: LessonId; step: number } | { kind: 'scenario'; inline?: string; src?: string };
  lang: Lang | undefined;
  height: number | undefined;
  controls: boolean;
  autoplay: boolean;
  theme: Theme;
  /** The diagram's middle (`view="topics"|"brokers"`); absent: the lesson's own choice, topics for a scenario. */
  view?: 'topics' | 'brokers';
}

export type ConfigResult = { ok: true; config: WidgetConfig } | { ok: false; key: MessageKey; params: Record<string, string | number> };

type Read = (name: string) => string | null;

function flag(value: string | null, fallback: boolean): boolean {
  if (value === null) return fallback;
  return value !== 'false' && value !== '0' && value !== 'no';
}

export function readConfig(read: Read): ConfigResult {
  const langText = read('lang');
  const lang: Lang | undefined = langText === 'ko' || langText === 'en' ? langText : undefined;
  const heightText = read('height');
  let height: number | undefined;
  if (heightText !== null) {
    const n = Number(heightText.replace(/px$/, ''));
    if (!Number.isFinite(n) || n < 200 || n > 2000) return { ok: false, key: 'embed.badHeight', params: { height: heightText } };
    height = Math.round(n);
  }
  const themeText = read('theme') ?? 'light';
  if (themeText !== 'light' && themeText !== 'dark' && themeText !== 'auto') return { ok: false, key: 'embed.badTheme', params: { theme: themeText } };
  const viewText = read('view');
  if (viewText !== null && viewText !== 'topics' && viewText !== 'brokers') return { ok: false, key: 'embed.badView', params: { view: viewText } };
  const common = { lang, height, controls: flag(read('controls'), true), autoplay: flag(read('autoplay'), false), theme: themeText as Theme, ...(viewText === null ? {} : { view: viewText as 'topics' | 'brokers' }) };

  const lessonText = read('lesson');
  if (lessonText !== null) {
    if (!(LESSON_IDS as readonly string[]).includes(lessonText)) return { ok: false, key: 'embed.unknownLesson', params: { lesson: lessonText, lessons: LESSON_IDS.join(', ') } };
    const lesson = LESSONS[lessonText as LessonId];
    const stepText = read('step') ?? '1';
    const step = parseStep(stepText, lesson.steps.length);
    if (step === undefined) return { ok: false, key: 'embed.badStep', params: { step: stepText, total: lesson.steps.length } };
    return { ok: true, config: { ...common, source: { kind: 'lesson', lesson: lesson.id, step } } };
  }
  const inline = read('scenario');
  const src = read('scenario-src');
  if (inline !== null) return { ok: true, config: { ...common, source: { kind: 'scenario', inline } } };
  if (src !== null) return { ok: true, config: { ...common, source: { kind: 'scenario', src } } };
  return { ok: false, key: 'embed.needLesson', params: {} };
}

/** Only a scenario on the page's own origin may be fetched: nothing from another origin. */
export function sameOriginUrl(src: string, base: string): URL | undefined {
  try {
    const url = new URL(src, base);
    return url.origin === new URL(base).origin ? url : undefined;
  } catch {
    return undefined;
  }
}

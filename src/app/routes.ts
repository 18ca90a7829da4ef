import type { Lang } from '../i18n/catalog.ts';
import { lessonById } from '../lessons/index.ts';
import { parseStep } from '../lessons/player.ts';
import { LESSON_IDS, type LessonId } from '../lessons/types.ts';
import type { DiagramView } from '../view/hooks/diagram-view.tsx';
import { isConcept } from '../practice/index.ts';
import type { Concept } from '../practice/types.ts';

// The page's address: ?lesson=ID&step=N&lang=ko|en for a lesson (steps count from 1),
// plus &sandbox=1 once the student takes over; ?page=lessons for the list of lessons (a lesson
// named in the same address wins); anything else is the simulator, whose diagram shows brokers
// with &view=brokers (absent = topics; an unknown value is reported and ignored). &lecture=1 opens a
// lesson in lecture mode (kept in the address while it is on).
export type Route =
  | { page: 'simulator'; view?: 'brokers'; rejected?: { view: string } }
  | { page: 'lessons' }
  // ?page=practice[&concept=ID[&seed=N]]: an exercise a link reproduces exactly; a bad concept or seed is reported and ignored.
  | { page: 'practice'; concept?: Concept; seed?: number; rejected?: { concept?: string; seed?: string } }
  | { page: 'lesson'; lesson: LessonId; step: number; rejected?: { lesson?: string; step?: string }; lecture?: true }
  | { page: 'lesson-sandbox'; lesson: LessonId; step: number; view?: 'brokers' };

export function parseRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const asked = params.get('lesson');
  if (asked === null && params.get('page') === 'practice') return practiceRoute(params.get('concept'), params.get('seed'));
  if (asked === null) return params.get('page') === 'lessons' ? { page: 'lessons' } : simulatorRoute(params.get('view'));
  const lesson = lessonById(asked);
  const id = lesson?.id ?? LESSON_IDS[0];
  const count = (lesson ?? lessonById(LESSON_IDS[0])!).steps.length;
  const stepText = params.get('step');
  const step = lesson ? parseStep(stepText ?? '1', count) : 1;
  // A number out of range opens the nearest step (step=99 → the last); anything else step 1.
  const nearest = stepText !== null && /^\d+$/.test(stepText) ? Math.max(1, Math.min(count, Number(stepText))) : 1;
  if (lesson && step !== undefined && params.get('sandbox') === '1') return { page: 'lesson-sandbox', lesson: lesson.id, step, ...(params.get('view') === 'brokers' ? { view: 'brokers' as const } : {}) };
  const rejected: { lesson?: string; step?: string } = {};
  if (!lesson) rejected.lesson = asked;
  else if (step === undefined) rejected.step = stepText ?? '';
  const lecture = params.get('lecture') === '1' ? { lecture: true as const } : {};
  return Object.keys(rejected).length > 0 ? { page: 'lesson', lesson: id, step: step ?? nearest, rejected, ...lecture } : { page: 'lesson', lesson: id, step: step ?? nearest, ...lecture };
}

function practiceRoute(conceptText: string | null, seedText: string | null): Route {
  const rejected: { concept?: string; seed?: string } = {};
  const concept = conceptText === null ? undefined : isConcept(conceptText) ? conceptText : undefined;
  if (conceptText !== null && concept === undefined) rejected.concept = conceptText;
  // A seed is a non-negative safe integer written plainly (no sign, exponent or fraction).
  const seed = seedText !== null && /^\d{1,16}$/.test(seedText) && Number.isSafeInteger(Number(seedText)) ? Number(seedText) : undefined;
  if (seedText !== null && seed === undefined) rejected.seed = seedText;
  return {
    page: 'practice',
    ...(concept === undefined ? {} : { concept, ...(seed === undefined ? {} : { seed }) }),
    ...(Object.keys(rejected).length > 0 ? { rejected } : {}),
  };
}

function simulatorRoute(view: string | null): Route {
  if (view === null || view === 'topics') return { page: 'simulator' };
  if (view === 'brokers') return { page: 'simulator', view };
  return { page: 'simulator', rejected: { view } };
}

/** The simulator's view from its route: what the URL asked, topics when it asked nothing or nonsense. */
export function routeView(route: Route): DiagramView {
  return (route.page === 'simulator' || route.page === 'lesson-sandbox') && route.view === 'brokers' ? 'brokers' : 'topics';
}

/** `search` with the view set (brokers) or removed (topics), every other parameter kept as it was. */
export function searchWithView(search: string, view: DiagramView): string {
  const params = new URLSearchParams(search);
  if (view === 'brokers') params.set('view', view);
  else params.delete('view');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function routeSearch(route: Route, lang: Lang): string {
  const params = new URLSearchParams();
  if (route.page === 'lessons') params.set('page', 'lessons');
  else if (route.page === 'practice') {
    params.set('page', 'practice');
    if (route.concept !== undefined) params.set('concept', route.concept);
    if (route.concept !== undefined && route.seed !== undefined) params.set('seed', String(route.seed));
  }
  else if (route.page === 'simulator') {
    if (route.view === 'brokers') params.set('view', route.view);
  } else {
    params.set('lesson', route.lesson);
    params.set('step', String(route.step));
    if (route.page === 'lesson' && route.lecture) params.set('lecture', '1');
    if (route.page === 'lesson-sandbox') {
      params.set('sandbox', '1');
      if (route.view === 'brokers') params.set('view', route.view);
    }
  }
  params.set('lang', lang);
  return `?${params.toString()}`;
}

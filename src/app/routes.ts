import type { Lang } from '../i18n/catalog.ts';
import { lessonById } from '../lessons/index.ts';
import { parseStep } from '../lessons/player.ts';
import { LESSON_IDS, type LessonId } from '../lessons/types.ts';

// The page's address: ?lesson=ID&step=N&lang=ko|en for a lesson (steps count from 1),
// plus &sandbox=1 once the student takes over; ?page=lessons for the list of lessons (a lesson
// named in the same address wins); anything else is the simulator.
export type Route =
  | { page: 'simulator' }
  | { page: 'lessons' }
  | { page: 'lesson'; lesson: LessonId; step: number; rejected?: { lesson?: string; step?: string } }
  | { page: 'lesson-sandbox'; lesson: LessonId; step: number };

export function parseRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const asked = params.get('lesson');
  if (asked === null) return params.get('page') === 'lessons' ? { page: 'lessons' } : { page: 'simulator' };
  const lesson = lessonById(asked);
  const id = lesson?.id ?? LESSON_IDS[0];
  const count = (lesson ?? lessonById(LESSON_IDS[0])!).steps.length;
  const stepText = params.get('step');
  const step = lesson ? parseStep(stepText ?? '1', count) : 1;
  // A number out of range opens the nearest step (step=99 → the last); anything else step 1.
  const nearest = stepText !== null && /^\d+$/.test(stepText) ? Math.max(1, Math.min(count, Number(stepText))) : 1;
  if (lesson && step !== undefined && params.get('sandbox') === '1') return { page: 'lesson-sandbox', lesson: lesson.id, step };
  const rejected: { lesson?: string; step?: string } = {};
  if (!lesson) rejected.lesson = asked;
  else if (step === undefined) rejected.step = stepText ?? '';
  return Object.keys(rejected).length > 0 ? { page: 'lesson', lesson: id, step: step ?? nearest, rejected } : { page: 'lesson', lesson: id, step: step ?? nearest };
}

export function routeSearch(route: Route, lang: Lang): string {
  const params = new URLSearchParams();
  if (route.page === 'lessons') params.set('page', 'lessons');
  else if (route.page !== 'simulator') {
    params.set('lesson', route.lesson);
    params.set('step', String(route.step));
    if (route.page === 'lesson-sandbox') params.set('sandbox', '1');
  }
  params.set('lang', lang);
  return `?${params.toString()}`;
}

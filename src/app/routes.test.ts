import { LESSONS } from '../lessons/index.ts';
import { parseRoute, routeSearch } from './routes.ts';

describe('routes', () => {
  it('reads a lesson and step, and writes the same address back', () => {
    const route = parseRoute('?lesson=keys&step=4&lang=ko');
    expect(route).toEqual({ page: 'lesson', lesson: 'keys', step: 4 });
    expect(routeSearch(route, 'ko')).toBe('?lesson=keys&step=4&lang=ko');
  });
  it('defaults the step to 1 and recognises the sandbox taken over from a step', () => {
    expect(parseRoute('?lesson=offsets')).toEqual({ page: 'lesson', lesson: 'offsets', step: 1 });
    expect(parseRoute('?lesson=offsets&step=3&sandbox=1')).toEqual({ page: 'lesson-sandbox', lesson: 'offsets', step: 3 });
  });
  it('reports an unknown lesson or a bad step and falls back', () => {
    expect(parseRoute('?lesson=<script>&step=2')).toEqual({ page: 'lesson', lesson: 'why-kafka', step: 1, rejected: { lesson: '<script>' } });
    const last = LESSONS.keys.steps.length;
    expect(parseRoute('?lesson=keys&step=99')).toEqual({ page: 'lesson', lesson: 'keys', step: last, rejected: { step: '99' } });
    expect(parseRoute('?lesson=keys&step=0')).toEqual({ page: 'lesson', lesson: 'keys', step: 1, rejected: { step: '0' } });
    expect(parseRoute('?lesson=keys&step=-1')).toMatchObject({ step: 1, rejected: { step: '-1' } });
    expect(parseRoute('?lesson=keys&step=2x')).toMatchObject({ step: 1, rejected: { step: '2x' } });
    // The address written back is the step shown.
    expect(routeSearch(parseRoute('?lesson=keys&step=99'), 'en')).toBe(`?lesson=keys&step=${last}&lang=en`);
  });
  it('anything without a lesson is the simulator', () => {
    expect(parseRoute('?lang=en')).toEqual({ page: 'simulator' });
    expect(parseRoute('?page=nope&lang=en')).toEqual({ page: 'simulator' });
    expect(routeSearch({ page: 'simulator' }, 'en')).toBe('?lang=en');
  });
  it('?page=lessons is the list of lessons, and a lesson in the same address wins', () => {
    expect(parseRoute('?page=lessons&lang=ko')).toEqual({ page: 'lessons' });
    expect(routeSearch({ page: 'lessons' }, 'ko')).toBe('?page=lessons&lang=ko');
    expect(parseRoute(routeSearch({ page: 'lessons' }, 'en'))).toEqual({ page: 'lessons' });
    expect(parseRoute('?page=lessons&lesson=keys')).toEqual({ page: 'lesson', lesson: 'keys', step: 1 });
  });
});

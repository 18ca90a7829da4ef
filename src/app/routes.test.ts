import { LESSONS } from '../lessons/index.ts';
import { parseRoute, routeSearch, routeView, searchWithView } from './routes.ts';

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

describe('the diagram view in the simulator address', () => {
  it('reads view=brokers, treats absent or topics as topics, and reports anything else', () => {
    expect(parseRoute('?view=brokers&lang=ko')).toEqual({ page: 'simulator', view: 'brokers' });
    expect(routeView(parseRoute('?view=brokers'))).toBe('brokers');
    expect(parseRoute('?view=topics')).toEqual({ page: 'simulator' });
    expect(routeView(parseRoute('?lang=en'))).toBe('topics');
    expect(parseRoute('?view=<b>x')).toEqual({ page: 'simulator', rejected: { view: '<b>x' } });
    expect(routeView(parseRoute('?view=racks'))).toBe('topics');
  });
  it('writes the view back with the language, and only on the simulator', () => {
    expect(routeSearch({ page: 'simulator', view: 'brokers' }, 'ko')).toBe('?view=brokers&lang=ko');
    expect(routeSearch({ page: 'simulator', rejected: { view: 'x' } }, 'en')).toBe('?lang=en');
    expect(routeSearch(parseRoute('?lesson=keys&step=2&view=brokers'), 'en')).toBe('?lesson=keys&step=2&lang=en');
  });
  it('a lesson\'s take-over sandbox keeps its view in the address too', () => {
    const route = parseRoute('?lesson=brokers&step=3&sandbox=1&view=brokers');
    expect(route).toEqual({ page: 'lesson-sandbox', lesson: 'brokers', step: 3, view: 'brokers' });
    expect(routeView(route)).toBe('brokers');
    expect(routeSearch(route, 'ko')).toBe('?lesson=brokers&step=3&sandbox=1&view=brokers&lang=ko');
    expect(routeView(parseRoute('?lesson=brokers&step=3&sandbox=1'))).toBe('topics');
  });
  it('sets or removes the view and keeps every other parameter', () => {
    expect(searchWithView('?lang=ko&scenario=heavy', 'brokers')).toBe('?lang=ko&scenario=heavy&view=brokers');
    expect(searchWithView('?lang=ko&view=brokers&scenario=heavy', 'topics')).toBe('?lang=ko&scenario=heavy');
    expect(searchWithView('?view=brokers', 'topics')).toBe('');
  });

  it('&lecture=1 opens a lesson in lecture mode and stays in the address; anything else is not lecture mode', () => {
    const route = parseRoute('?lesson=brokers&step=3&lecture=1');
    expect(route).toEqual({ page: 'lesson', lesson: 'brokers', step: 3, lecture: true });
    expect(routeSearch(route, 'en')).toBe('?lesson=brokers&step=3&lecture=1&lang=en');
    expect(parseRoute('?lesson=brokers&step=3&lecture=yes')).toEqual({ page: 'lesson', lesson: 'brokers', step: 3 });
    expect(routeSearch({ page: 'lesson', lesson: 'brokers', step: 3 }, 'ko')).toBe('?lesson=brokers&step=3&lang=ko');
  });
});

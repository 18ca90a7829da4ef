import { readConfig, sameOriginUrl } from './attributes.ts';

const from = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;

describe('widget attributes', () => {
  it('reads a lesson, its step, language, height and flags', () => {
    expect(readConfig(from({ lesson: 'keys', step: '3', lang: 'ko', height: '420', controls: 'false', autoplay: '' }))).toEqual({
      ok: true,
      config: { source: { kind: 'lesson', lesson: 'keys', step: 3 }, lang: 'ko', height: 420, controls: false, autoplay: true, theme: 'light' },
    });
  });
  it('defaults to step 1, controls on, autoplay off, light theme', () => {
    const result = readConfig(from({ lesson: 'offsets' }));
    expect(result.ok && result.config).toMatchObject({ source: { step: 1 }, controls: true, autoplay: false, theme: 'light', lang: undefined });
  });
  it('refuses an unknown lesson, a bad step, height or theme with the reason', () => {
    expect(readConfig(from({ lesson: 'nope' }))).toMatchObject({ ok: false, key: 'embed.unknownLesson', params: { lesson: 'nope' } });
    expect(readConfig(from({ lesson: 'keys', step: '0' }))).toMatchObject({ ok: false, key: 'embed.badStep' });
    expect(readConfig(from({ lesson: 'keys', step: 'abc' }))).toMatchObject({ ok: false, key: 'embed.badStep' });
    expect(readConfig(from({ lesson: 'keys', height: 'tall' }))).toMatchObject({ ok: false, key: 'embed.badHeight' });
    expect(readConfig(from({ lesson: 'keys', theme: 'pink' }))).toMatchObject({ ok: false, key: 'embed.badTheme' });
    expect(readConfig(from({ lesson: 'keys', view: 'racks' }))).toMatchObject({ ok: false, key: 'embed.badView', params: { view: 'racks' } });
    expect(readConfig(from({}))).toMatchObject({ ok: false, key: 'embed.needLesson' });
  });
  it('takes a scenario inline or from a URL', () => {
    expect(readConfig(from({ scenario: '{}' }))).toMatchObject({ ok: true, config: { source: { kind: 'scenario', inline: '{}' } } });
    expect(readConfig(from({ scenario: '{}', view: 'brokers' }))).toMatchObject({ ok: true, config: { view: 'brokers' } });
    const plain = readConfig(from({ scenario: '{}' }));
    expect(plain.ok && 'view' in plain.config).toBe(false);
    expect(readConfig(from({ 'scenario-src': '/s.json' }))).toMatchObject({ ok: true, config: { source: { kind: 'scenario', src: '/s.json' } } });
  });
  it('only allows scenario URLs on the same origin', () => {
    expect(sameOriginUrl('/scenarios/a.json', 'https://blog.example/post/')?.href).toBe('https://blog.example/scenarios/a.json');
    expect(sameOriginUrl('https://evil.example/a.json', 'https://blog.example/post/')).toBeUndefined();
    expect(sameOriginUrl('http://[', 'https://blog.example/')).toBeUndefined();
  });
});

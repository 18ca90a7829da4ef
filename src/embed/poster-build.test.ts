import { translate } from '../i18n/catalog.ts';
import { LESSONS } from '../lessons/index.ts';
import { fillPosters } from './poster-build.ts';

// The build-time posters of an author's page (npm run posters): which tags get one, and what it says.

const page = (body: string, head = '<script src="/blog/embed/kafka-sim.js"></script>') => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('posters for a page', () => {
  it('fills an empty lesson widget with a declarative shadow root: its step, caption text, height and links beside the script', () => {
    const { html, filled } = fillPosters(page('<kafka-sim lesson="keys" step="3" height="460"></kafka-sim>'));
    expect(filled).toBe(1);
    expect(html).toContain('<kafka-sim lesson="keys" step="3" height="460"><template shadowrootmode="open">');
    expect(html).toContain('<link rel="stylesheet" href="/blog/embed/kafka-sim.poster.css">');
    expect(html).toContain('href="/blog/index.html?lesson=keys&amp;step=3&amp;lang=en"');
    expect(html).toContain('height:460px');
    expect(html).toMatch(/<figure class="lesson-stage"[^>]*><figcaption/);
    const step = LESSONS.keys.steps[2]!;
    const said = translate('en', (step.predict?.question ?? step.narration) as never);
    expect(html).toContain(said.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;'));
  });

  it('is built in the tag\'s language, else the page\'s, with the other language waiting in an inert template', () => {
    const { html } = fillPosters(page('<kafka-sim lesson="topics" step="1" lang="ko"></kafka-sim><kafka-sim lesson="topics" step="1"></kafka-sim>'));
    // Each poster: its figure in its own language, then a template holding the other's.
    expect(html.match(/class="sim lesson embedded poster" lang="(\w+)"|<template data-poster-lang="(\w+)"/g)).toEqual([
      'class="sim lesson embedded poster" lang="ko"', '<template data-poster-lang="en"', 'class="sim lesson embedded poster" lang="en"',
      'class="sim lesson embedded poster" lang="en"', '<template data-poster-lang="ko"', 'class="sim lesson embedded poster" lang="ko"',
    ]);
    const title = (lang: 'ko' | 'en') => translate(lang, LESSONS.topics.title as never);
    expect(html.split(title('ko')).length - 1).toBe(2);
    expect(html.split(title('en')).length - 1).toBe(2);
  });

  it('leaves scenario widgets, bad attributes and tags that already have content as they are', () => {
    const body = '<kafka-sim scenario-src="a.json"></kafka-sim><kafka-sim lesson="nope"></kafka-sim><kafka-sim lesson="keys" step="99"></kafka-sim><kafka-sim lesson="keys"><p>mine</p></kafka-sim>';
    expect(fillPosters(page(body))).toEqual({ html: page(body), filled: 0 });
  });

  it('drops the step buttons when controls="false", as the live widget does', () => {
    expect(fillPosters(page('<kafka-sim lesson="keys" step="2"></kafka-sim>')).html).toContain('lesson-nav');
    expect(fillPosters(page('<kafka-sim lesson="keys" step="2" controls="false"></kafka-sim>')).html).not.toContain('lesson-nav');
  });
});

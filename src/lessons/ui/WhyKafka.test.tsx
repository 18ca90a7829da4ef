// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { translate, type Lang, type MessageKey } from '../../i18n/catalog.ts';
import { LangProvider } from '../../view/hooks/lang-context.tsx';
import { LESSONS } from '../index.ts';
import { linkCount, WHY_PICTURES } from '../lessons/why-kafka.ts';
import { WhyKafka } from './WhyKafka.tsx';

// Lesson 1's picture follows its narration: every step draws the apps and links its text counts.

function draw(step: number, lang: Lang = 'en') {
  const { container } = render(<LangProvider initial={lang}><WhyKafka step={step} /></LangProvider>);
  return container;
}

const steps = LESSONS['why-kafka'].steps;
const narration = (i: number, lang: Lang) => translate(lang, steps[i]!.narration as MessageKey);

describe('Why Kafka? picture', () => {
  it('has one picture per step', () => {
    expect(WHY_PICTURES).toHaveLength(steps.length);
  });

  it.each(steps.map((_, i) => [i + 1] as const))('step %i draws the counts of its data, and its narration quotes the same', (step) => {
    const p = WHY_PICTURES[step - 1]!;
    const svg = draw(step).querySelector('svg[role="img"]')!;
    expect(svg.querySelectorAll('.why-source')).toHaveLength(p.sources.length);
    expect(svg.querySelectorAll('.why-target')).toHaveLength(p.targets.length);
    expect(svg.querySelectorAll('line.why-link')).toHaveLength(linkCount(p));
    expect(svg.querySelectorAll('.why-link.direct, .why-link.blocked')).toHaveLength(p.hub ? 0 : linkCount(p));
    expect(svg.querySelectorAll('.why-hub')).toHaveLength(p.hub ? 1 : 0);
    // The caption (the text alternative) states the counts drawn.
    const figcaption = screen.getByText((_, el) => el?.tagName === 'FIGCAPTION').textContent!;
    const sum = p.hub ? `${p.sources.length} + ${p.targets.length} = ${linkCount(p)}` : `${p.sources.length} × ${p.targets.length} = ${linkCount(p)}`;
    expect(figcaption).toContain(sum);
    expect(svg.getAttribute('aria-label')).toContain(sum);
    for (const lang of ['en', 'ko'] as const) {
      // Where the narration writes a sum, it is the one drawn.
      const quoted = narration(step - 1, lang).match(/(\d+) ([×+]) (\d+) = (\d+)/);
      if (quoted) expect(quoted[0], `${lang} step ${step}`).toBe(sum);
    }
  });

  it('the narration names each app when it first appears, in both languages', () => {
    WHY_PICTURES.forEach((p, i) => {
      const before = new Set<string>(i === 0 ? [] : [...WHY_PICTURES[i - 1]!.sources, ...WHY_PICTURES[i - 1]!.targets]);
      for (const app of [...p.sources, ...p.targets].filter((a) => !before.has(a))) {
        for (const lang of ['en', 'ko'] as const) expect(narration(i, lang), `${app} at step ${i + 1} (${lang})`).toContain(translate(lang, `why.app.${app}` as MessageKey));
      }
      if (p.stopped) for (const lang of ['en', 'ko'] as const) expect(narration(i, lang)).toContain(translate(lang, `why.app.${p.stopped}` as MessageKey));
    });
  });

  it('builds up: one link first, more apps, the N×M links, then Kafka with N+M', () => {
    expect(WHY_PICTURES.map(linkCount)).toEqual([1, 20, 20, 25, 9, 10, 10, 10, 10]);
    expect(WHY_PICTURES.findIndex((p) => p.hub)).toBe(4);
  });

  it('labels every app and has a legend that matches the picture', () => {
    const container = draw(3, 'ko');
    const labels = [...container.querySelectorAll('svg[role="img"] .why-label')].map((l) => l.textContent);
    expect(labels).toEqual(['주문', '결제', '회원', '웹 로그', '데이터베이스', '검색 (멈춤)', '분석', '알림', '모니터링']);
    const legend = screen.getByRole('list', { name: '범례' });
    expect(legend.textContent).toContain('직접 연결');
    expect(legend.textContent).not.toContain('카프카를 거치는 연결');
    expect(container.querySelectorAll('svg[role="img"] .why-link.blocked')).toHaveLength(4);
    cleanup();
    draw(5, 'en');
    expect(screen.getByRole('list', { name: 'Legend' }).textContent).toContain('link through Kafka');
  });

  it('the calculator step works other numbers out in words, leaving the picture as narrated', () => {
    const container = draw(6);
    expect(screen.getByRole('status').textContent).toBe('With 10 sources and 10 targets: 100 direct links, 20 through Kafka.');
    fireEvent.click(screen.getByRole('button', { name: 'Add a source app' }));
    expect(screen.getByRole('status').textContent).toBe('With 11 sources and 10 targets: 110 direct links, 21 through Kafka.');
    expect(container.querySelectorAll('svg[role="img"] line.why-link')).toHaveLength(10);
  });
});

// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { LangProvider } from '../hooks/lang-context.tsx';
import { LEGEND_KEY, Legend } from './Legend.tsx';

// The legend: open on a first visit, a disclosure button, the reader's choice remembered.

const show = (lang: 'en' | 'ko' = 'en') => render(<LangProvider initial={lang}><Legend /></LangProvider>);

describe('legend', () => {
  beforeEach(() => localStorage.clear());

  it('is open on a first visit and names every mark in Kafka’s words', () => {
    show();
    const button = screen.getByRole('button', { name: 'Legend' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const list = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(list).toBeVisible();
    const text = list.textContent!;
    for (const words of ['committed offset', 'position', 'log start offset', 'log end offset', 'high watermark', 'leader', 'follower', 'in the ISR', 'out of the ISR', 'lag', 'redelivered', 'segment colours', 'no key']) {
      expect(text).toContain(words);
    }
  });

  it('draws each swatch with the real mark’s classes', () => {
    show();
    for (const selector of ['.marker.committed', '.marker.position', '.replica.leader .replica-bar .fill', '.replica.follower .replica-bar', '.replica.out-of-sync', '.replica-bar .hw', '.lag-badge', '.cell.redelivered .redelivered-mark', '.cell.seg-0.seg-start', '.cell.seg-1', '.cell.read', '.cell.fresh-static']) {
      expect(document.querySelector(`.legend-swatch ${selector}`), selector).not.toBeNull();
    }
  });

  it('closes and opens with its button, and remembers the choice for the next visit', () => {
    const first = show();
    fireEvent.click(screen.getByRole('button', { name: 'Legend' }));
    expect(screen.getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-expanded', 'false');
    expect(document.querySelector('.legend-items')).not.toBeVisible();
    expect(localStorage.getItem(LEGEND_KEY)).toBe('hidden');
    first.unmount();
    show('ko');
    const again = screen.getByRole('button', { name: '범례' });
    expect(again).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(again);
    expect(again).toHaveAttribute('aria-expanded', 'true');
    expect(localStorage.getItem(LEGEND_KEY)).toBe('shown');
  });

  it('is folded on a first visit on a phone (under 561 px), where it would stand between the figure and the produce form; a remembered choice wins', () => {
    const wide = window.matchMedia;
    window.matchMedia = ((query: string) => ({ matches: query.includes('max-width: 560px'), media: query })) as unknown as typeof window.matchMedia;
    try {
      const first = show();
      expect(screen.getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-expanded', 'false');
      first.unmount();
      localStorage.setItem(LEGEND_KEY, 'shown');
      show();
      expect(screen.getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-expanded', 'true');
    } finally {
      window.matchMedia = wide;
    }
  });

  it('still works where storage throws', () => {
    const spy = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => { throw new Error('denied'); });
    const set = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new Error('denied'); });
    show();
    const button = screen.getByRole('button', { name: 'Legend' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    spy.mockRestore();
    set.mockRestore();
  });
});

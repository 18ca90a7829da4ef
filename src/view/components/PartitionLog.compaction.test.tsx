// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { Command } from '../../engine/index.ts';
import { renderSimulator } from '../test-support.tsx';

// A compacted partition drawn as Kafka's LogCleaner sees it (LogCleanerManager's LogToClean): the
// cleaner point and the active segment under the cells, the dirty ratio in the head, and the
// records a later record of their key supersedes, named so in words.

const SEGMENT = 228; // three records of a 3-character key and a 5-character value
const put = (key: string, value: string | null): Command => ({ type: 'produce', producer: 'p', topic: 'kv', key, value });
const base: Command[] = [
  { type: 'createTopic', topic: 'kv', partitions: 1, cleanupPolicy: 'compact', segmentBytes: SEGMENT },
  { type: 'addProducer', producer: 'p' },
];

function partition(container: HTMLElement) {
  return container.querySelector<HTMLElement>('[data-target="partition:kv:0"]')!;
}

describe('a compacted partition in the topics view', () => {
  it('before any cleaning: everything dirty, the cleaner point at the log start, superseded records named', () => {
    // Offsets 0-2 and 3-5 closed, 6 active; kim at 0 and 2 is superseded by its latest record, at 4 (what the cleaner keeps).
    const { container } = renderSimulator({ commands: [...base, put('kim', 'seoul'), put('lee', 'busan'), put('kim', 'daegu'), put('cho', 'ulsan'), put('kim', 'suwon'), put('lee', 'seoul'), put('yoo', 'daegu')] });
    const p = partition(container);
    expect(p.querySelector('[data-cleaner-marker="cleaner-point"]')!.getAttribute('data-offset')).toBe('0');
    expect(p.querySelector('[data-cleaner-marker="active-segment"]')!.getAttribute('data-offset')).toBe('6');
    // The dirty ratio is 1: nothing is cleaned yet, and it is above min.cleanable.dirty.ratio.
    expect(p.querySelector('[data-dirty-ratio]')!.textContent).toBe('dirty ratio 1.00');
    const log = within(p).getByRole('list', { name: 'kv partition 0' });
    expect(within(log).getByRole('listitem', { name: 'offset 0 key kim, superseded by offset 4' })).toHaveClass('superseded');
    expect(within(log).getByRole('listitem', { name: 'offset 2 key kim, superseded by offset 4' })).toHaveClass('superseded');
    expect(within(log).getByRole('listitem', { name: 'offset 4 key kim' })).not.toHaveClass('superseded');
    expect(p.querySelectorAll('.cell.superseded')).toHaveLength(3);
    expect(screen.getByText(/cleaner point at offset 0: the log is cleaned below it/)).toBeTruthy();
  });

  it('after a cleaning: the cleaner point moves to the first uncleaned segment, and the dirty ratio drops to 0', () => {
    const { container } = renderSimulator({ commands: [...base, put('kim', 'seoul'), put('lee', 'busan'), put('kim', 'daegu'), put('cho', null), put('kim', 'suwon'), put('lee', 'seoul'), put('yoo', 'daegu'), { type: 'advanceTime', ms: 15_000 }] });
    const p = partition(container);
    expect(p.querySelector('[data-cleaner-marker="cleaner-point"]')!.getAttribute('data-offset')).toBe('6');
    expect(p.querySelector('[data-dirty-ratio]')!.textContent).toBe('dirty ratio 0.00');
    expect(p.querySelectorAll('.cell.superseded')).toHaveLength(0);
    expect(p.querySelector('[data-tombstone]')!.getAttribute('aria-label')).toBe('offset 3 key cho, tombstone');
  });

  it('the cell summing up older records counts the records the cleaner kept, not their offsets', () => {
    // kim twelve times (offsets 0-11), then lee, cho, yoo (12-14, the active segment): the cleaner
    // keeps kim's latest, at 11, so nothing is left before offset 11 though the log starts at 0.
    const sends = [...Array.from({ length: 12 }, (_, i) => put('kim', `v${i}`)), put('lee', 'busan'), put('cho', 'ulsan'), put('yoo', 'daegu')];
    const { container } = renderSimulator({ commands: [...base, ...sends, { type: 'advanceTime', ms: 15_000 }] });
    const p = partition(container);
    const summary = p.querySelector<HTMLElement>('.cell.summary')!;
    const [, count, last] = /^(\d+) older records? \(offsets 0–(\d+)\)$/.exec(summary.getAttribute('aria-label')!)!;
    // Whatever the window, the offsets it sums up (0 to `last`, all below 11) hold no record.
    expect(Number(last)).toBeLessThan(11);
    expect(Number(count)).toBe(0);
    expect(summary.textContent).toBe('… 0');
  });

  it('a topic that only deletes has none of these', () => {
    const { container } = renderSimulator({ commands: [{ type: 'createTopic', topic: 'kv', partitions: 1 }, { type: 'addProducer', producer: 'p' }, put('kim', 'seoul'), put('kim', 'busan')] });
    const p = partition(container);
    expect(p.querySelector('[data-cleaner-marker]')).toBeNull();
    expect(p.querySelector('[data-dirty-ratio]')).toBeNull();
    expect(p.querySelectorAll('.cell.superseded')).toHaveLength(0);
  });
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { encodeScenarioForUrl } from '../src/lessons/scenario-file.ts';

// Log compaction drawn in the topics view: a removed range keeps its place as a hatched gap
// (offsets never change), a tombstone is outlined and says null; both named in words.

const SEGMENT = 213; // three records of key 'a', value 'v0' (71 bytes each)
const send = (key: string, value: string | null) => ({ type: 'produce', producer: 'p', topic: 'kv', key, value });
const commands = [
  { type: 'createTopic', topic: 'kv', partitions: 1, cleanupPolicy: 'compact', segmentBytes: SEGMENT },
  { type: 'addProducer', producer: 'p' },
  send('a', 'v0'), send('b', 'v0'), send('a', 'v1'),
  send('a', null), send('c', 'v0'), send('b', 'v1'),
  send('d', 'v0'),
  { type: 'advanceTime', ms: 15_000 },
];

for (const lang of ['en', 'ko'] as const) {
  test(`a compacted partition shows its gap and its tombstone (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}#scenario=${encodeScenarioForUrl({ seed: 1, commands: commands as never })}`);
    const partition = page.locator('[data-target="partition:kv:0"]');
    const keep = page.getByRole('button', { name: lang === 'en' ? /Keep|Open|Replace/ : /유지|열기|바꾸/ });
    if (await keep.count() > 0) await keep.first().click();
    const gap = partition.locator('.cell.gap');
    await expect(gap).toHaveCount(1);
    // Offset 0 may sit in the "older" summary when the window is narrow; the gap runs to offset 2 either way.
    await expect(gap).toHaveAttribute('aria-label', lang === 'en' ? /^offsets [01]–2: removed by compaction \(offsets are never reused\)$/ : /^오프셋 [01]–2: 컴팩션으로 지워짐\(오프셋은 다시 쓰이지 않음\)$/);
    const tombstone = partition.locator('[data-tombstone]');
    await expect(tombstone).toHaveCount(1);
    await expect(tombstone).toHaveAttribute('aria-label', lang === 'en' ? 'offset 3 key a, tombstone' : /오프셋 3.*툼스톤/);
    await expect(partition.locator('.cell:not(.gap):not(.summary)')).toHaveCount(4);
    await expect(page.locator('[data-compaction="compact"]')).toContainText('cleanup.policy compact');
    await partition.locator('xpath=..').screenshot({ path: `test/screenshots/compaction-${lang}.png` });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}

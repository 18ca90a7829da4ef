import { expect, test } from '@playwright/test';
import { SIM_LIMITS, type Command } from '../src/engine/index.ts';

// The visible parts of issue 11 at phone, laptop and projector sizes in both languages: the
// question before a saved sandbox is replaced, and a step whose events are summarised.

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

function link(commands: Command[]): string {
  return Buffer.from(JSON.stringify({ format: 'kafka-sim-scenario', version: 1, seed: 1, commands })).toString('base64url');
}

function storm(): Command[] {
  const commands: Command[] = [{ type: 'configureBroker', retentionCheckIntervalMs: 1 }, { type: 'addProducer', producer: 'p' }];
  for (let t = 0; t < SIM_LIMITS.maxTotalPartitions / SIM_LIMITS.maxPartitions; t++) {
    commands.push({ type: 'createTopic', topic: `t${t}`, partitions: SIM_LIMITS.maxPartitions, retentionMs: 1 });
    for (let p = 0; p < SIM_LIMITS.maxPartitions; p++) commands.push({ type: 'produce', producer: 'p', topic: `t${t}`, value: 'v', partition: p });
  }
  commands.push({ type: 'advanceTime', ms: 10 });
  return commands;
}

for (const lang of ['ko', 'en'] as const) {
  for (const viewport of VIEWPORTS) {
    test(`sandbox question and event summary, ${viewport.name}, ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto(`/?lang=${lang}`);
      await page.evaluate(() => new Promise((r) => setTimeout(r, 500))); // the default sandbox is saved
      await page.goto(`/?lang=${lang}#scenario=${link(storm())}`);
      const question = page.getByRole('alertdialog');
      await expect(question).toBeVisible();
      await question.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test/screenshots/limits-question-${viewport.name}-${lang}.png` });
      const summary = page.locator('.event-log [aria-live="polite"]').first();
      await summary.scrollIntoViewIfNeeded();
      await expect(summary).toContainText(lang === 'ko' ? '처음 40개' : 'The first 40');
      await expect(page.locator('.event-log li')).toHaveCount(40);
      await page.screenshot({ path: `test/screenshots/limits-events-${viewport.name}-${lang}.png` });
    });
  }
}

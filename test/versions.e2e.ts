import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Issue 18 "Must show": one scenario under two Kafka versions. The sandbox links to the example
// (?scenario=min-isr-versions: replication factor 2, min.insync.replicas 3, one acks=all send);
// switching the version replays the same commands at the same step, and the page names the rule.

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const TEXT = {
  en: { link: 'Compare versions', run: (v: string) => `Run under Kafka ${v}`, capped: 'Kafka 3.7+: min.insync.replicas capped at 2 replicas (KAFKA-15583).', nothing: 'nothing to read', step: 'step 8 of 8', timeline: 'Timeline' },
  ko: { link: '버전 비교', run: (v: string) => `Kafka ${v} 규칙으로 실행`, capped: 'Kafka 3.7+: min.insync.replicas를 레플리카 2개로 낮춰 적용합니다(KAFKA-15583).', nothing: '읽을 레코드도 없습니다', step: '8단계 중 8단계', timeline: '타임라인' },
} as const;

for (const lang of ['en', 'ko'] as const) {
  test(`compare versions: min.insync.replicas above the replication factor fails under 3.6 and is capped under 4.1 (KAFKA-15583) (${lang})`, async ({ page }) => {
    const text = TEXT[lang];
    await page.goto(`/?lang=${lang}`);
    await page.getByRole('link', { name: text.link }).click();
    const example = page.locator('[data-version-compare]');
    const picker = page.locator('[data-kafka-version]');
    const counter = page.locator('.step-counter');
    await expect(picker).toHaveAttribute('data-kafka-version', '3.6');
    await expect(example).toHaveAttribute('data-outcome', 'nothing');
    await expect(example.locator('[data-version-outcome]')).toContainText(text.nothing);
    await expect(example.locator('[data-version-outcome]')).not.toContainText('KAFKA-15583');
    await expect(counter).toContainText(text.step);
    await expect(page.getByRole('button', { name: text.run('3.6') })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: text.run('4.1') }).click();
    await expect(picker).toHaveAttribute('data-kafka-version', '4.1');
    await expect(example).toHaveAttribute('data-outcome', 'readable');
    await expect(example.locator('[data-version-outcome]')).toContainText(text.capped);
    await expect(counter).toContainText(text.step);
    await expect(page.getByRole('button', { name: text.run('4.1') })).toHaveAttribute('aria-pressed', 'true');
    expect(await serious(page)).toEqual([]);

    // The event log of the createTopic step names the version's rule too.
    await page.getByRole('slider', { name: text.timeline }).fill('2');
    await expect(page.locator('.event-log')).toContainText(text.capped);

    // Back to 3.6 with the version picker: the same commands at the same step, the note gone.
    await page.locator('[data-kafka-version] select').selectOption('3.6');
    await expect(picker).toHaveAttribute('data-kafka-version', '3.6');
    await expect(counter).toContainText(lang === 'en' ? 'step 2 of 8' : '8단계 중 2단계');
    await expect(page.locator('.event-log')).not.toContainText('KAFKA-15583');
  });
}

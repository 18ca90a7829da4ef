import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Issue 18: the page names the Kafka version behind what it shows. A lesson says which Kafka it
// teaches; the sandbox's producer says which version's defaults it took (KIP-679 before 3.0,
// linger.ms 5 since 4.0, KIP-1030), and under linger.ms one partition's records leave as one batch.

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const TEXT = {
  en: {
    post: 'the post\'s 2.x picture', current: 'current Kafka 3.x replication rules', linger: 'linger.ms=5 (Kafka 4.0+)', defaults: 'Kafka 2.8 defaults (before 3.0, KIP-679)',
    manyKeys: 'Several keys (comma-separated)', eachKey: 'Produce one per key', batch: 'flushed its batch for orders-0: sent as one produce request without waiting for linger.ms, 2 records',
  },
  ko: {
    post: '글이 설명하는 2.x의 모습', current: '지금의 Kafka 3.x 복제 규칙', linger: 'linger.ms=5 (Kafka 4.0+)', defaults: 'Kafka 2.8 기본값 (3.0 이전, KIP-679)',
    manyKeys: '여러 키 (쉼표로 구분)', eachKey: '키마다 하나씩 보내기', batch: 'orders-0 파티션의 배치를 linger.ms를 기다리지 않고 프로듀스 요청 하나로 보냈습니다: 레코드 2개',
  },
} as const;

for (const lang of ['en', 'ko'] as const) {
  test(`a lesson names the Kafka it teaches: the post's 2.x picture, or current Kafka for replication (${lang})`, async ({ page }) => {
    const text = TEXT[lang];
    await page.goto(`/?lesson=keys&step=1&lang=${lang}`);
    const label = page.locator('[data-lesson-version]');
    await expect(label).toHaveAttribute('data-lesson-version', 'post');
    await expect(label).toHaveAttribute('data-kafka-profile', 'classic');
    await expect(label).toContainText(text.post);
    await expect(label).toBeVisible();
    await page.goto(`/?lesson=brokers&step=1&lang=${lang}`);
    await expect(label).toHaveAttribute('data-lesson-version', 'current');
    await expect(label).toContainText(text.current);
    expect(await serious(page)).toEqual([]);
  });

  test(`the sandbox's producer names its version's defaults, and under linger.ms one partition's keys share one batch (${lang})`, async ({ page }) => {
    const text = TEXT[lang];
    await page.goto(`/?lang=${lang}`);
    const producer = page.locator('[data-target="producer:producer-1"]');
    await expect(producer.locator('[data-version-rule="linger"]')).toHaveText(text.linger);
    // alice and bob hash to orders-0 on 3 partitions (murmur2), carol to orders-2: "each key" flushes after bob.
    await page.getByLabel(text.manyKeys).fill('alice, carol, bob');
    await page.getByRole('button', { name: text.eachKey }).click();
    await expect(page.locator('.event-log')).toContainText(text.batch);
    expect(await serious(page)).toEqual([]);
  });

  test(`under Kafka 2.8 the producer's acks=1 and idempotence off are named as that version's defaults (${lang})`, async ({ page }) => {
    await page.goto(`/?kafkaVersion=2.8&lang=${lang}`);
    const producer = page.locator('[data-target="producer:producer-1"]');
    await expect(producer.locator('[data-version-rule="defaults"]')).toHaveText(TEXT[lang].defaults);
    await expect(producer.locator('[data-version-rule="linger"]')).toHaveCount(0);
  });
}

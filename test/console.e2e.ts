import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { partitionForKey } from '../src/engine/index.ts';

// The console runs Kafka's own tools: what they print and what the page draws must agree.

const SHOTS = 'test/screenshots';
const B = '--bootstrap-server localhost:9092';
const KEYS = ['alice', 'bob', 'carol'];

/** A paste as the browser delivers it: a ClipboardEvent carrying text/plain, on the focused input. */
async function paste(input: Locator, text: string) {
  await input.focus();
  await input.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const PASTE = {
  en: { producing: 'The producer waits for lines to send to topic pasted', regex: 'This --topic regular expression uses a backreference (\\1). Kafka (java.util.regex) accepts it' },
  ko: { producing: '프로듀서가 pasted 토픽으로 보낼 줄을 기다립니다', regex: '이 --topic 정규 표현식에 쓰인 기능: 역참조(\\1). 카프카(java.util.regex)는 받아들이지만' },
} as const;

const TEXT = {
  en: { open: 'Open console', command: 'Command', record: 'One record per line', log: 'Console output', partition: (p: number) => `shop partition ${p}`, committed: (o: number) => `readers committed offset ${o}` },
  ko: { open: '콘솔 열기', command: '명령', record: '레코드 한 줄', log: '콘솔 출력', partition: (p: number) => `shop 파티션 ${p}`, committed: (o: number) => `readers의 커밋된 오프셋 ${o}` },
} as const;

/** Types a line into the console and waits for the log to grow. */
async function type(input: Locator, log: Locator, line: string) {
  const before = await log.locator('pre').count();
  await input.fill(line);
  await input.press('Enter');
  await expect.poll(() => log.locator('pre').count()).toBeGreaterThan(before);
}

/** The last block the log printed that starts with `header`, as lines of columns. */
async function table(log: Locator, header: string): Promise<string[][]> {
  const blocks = await log.locator('pre').allTextContents();
  const block = [...blocks].reverse().find((b) => b.trimStart().startsWith(header))!;
  return block.trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/));
}

for (const lang of ['en', 'ko'] as const) {
  test(`create, produce three keyed lines, read as a group, describe and reset (${lang})`, async ({ page }) => {
    const T = TEXT[lang];
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`/?lang=${lang}`);
    await page.getByRole('button', { name: T.open }).click();
    const input = page.getByRole('textbox', { name: T.command });
    const log = page.getByRole('log', { name: T.log });
    await expect(input).toBeFocused();

    await type(input, log, `kafka-topics.sh ${B} --create --topic shop --partitions 3`);
    await expect(log).toContainText('Created topic shop.');
    for (let p = 0; p < 3; p++) await expect(page.getByRole('list', { name: T.partition(p), exact: true })).toBeVisible();

    await type(input, log, `kafka-console-producer.sh ${B} --topic shop --property parse.key=true --property key.separator=:`);
    const records = page.getByRole('textbox', { name: T.record });
    for (const [i, key] of KEYS.entries()) await type(records, log, `${key}:order-${i}`);
    await type(records, log, '');
    for (const key of KEYS) {
      await expect(page.getByRole('list', { name: T.partition(partitionForKey(key, 3)), exact: true }).getByRole('listitem', { name: new RegExp(`${key}$`) })).toHaveCount(1);
    }

    await type(input, log, `kafka-console-consumer.sh ${B} --topic shop --group readers --from-beginning --property print.key=true --property print.partition=true`);
    await expect(log).toContainText('Processed a total of 3 messages');
    const printed = (await log.locator('pre.console-out').allTextContents()).join('\n');
    for (const [i, key] of KEYS.entries()) expect(printed).toContain(`Partition:${partitionForKey(key, 3)}\t${key}\torder-${i}`);

    await type(input, log, `kafka-topics.sh ${B} --describe --topic shop`);
    await expect(log).toContainText('PartitionCount: 3');
    await expect(log).toContainText('Leader: 1');

    await type(input, log, `kafka-consumer-groups.sh ${B} --describe --group readers`);
    const rows = await table(log, 'GROUP');
    expect(rows).toHaveLength(3);
    for (const [group, topic, partition, current, end, lag] of rows) {
      const count = KEYS.filter((k) => partitionForKey(k, 3) === Number(partition)).length;
      expect([group, topic, current, end, lag]).toEqual(['readers', 'shop', String(count), String(count), '0']);
      // The picture draws the same committed offset under the partition.
      await expect(page.locator('.partition-body', { has: page.getByRole('list', { name: T.partition(Number(partition)), exact: true }) })).toContainText(T.committed(count));
    }

    await type(input, log, `kafka-consumer-groups.sh ${B} --reset-offsets --group readers --topic shop --to-earliest --execute`);
    const plan = await table(log, 'GROUP');
    expect(plan.map((r) => r[3])).toEqual(['0', '0', '0']);
    for (let p = 0; p < 3; p++) {
      await expect(page.locator('.partition-body', { has: page.getByRole('list', { name: T.partition(p), exact: true }) })).toContainText(T.committed(0));
    }
    await page.screenshot({ path: `${SHOTS}/console-${lang}-1366.png`, fullPage: false });
    for (const [w, h] of [[390, 844], [1920, 1080]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.getByRole('log', { name: T.log }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/console-${lang}-${w}.png`, fullPage: false });
    }
  });
}

for (const lang of ['en', 'ko'] as const) {
  test(`pasted lines become one record per line; the tool's text stays Kafka's English, the simulator's notes are translated (${lang})`, async ({ page }) => {
    const T = TEXT[lang];
    const P = PASTE[lang];
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`/?lang=${lang}`);
    await page.getByRole('button', { name: T.open }).click();
    const input = page.getByRole('textbox', { name: T.command });
    const log = page.getByRole('log', { name: T.log });
    await type(input, log, `kafka-topics.sh ${B} --create --topic pasted --partitions 1`);
    await type(input, log, `kafka-console-producer.sh ${B} --topic pasted`);
    await expect(log).toContainText(P.producing);
    const records = page.getByRole('textbox', { name: T.record });
    await paste(records, 'first\nsecond\nthird\n');
    const partition = page.getByRole('list', { name: lang === 'en' ? 'pasted partition 0' : 'pasted 파티션 0', exact: true });
    await expect(partition.getByRole('listitem')).toHaveCount(3);
    for (const line of ['>first', '>second', '>third']) await expect(log.locator('pre.console-record', { hasText: line })).toHaveCount(1);
    await type(records, log, '');
    // --max-messages -1 is no limit (ConsoleConsumer.process); the tool's own text is English in both languages.
    await type(input, log, `kafka-console-consumer.sh ${B} --topic pasted --from-beginning --max-messages -1`);
    await expect(log).toContainText('Processed a total of 3 messages');
    const printed = (await log.locator('pre.console-out').allTextContents()).join('\n');
    expect(printed).toContain('first\nsecond\nthird');
    // A catastrophic --topic pattern answers at once; a backreference is the simulator's own (translated) refusal.
    await type(input, log, `kafka-topics.sh ${B} --describe --topic '(a+)+b'`);
    await expect(log).toContainText("Error while executing topic command : Topic 'Optional[(a+)+b]' does not exist as expected");
    await type(input, log, `kafka-topics.sh ${B} --list --topic '(p)\\1'`);
    await expect(log).toContainText(P.regex);
    await page.screenshot({ path: `${SHOTS}/console-paste-${lang}-1366.png`, fullPage: false });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}

const LIMIT = {
  en: 'This simulator allows at most 32 partitions per topic (asked for 99,999). This is a limit of this simulator, not of Kafka; nothing changed.',
  ko: '이 시뮬레이터에서는 토픽 하나에 파티션을 32개까지 둘 수 있습니다(요청한 수: 99,999개). 카프카의 규칙이 아니라 이 시뮬레이터의 한도입니다. 아무것도 바뀌지 않았습니다.',
} as const;

for (const lang of ['en', 'ko'] as const) {
  test(`the simulator's own limit is a translated note; Kafka's topic-name rule is Kafka's text (${lang})`, async ({ page }) => {
    const T = TEXT[lang];
    for (const [width, height] of [[390, 844], [1280, 720]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`/?lang=${lang}`);
      await page.getByRole('button', { name: T.open }).click();
      const input = page.getByRole('textbox', { name: T.command });
      const log = page.getByRole('log', { name: T.log });
      const step = await page.locator('.step-counter').first().textContent();
      await type(input, log, `kafka-topics.sh ${B} --create --topic big --partitions 99999`);
      await expect(log.locator('pre.console-note', { hasText: LIMIT[lang] })).toHaveCount(1);
      await expect(log).not.toContainText('partitions must be at most');
      expect(await page.locator('.step-counter').first().textContent()).toBe(step);
      await type(input, log, `kafka-topics.sh ${B} --create --topic 'has space'`);
      await expect(log).toContainText("Error while executing topic command : Topic name is invalid: 'has space' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'");
      await type(input, log, 'kafka-topics.sh --version');
      await expect(log.locator('pre.console-out').last()).toHaveText('4.1.0');
      await page.screenshot({ path: `${SHOTS}/console-limit-${lang}-${width}.png`, fullPage: false });
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    }
  });
}

test('an unknown option prints the tool\'s error and the page does not change; step back undoes a create', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'Open console' }).click();
  const input = page.getByRole('textbox', { name: 'Command' });
  const log = page.getByRole('log', { name: 'Console output' });
  const step = await page.locator('.step-counter').first().textContent();
  await type(input, log, `kafka-topics.sh ${B} --craete --topic x`);
  await expect(log).toContainText('craete is not a recognized option');
  expect(await page.locator('.step-counter').first().textContent()).toBe(step);
  await type(input, log, `kafka-topics.sh ${B} --create --topic x`);
  await expect(page.getByRole('list', { name: 'x partition 0', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(page.getByRole('list', { name: 'x partition 0', exact: true })).toHaveCount(0);
});

test('the offsets lesson shows kafka-consumer-groups --describe once, with the numbers the picture shows', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?lesson=offsets&step=5&lang=ko');
  const figure = page.getByRole('figure', { name: '카프카 명령줄 도구' });
  await expect(figure).toContainText('$ kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group billing');
  const row = ((await figure.textContent()) ?? '').split('\n').find((l) => l.startsWith('billing'))!.trim().split(/\s+/);
  expect(row.slice(0, 6)).toEqual(['billing', 'orders', '0', '3', '6', '3']);
  await expect(page.locator('.partition-body').first()).toContainText('billing의 커밋된 오프셋 3');
  await page.screenshot({ path: `${SHOTS}/console-lesson-offsets-ko.png`, fullPage: false });
});

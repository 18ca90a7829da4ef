import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

// "Act where you look": every object opens a menu of its actions, by mouse and by keyboard, and
// a refused action answers next to the control that was used, inside the viewport.

const SHOTS = 'test/screenshots';


const T = {
  en: { producer: 'producer-1', consumer: 'consumer-1', topic: /^Topic orders/, topicMenu: 'Actions for topic orders', producerMenu: 'Actions for producer producer-1', consumerMenu: 'Actions for consumer consumer-1', total: 'Total partitions of orders', add: 'Add partitions to orders', key: 'Key for producer-1', send: 'Send from producer-1', poll: 'Poll consumer-1', formTotal: 'New total', formAdd: 'Add partitions' },
  ko: { producer: 'producer-1', consumer: 'consumer-1', topic: /^토픽 orders/, topicMenu: '토픽 orders 조작', producerMenu: '프로듀서 producer-1 조작', consumerMenu: '컨슈머 consumer-1 조작', total: 'orders 파티션 수 (합계)', add: 'orders 파티션 늘리기', key: 'producer-1 키', send: 'producer-1에서 보내기', poll: 'consumer-1 폴', formTotal: '새 파티션 수 (합계)', formAdd: '파티션 늘리기' },
} as const;

/** Presses Tab until `target` has focus: proves it is in the page's tab order. */
async function tabTo(page: Page, target: Locator, max = 300) {
  await page.locator('body').focus();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('not reached by Tab');
}

/** Distance in px between two boxes (0 when they touch or overlap). */
function distance(a: { x: number; y: number; width: number; height: number }, b: typeof a): number {
  const dx = Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

/** The refusal is the page's only alert, inside the viewport, within 150 px of `control`. */
async function expectAnswerBeside(page: Page, control: Locator, text: RegExp) {
  const alert = page.getByRole('alert');
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText(text);
  await expect(alert).toHaveClass(/refusal-callout/);
  const box = await alert.boundingBox();
  const near = await control.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !near || !viewport) throw new Error('no box');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(distance(box, near)).toBeLessThan(150);
}

for (const lang of ['en', 'ko'] as const) {
  const t = T[lang];

  test(`producer, consumer and topic open their menus by mouse (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`/?lang=${lang}`);
    const counter = page.locator('.step-counter');
    // Producer: a click on its box (not only its name) opens it; send a keyed record.
    await page.locator('[data-target="producer:producer-1"]').click({ position: { x: 10, y: 30 } });
    const producerMenu = page.getByRole('dialog', { name: t.producerMenu });
    await expect(producerMenu).toBeVisible();
    await expect(producerMenu).toContainText('acks=all');
    await producerMenu.getByRole('textbox', { name: t.key }).fill('mouse');
    const before = await counter.textContent();
    await producerMenu.getByRole('button', { name: t.send }).click();
    await expect(producerMenu).toHaveCount(0);
    await expect(page.getByRole('listitem', { name: / key mouse$| 키 mouse$/ })).toHaveCount(1);
    await expect(counter).not.toHaveText(before ?? '');
    // Consumer.
    await page.getByRole('button', { name: t.consumer, exact: true }).click();
    const consumerMenu = page.getByRole('dialog', { name: t.consumerMenu });
    await consumerMenu.getByRole('button', { name: t.poll }).click();
    await expect(consumerMenu).toHaveCount(0);
    // Topic: a valid increase.
    await page.getByRole('button', { name: t.topic }).click();
    const topicMenu = page.getByRole('dialog', { name: t.topicMenu });
    await topicMenu.getByRole('spinbutton', { name: t.total }).fill('4');
    await topicMenu.getByRole('button', { name: t.add }).click();
    await expect(page.getByRole('list', { name: lang === 'en' ? 'orders partition 3' : 'orders 파티션 3', exact: true })).toHaveCount(1);
  });

  test(`producer, consumer and topic are reached and used by keyboard (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`/?lang=${lang}`);
    const producer = page.getByRole('button', { name: t.producer, exact: true });
    await tabTo(page, producer);
    await page.keyboard.press('Enter');
    const producerMenu = page.getByRole('dialog', { name: t.producerMenu });
    await expect(producerMenu).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(producerMenu.getByRole('textbox', { name: t.key })).toBeFocused();
    await page.keyboard.type('kbd');
    await page.keyboard.press('Enter');
    await expect(producerMenu).toHaveCount(0);
    await expect(producer).toBeFocused();
    await expect(page.getByRole('listitem', { name: / key kbd$| 키 kbd$/ })).toHaveCount(1);

    const consumer = page.getByRole('button', { name: t.consumer, exact: true });
    await tabTo(page, consumer);
    await page.keyboard.press('Space');
    const consumerMenu = page.getByRole('dialog', { name: t.consumerMenu });
    await expect(consumerMenu.getByRole('button', { name: t.poll })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(consumerMenu).toHaveCount(0);
    await expect(consumer).toBeFocused();

    const topic = page.getByRole('button', { name: t.topic });
    await tabTo(page, topic);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: t.topicMenu }).getByRole('spinbutton', { name: t.total })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(topic).toBeFocused();
  });

  test(`a refused action answers beside its control, in the viewport, and changes nothing (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`/?lang=${lang}`);
    const counter = page.locator('.step-counter');
    const before = await counter.textContent();
    // From the topic's menu, by keyboard.
    const topic = page.getByRole('button', { name: t.topic });
    await topic.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('dialog', { name: t.topicMenu });
    await menu.getByRole('spinbutton', { name: t.total }).fill('2');
    await menu.getByRole('spinbutton', { name: t.total }).press('Enter');
    await expectAnswerBeside(page, menu.getByRole('spinbutton', { name: t.total }), /3/);
    await expect(menu.getByRole('spinbutton', { name: t.total })).toBeFocused();
    await expect(counter).toHaveText(before ?? '');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.keyboard.press('Escape');

    // From the form far below the top of the page, by mouse; it follows the control as the page scrolls.
    await page.getByRole('spinbutton', { name: t.formTotal, exact: true }).fill('1');
    const add = page.getByRole('button', { name: t.formAdd, exact: true });
    await add.click();
    await expectAnswerBeside(page, add, /3/);
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(100);
    await expectAnswerBeside(page, add, /3/);
    await expect(counter).toHaveText(before ?? '');
    // Its × closes it and focus goes back to the control.
    await page.getByRole('alert').getByRole('button').click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(add).toBeFocused();
  });

  for (const [width, height] of [[390, 844], [1366, 768], [1920, 1080]] as const) {
    test(`screenshots of a menu and a refusal at ${width}×${height} (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`/?lang=${lang}`);
      await page.getByRole('button', { name: t.producer, exact: true }).click();
      const menu = page.getByRole('dialog', { name: t.producerMenu });
      await expect(menu).toBeVisible();
      const box = await menu.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `${SHOTS}/actions-menu-${width}-${lang}.png` });
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: t.consumer, exact: true }).click();
      await expect(page.getByRole('dialog', { name: t.consumerMenu })).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/actions-consumer-menu-${width}-${lang}.png` });
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: t.topic }).click();
      const topicMenu = page.getByRole('dialog', { name: t.topicMenu });
      await topicMenu.getByRole('spinbutton', { name: t.total }).fill('1');
      const add = topicMenu.getByRole('button', { name: t.add });
      await add.click();
      await expectAnswerBeside(page, add, /3/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      if (width === 1366) {
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
        expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      }
      await page.screenshot({ path: `${SHOTS}/actions-refusal-${width}-${lang}.png` });
    });
  }
}

test('lessons show objects without menus', async ({ page }) => {
  await page.goto('/?lesson=offsets&step=3&lang=en');
  await expect(page.locator('.narration')).toBeVisible();
  await expect(page.locator('.object-trigger')).toHaveCount(0);
});


test('inside a shadow root whose host contains fixed boxes (as an embedded widget), a refusal still lands beside its control', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?lang=en');
  await expect(page.getByRole('button', { name: 'producer-1', exact: true })).toBeVisible();
  // Move the page's React root into a shadow root, as <kafka-sim> mounts a widget: the host has
  // `contain: content` (so position: fixed is relative to it) and sits away from the viewport's corner.
  await page.evaluate(() => {
    const host = document.createElement('div');
    host.style.cssText = 'contain: content; margin: 200px 0 0 240px; height: 520px; overflow: auto;';
    document.body.prepend(host);
    const shadow = host.attachShadow({ mode: 'open' });
    for (const sheet of document.querySelectorAll('link[rel="stylesheet"], style')) shadow.append(sheet.cloneNode(true));
    shadow.append(document.getElementById('root')!);
  });
  const topic = page.getByRole('button', { name: /^Topic orders/ });
  await topic.click();
  const menu = page.getByRole('dialog', { name: 'Actions for topic orders' });
  const add = menu.getByRole('button', { name: 'Add partitions to orders' });
  await menu.getByRole('spinbutton', { name: 'Total partitions of orders' }).fill('2');
  await add.click();
  await expectAnswerBeside(page, add, /3/);
  await expect(add).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/actions-refusal-shadow-1366-en.png` });
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { translate, type Lang } from '../src/i18n/catalog.ts';
import { PRACTICE_MISCONCEPTION_MESSAGES } from '../src/i18n/messages/practice-misconceptions.ts';
import { generateExercise, type Exercise } from '../src/practice/index.ts';
import { answerLabel } from '../src/practice/ui/labels.ts';

// "Your turn" on the practice page and the new kinds of action (issue 21), in both languages, by
// keyboard: a wrong action on the figure names its misconception, then the right one is graded
// right. Practice: click the partition; give each member its partitions (the assignment editor);
// mark the segments retention deletes. Lessons: mark the brokers in the ISR, then Check.
// Screenshots: test/screenshots/practice-turn-*.png.

const SHOTS = 'test/screenshots';

/** Tab (as a keyboard user would) until the target has focus, then press Enter. */
async function tabAndPress(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error('the target never took the focus');
}

/** Focus the target (already shown reachable by Tab) and press Enter. */
async function press(page: Page, target: Locator): Promise<void> {
  await target.focus();
  await page.keyboard.press('Enter');
}

async function expectMisconception(page: Page, lang: Lang, id?: string): Promise<void> {
  const feedback = page.locator('[role=status] [data-misconception]');
  await expect(feedback).toBeVisible();
  const shown = (await feedback.getAttribute('data-misconception'))!;
  if (id !== undefined) expect(shown).toBe(id);
  const text = PRACTICE_MISCONCEPTION_MESSAGES[`practice.misconception.${shown}` as keyof typeof PRACTICE_MISCONCEPTION_MESSAGES];
  expect(text, `misconception ${shown} has text`).toBeDefined();
  await expect(feedback).toHaveText(text[lang]);
}

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const t = (lang: Lang) => (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);

for (const lang of ['en', 'ko'] as const) {
  const tr = t(lang);

  test(`practice (${lang}): the partition a key lands on, by keyboard on the figure: a wrong one names the misconception, then the right one`, async ({ page }) => {
    const exercise: Exercise = generateExercise('keyPartition', 1)!;
    const topic = String(exercise.question.params['topic']);
    await page.goto(`/?page=practice&concept=keyPartition&seed=1&lang=${lang}`);
    await expect(page.locator('[data-your-turn-step]')).toBeVisible();
    expect(await serious(page)).toEqual([]);
    const partition = (p: number) => page.getByRole('button', { name: tr('topic.partition', { topic, partition: p }), exact: true });
    // Partition 5 is no choice in the list: the figure's answer still names the belief (keys are hashed, not taken in turn).
    await tabAndPress(page, partition(5));
    await expectMisconception(page, lang, 'keyInTurn');
    await expect(page.locator('.practice-feedback .verdict.wrong')).toContainText(answerLabel(tr, exercise, 5));
    await page.screenshot({ path: `${SHOTS}/practice-turn-wrong-${lang}.png`, fullPage: true });
    await press(page, partition(Number(exercise.answer)));
    await expect(page.locator('.practice-feedback')).toContainText(tr('practice.rightLater', { answer: answerLabel(tr, exercise, exercise.answer) }));
    await expect(page.locator('[data-your-turn]')).toHaveCount(0);
    expect(await serious(page)).toEqual([]);
  });

  test(`practice (${lang}): the assignment editor: select a partition, then a member, Check`, async ({ page }) => {
    const exercise = generateExercise('assignment', 2)!;
    const answer = exercise.answer as Record<string, string[]>;
    await page.goto(`/?page=practice&concept=assignment&seed=2&lang=${lang}`);
    const partition = (tp: string) => {
      const [, topic, p] = /^(.*)-(\d+)$/.exec(tp)!;
      return page.getByRole('button', { name: tr('topic.partition', { topic: topic!, partition: Number(p) }), exact: true });
    };
    const member = (id: string) => page.getByRole('button', { name: id, exact: true });
    const check = page.getByRole('button', { name: tr('lessonUi.yourTurn.check'), exact: true });
    // A member before any partition: told to select one first.
    await tabAndPress(page, member('c1'));
    await expect(page.locator('.your-turn-marked')).toHaveText(tr('practice.turn.selectFirst'));
    // Wrong: every partition to the first member (the leader keeps all).
    const all = Object.values(answer).flat();
    for (const tp of all) {
      await press(page, partition(tp));
      await expect(partition(tp)).toHaveAttribute('aria-pressed', 'true');
      await press(page, member('c1'));
      await expect(page.locator('.your-turn-marked')).toHaveText(tr('practice.turn.given', { partition: tp, member: 'c1' }));
    }
    await press(page, check);
    await expectMisconception(page, lang);
    // The editor was used: "assign again", not "pick again".
    await expect(page.locator('.practice-feedback .verdict.wrong')).toContainText(lang === 'ko' ? '다시 배정해 보세요' : 'Try the assignment again');
    expect(await serious(page)).toEqual([]);
    // Right: each partition to its member under the group's assignor; the notes on the figure say who got what.
    await press(page, page.getByRole('button', { name: tr('practice.turn.clear'), exact: true }));
    for (const [m, tps] of Object.entries(answer)) {
      for (const tp of tps) {
        await press(page, partition(tp));
        await press(page, member(m));
      }
    }
    await expect(page.locator(`[data-your-turn-note="member:c1"]`)).toHaveText(`← ${answer['c1']!.join(', ')}`);
    await page.screenshot({ path: `${SHOTS}/practice-turn-assignment-${lang}.png`, fullPage: true });
    await press(page, check);
    await expect(page.locator('.practice-feedback .verdict.right')).toBeVisible();
  });

  test(`practice (${lang}): the segments retention deletes: a newer one without the older is refused, the oldest ones are right`, async ({ page }) => {
    const exercise = generateExercise('retention', 1)!;
    await page.goto(`/?page=practice&concept=retention&seed=1&lang=${lang}`);
    const segment = (base: number) => page.locator(`[data-your-turn="segment:metrics:0:${base}"]`);
    await tabAndPress(page, segment(5));
    await expect(segment(5)).toHaveAttribute('aria-pressed', 'true');
    await press(page, page.getByRole('button', { name: tr('lessonUi.yourTurn.check'), exact: true }));
    await expectMisconception(page, lang, 'retentionOldestFirst');
    await press(page, segment(0));
    await press(page, page.getByRole('button', { name: tr('lessonUi.yourTurn.check'), exact: true }));
    await expect(page.locator('.practice-feedback')).toContainText(tr('practice.rightLater', { answer: answerLabel(tr, exercise, exercise.answer) }));
    expect(await serious(page)).toEqual([]);
  });

  test(`practice (${lang}): Check with nothing assigned names the rule of the group's own assignor (roundrobin), not range's`, async ({ page }) => {
    const exercise = generateExercise('assignment', 5)!;
    expect(exercise.question.params['assignor']).toBe('roundrobin');
    await page.goto(`/?page=practice&concept=assignment&seed=5&lang=${lang}`);
    await press(page, page.getByRole('button', { name: tr('lessonUi.yourTurn.check'), exact: true }));
    await expectMisconception(page, lang, 'ownerByRoundrobin');
    await expect(page.locator('.practice-feedback .verdict.wrong')).toContainText(lang === 'ko' ? '다시 배정해 보세요' : 'Try the assignment again');
    for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 720 }, { width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `${SHOTS}/practice-assignment-empty-${size.width}-${lang}.png`, fullPage: size.width === 390 });
    }
    expect(await serious(page)).toEqual([]);
  });

  test(`practice (${lang}): acks=0 completes at once as a success with offset -1 (Sender, the acks = 0 case); "no answer yet" names that nothing is awaited`, async ({ page }) => {
    const exercise = generateExercise('acksOutcome', 5)!;
    expect(exercise.answer).toBe('completed-unacked');
    await page.goto(`/?page=practice&concept=acksOutcome&seed=5&lang=${lang}`);
    await page.locator('[data-choice="\\"unanswered\\""]').click();
    await expectMisconception(page, lang, 'acksZeroWaits');
    for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 720 }, { width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `${SHOTS}/practice-acks0-${size.width}-${lang}.png`, fullPage: size.width === 390 });
    }
    await page.locator('[data-choice="\\"completed-unacked\\""]').click();
    await expect(page.locator('.practice-feedback .verdict.right')).toContainText(tr('lessonUi.outcome.completed-unacked'));
    expect(await serious(page)).toEqual([]);
  });

  test(`brokers lesson (${lang}): mark the brokers in the ISR by keyboard, Check: a shrunk ISR names the misconception, then the right set`, async ({ page }) => {
    await page.goto(`/?lesson=brokers&step=6&lang=${lang}`);
    await expect(page.locator('[data-your-turn-step]')).toBeVisible();
    const broker = (b: number) => page.getByRole('button', { name: tr('cluster.broker', { broker: b }), exact: true });
    const check = page.getByRole('button', { name: tr('lessonUi.yourTurn.check'), exact: true });
    // Broker 1 was cut off a second ago: not 30 s behind yet, so it is still in the ISR.
    await tabAndPress(page, broker(2));
    await press(page, broker(3));
    await expect(broker(2)).toHaveAttribute('aria-pressed', 'true');
    await expect(broker(1)).toHaveAttribute('aria-pressed', 'false');
    await press(page, check);
    await expectMisconception(page, lang, 'isrShrinksAtOnce');
    await page.screenshot({ path: `${SHOTS}/practice-turn-isr-${lang}.png`, fullPage: true });
    expect(await serious(page)).toEqual([]);
    await press(page, broker(1));
    await press(page, check);
    await expect(page.locator('.verdict.right')).toBeVisible();
    await expect(page.locator('[data-your-turn]')).toHaveCount(0);
  });

  test(`retention lesson (${lang}): mark the segments the size limit deletes: a newer one alone is refused, the oldest is right`, async ({ page }) => {
    await page.goto(`/?lesson=retention&step=10&lang=${lang}`);
    await expect(page.locator('[data-your-turn-step]')).toBeVisible();
    // Only the asked partition's segments are targets.
    await expect(page.locator('[data-your-turn^="segment:logs:"]')).toHaveCount(0);
    const segment = (base: number) => page.locator(`[data-your-turn="segment:metrics:0:${base}"]`);
    const check = page.getByRole('button', { name: tr('lessonUi.yourTurn.check'), exact: true });
    await tabAndPress(page, segment(3));
    await press(page, check);
    await expectMisconception(page, lang, 'retentionOldestFirst');
    expect(await serious(page)).toEqual([]);
    await press(page, segment(3));
    await expect(segment(3)).toHaveAttribute('aria-pressed', 'false');
    await press(page, segment(0));
    await press(page, check);
    await expect(page.locator('.verdict.right')).toContainText(tr('lessonUi.logStartChoice', { offset: 3 }));
  });
}

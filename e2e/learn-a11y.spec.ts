import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, settled, test, typeInConsole } from './fixtures';
import { lessonOutline } from '../lib/lessons/outline';
import { lessonById, lessons } from '../lib/lessons/registry';
import { panel, startLesson } from '../walkthrough/drive';

/** Screenshots land beside the other pages' (e2e/a11y.spec.ts); look at them. */
const shots = 'test-results/screenshots';

async function noSeriousViolations(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
}

const relocation = lessonOutline(lessonById('xen-relocation')!);

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('/learn, /learn/<id> and the lesson panel', async ({ lab: page }) => {
      await open(page, '/learn');
      await expect(page.getByRole('list', { name: 'Lessons' }).getByRole('listitem')).toHaveCount(lessons.length);
      await noSeriousViolations(page, '/learn');
      await page.screenshot({ path: `${shots}/learn-${scheme}.png`, fullPage: true });

      await open(page, `/learn/${relocation.id}`);
      await expect(page.getByRole('button', { name: 'Start lesson' })).toBeVisible();
      await noSeriousViolations(page, '/learn/<id>');
      await page.screenshot({ path: `${shots}/learn-lesson-${scheme}.png`, fullPage: true });

      await startLesson(page, relocation);
      await panel(page).getByRole('button', { name: 'Open the console on xen1' }).click();
      await typeInConsole(page, 'xm migrate --live pv-web xen2', 'xen1');
      await expect(panel(page).getByRole('heading', { name: 'Step 2 of 6' })).toBeVisible();
      await panel(page).getByRole('button', { name: 'Show a hint' }).click();
      await panel(page).getByRole('button', { name: 'Show the command with blanks' }).click();
      await panel(page).getByRole('button', { name: 'Show the solution' }).click();
      await noSeriousViolations(page, 'lesson panel');
      await page.screenshot({ path: `${shots}/learn-panel-${scheme}.png` });

      await settled(page);
      await open(page, '/hosts/xen1/domains/pv-web');
      await expect(panel(page)).toBeVisible();
      await noSeriousViolations(page, 'domain page beside the panel');
      await page.screenshot({ path: `${shots}/learn-domain-panel-${scheme}.png` });
    });

    test('/glossary', async ({ lab: page }) => {
      await open(page, '/glossary');
      await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
      await noSeriousViolations(page, '/glossary');
      await page.screenshot({ path: `${shots}/glossary-${scheme}.png` });
    });
  });
}

test('laptop widths: the domain page beside the panel, and the panel above the page below 1024 px', async ({
  lab: page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await startLesson(page, lessonOutline(lessonById('memory-current-max')!));
  await open(page, '/hosts/kvm1/domains/web01');
  await expect(panel(page)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: `${shots}/learn-domain-1280.png` });
  await page.setViewportSize({ width: 900, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const [p, h1] = [
    await panel(page).boundingBox(),
    await page.getByRole('heading', { level: 1, name: 'web01' }).boundingBox(),
  ];
  expect(p!.y).toBeLessThan(h1!.y);
  await page.screenshot({ path: `${shots}/learn-domain-900.png` });
});

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/** The Japanese pages at a phone's, a tablet's and a laptop's width: axe, and screenshots to look at. */
const shots = 'test-results/screenshots/ja';

async function noSeriousViolations(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${what}: ${v.id} ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`),
  ).toEqual([]);
}

/** Nothing wider than the page: a clipped button or an unbroken Japanese line would be. */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main *, header *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .filter((e) => !e.closest('pre, table, [role="log"], .overflow-x-auto'))
      .map((e) => `${e.tagName.toLowerCase()}: ${(e.textContent ?? '').slice(0, 40)}`)
      .slice(0, 5),
  );

const pages = [
  ['overview', '/ja', '概要'],
  ['glossary', '/ja/glossary', '用語集'],
  ['learn', '/ja/learn', 'レッスン'],
  ['lesson', '/ja/learn/managedsave', '管理保存と、その後の start の動き'],
  ['console', '/ja/console', 'コンソール'],
  ['domain', '/ja/hosts/kvm1/domains/web01', 'web01'],
  ['compare', '/ja/compare', 'ライブマイグレーションと非ライブマイグレーション'],
  ['drill', '/ja/drill', '演習問題'],
] as const;

for (const width of [390, 1024, 1366]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const [name, path, heading] of pages) {
      test(`${name} in Japanese`, async ({ lab: page }) => {
        await open(page, path);
        await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
        if (name !== 'overview') await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        else await expect(page.getByRole('link', { name: 'web01' })).toBeVisible();
        await noSeriousViolations(page, `${name} at ${width}`);
        expect(await overflowing(page), `${name} at ${width}: nothing wider than the page`).toEqual([]);
        await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: name !== 'glossary' });
      });
    }
    test('recovery screen in Japanese', async ({ lab: page }) => {
      await open(page, '/ja');
      await page.evaluate(() => localStorage.setItem('virtlab:lab', 'not json'));
      await page.reload();
      await expect(page.getByRole('heading', { name: '保存されたラボを開けません' })).toBeVisible();
      await noSeriousViolations(page, `recovery at ${width}`);
      expect(await overflowing(page), `recovery at ${width}: nothing wider than the page`).toEqual([]);
      await page.screenshot({ path: `${shots}/recovery-${width}.png`, fullPage: true });
    });
    test('Lab menu and the import refusal in Japanese', async ({ lab: page }) => {
      await open(page, '/ja/hosts/kvm1/domains/web01');
      // A phone's header folds its links and the Lab menu into メニュー.
      const fold = page.getByRole('button', { name: 'メニュー' });
      if (await fold.isVisible()) await fold.click();
      await page.getByRole('button', { name: 'ラボ', exact: true }).click();
      await expect(page.getByRole('menuitem', { name: 'ラボファイルを読み込む…' })).toBeVisible();
      await noSeriousViolations(page, `lab menu at ${width}`);
      await page.screenshot({ path: `${shots}/lab-menu-${width}.png` });
    });
  });
}

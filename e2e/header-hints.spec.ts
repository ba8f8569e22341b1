import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, settled, test } from './fixtures';

/**
 * The header's Undo/Redo and theme buttons and the drill's "Check answer" say what they do, or why not,
 * as the app's other buttons do (HintButton): on hover, on Tab focus, on a tap while disabled — not in a
 * `title`, which a touch screen never shows — and to screen readers as the button's description. Their
 * tooltip's code loads on first use (LazyHint), so it is in no page's first load.
 */
const shots = 'test-results/screenshots/hints';
const inLocale = (locale: 'en' | 'ja', path: string) => (locale === 'en' ? path : `/ja${path === '/' ? '' : path}`);
const words = {
  en: {
    menu: 'Menu',
    undo: /Undo/,
    nothing: 'Nothing to undo',
    suspend: 'Suspend',
    undoWhat: 'Undo virsh suspend web01',
    theme: 'Theme: system',
    themeWhat: 'Switch light / dark theme',
    check: 'Check answer',
    choose: 'Choose an answer first',
  },
  ja: {
    menu: 'メニュー',
    undo: /元に戻す/,
    nothing: '元に戻せる操作はありません',
    suspend: '一時停止',
    undoWhat: 'virsh suspend web01 を元に戻す',
    theme: 'テーマ: システム',
    themeWhat: 'ライト/ダークのテーマを切り替える',
    check: '解答する',
    choose: '先に解答を選んでください',
  },
} as const;

/** No serious or critical axe finding on the page as it stands (a tooltip open). */
async function axeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

/** Below 768 px the header's controls are folded into its menu. */
async function headerControls(page: Page, locale: 'en' | 'ja') {
  const menu = page.getByRole('banner').getByRole('button', { name: words[locale].menu });
  if (await menu.isVisible()) await menu.tap();
}

test.describe('a touch screen: a tap on a disabled header or drill button says why', () => {
  test.use({ hasTouch: true, isMobile: true });
  for (const locale of ['en', 'ja'] as const)
    test(`Undo with nothing to undo, and Check answer with nothing chosen (${locale})`, async ({ lab: page }) => {
      const w = words[locale];
      for (const width of [390, 1024, 1366]) {
        await page.setViewportSize({ width, height: 844 });
        await open(page, inLocale(locale, '/'));
        await headerControls(page, locale);
        const undo = page.getByRole('banner').getByRole('button', { name: w.undo }).first();
        await expect(undo).toHaveAccessibleDescription(w.nothing);
        await undo.tap({ force: true }); // aria-disabled: Playwright would wait for it to be enabled
        await expect(page.getByRole('tooltip')).toContainText(w.nothing);
        await page.screenshot({ path: `${shots}/undo-tap-${width}-${locale}.png` });
        if (width === 390) await axeClean(page);

        await open(page, inLocale(locale, '/drill?seed=7'));
        const check = page.getByRole('button', { name: w.check });
        await expect(check).toHaveAccessibleDescription(w.choose);
        await check.scrollIntoViewIfNeeded();
        await check.tap({ force: true });
        await expect(page.getByRole('tooltip')).toContainText(w.choose);
        await page.screenshot({ path: `${shots}/drill-check-tap-${width}-${locale}.png` });
        if (width === 390) await axeClean(page);
      }
    });
});

for (const locale of ['en', 'ja'] as const)
  test(`Undo says which command it undoes on hover, the theme button what it does on Tab focus (${locale})`, async ({
    lab: page,
  }) => {
    const w = words[locale];
    for (const width of [1024, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await open(page, inLocale(locale, '/hosts/kvm1/domains/web01'));
      if (width === 1024)
        await settled(page, () => page.getByRole('main').getByRole('button', { name: w.suspend, exact: true }).click());
      const undo = page.getByRole('banner').getByRole('button', { name: w.undo }).first();
      await expect(undo).toHaveAccessibleDescription(w.undoWhat);
      await undo.hover();
      await expect(page.getByRole('tooltip')).toContainText(w.undoWhat);
      // The open tooltip stands in place of the description it repeats: heard once (decision 087).
      await expect(undo).toHaveAccessibleDescription(w.undoWhat);
      await page.screenshot({ path: `${shots}/undo-hover-${width}-${locale}.png` });

      const theme = page.getByRole('button', { name: w.theme });
      await expect(theme).toHaveAccessibleDescription(w.themeWhat);
      await page.mouse.move(0, 500, { steps: 5 });
      await expect(page.getByRole('tooltip')).toHaveCount(0);
      // Tab from the language link before it: the focus the tooltip answers.
      await page
        .getByRole('banner')
        .getByRole('link', { name: /Language|表示言語/ })
        .focus();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('tooltip')).toContainText(w.themeWhat);
      await expect(theme).toBeFocused();
      await expect(theme).toHaveAccessibleDescription(w.themeWhat);
      await page.screenshot({ path: `${shots}/theme-focus-${width}-${locale}.png` });
      await axeClean(page);
    }
  });

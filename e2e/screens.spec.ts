import { expect, open, test, typeInConsole } from './fixtures';
import { panel, startLesson } from '../walkthrough/drive';
import { lessonOutline } from '../lib/lessons/outline';
import { lessonById } from '../lib/lessons/registry';

const shots = 'test-results/screenshots/screens';
const WIDTHS = [390, 1024, 1366] as const;
const PAGES = [
  ['overview', '/'],
  ['host', '/?host=xen1'],
  ['domain', '/hosts/kvm1/domains/web01'],
  ['compare', '/compare'],
  ['learn', '/learn'],
  ['lesson', '/learn/suspend-vs-save'],
  ['glossary', '/glossary'],
  ['drill', '/drill'],
  ['console', '/console'],
] as const;
const inLocale = (locale: 'en' | 'ja', path: string) => (locale === 'en' ? path : `/ja${path === '/' ? '' : path}`);

for (const locale of ['en', 'ja'] as const)
  for (const width of WIDTHS)
    test(`every main page fits ${width} px (${locale}): no sideways scroll, no 404, no console error`, async ({
      lab: page,
    }) => {
      const problems: string[] = [];
      page.on('response', (r) => {
        if (r.status() === 404) problems.push(`404 ${r.url()}`);
      });
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      });
      await page.setViewportSize({ width, height: 800 });
      for (const [name, path] of PAGES) {
        await open(page, inLocale(locale, path));
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, `${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(width);
        // Commands break at spaces, never inside a word ("xl cr/eate").
        const breaking = await page.evaluate(
          () =>
            [...document.querySelectorAll('code, pre')]
              .map((e) => getComputedStyle(e))
              .filter((s) => s.wordBreak === 'break-all' || ['anywhere', 'break-word'].includes(s.overflowWrap)).length,
        );
        expect(breaking, `${path}: code that breaks inside words`).toBe(0);
        await page.screenshot({ path: `${shots}/${name}-${width}-${locale}.png`, fullPage: true });
      }
      expect(problems).toEqual([]);
    });

for (const locale of ['en', 'ja'] as const)
  test(`the console bar is one row at every width; its Ctrl+\` hint shows from 640 px (${locale})`, async ({
    lab: page,
  }) => {
    await open(page, inLocale(locale, '/'));
    const bar = page.getByRole('complementary', { name: locale === 'en' ? 'Console drawer' : 'コンソールドロワー' });
    const show = bar.getByRole('button', { name: locale === 'en' ? 'Show console' : 'コンソールを表示' });
    const hint = bar.getByText(locale === 'en' ? 'Ctrl+` toggles' : 'Ctrl+` で切り替え');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const button = (await show.boundingBox())!;
      // One row: the bar is no taller than its button and padding.
      expect((await bar.boundingBox())!.height, `${width} px`).toBeLessThan(button.height + 16);
      if (width < 640) await expect(hint).toBeHidden();
      else await expect(hint).toBeVisible();
      await bar.screenshot({ path: `${shots}/console-bar-${width}-${locale}.png` });
    }
  });

for (const locale of ['en', 'ja'] as const)
  test(`the console's key hints show from 640 px, so a phone's console starts at its output (${locale})`, async ({
    lab: page,
  }) => {
    await open(page, inLocale(locale, '/console'));
    const hint = page.getByText(locale === 'en' ? /^Tab completes/ : /^Tab で補完/);
    const host = page.getByRole('combobox', { name: locale === 'en' ? 'Host' : 'ホスト' });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      if (width < 640) await expect(hint).toBeHidden();
      else await expect(hint).toBeVisible();
      await expect(host).toBeVisible();
      await page.screenshot({ path: `${shots}/console-keys-${width}-${locale}.png` });
    }
  });

test.describe('a touch screen (390 px): a tap on a disabled button says why', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const locale of ['en', 'ja'] as const)
    test(locale, async ({ lab: page }) => {
      const w =
        locale === 'en'
          ? { start: 'Start', suspend: 'Suspend', why: 'start: the domain is not shut off' }
          : { start: '起動', suspend: '一時停止', why: 'start: ドメインが停止状態 (shut off) ではありません' };
      await open(page, inLocale(locale, '/hosts/kvm1/domains/web01'));
      const main = page.getByRole('main');
      await main.getByRole('button', { name: w.start, exact: true }).tap({ force: true }); // aria-disabled: Playwright would wait for it to be enabled
      await expect(page.getByRole('tooltip')).toContainText(w.why);
      await page.screenshot({ path: `${shots}/tap-why-390-${locale}.png` });
      // A tap elsewhere closes it; an enabled button's tap runs it and shows no tooltip.
      await main.getByRole('heading', { level: 1 }).tap();
      await expect(page.getByRole('tooltip')).toHaveCount(0);
      await main.getByRole('button', { name: w.suspend, exact: true }).tap();
      await expect(
        page.getByRole('status', { name: locale === 'en' ? 'Domain state' : 'ドメインの状態' }),
      ).toContainText(locale === 'en' ? 'paused' : '一時停止中');
      await expect(page.getByRole('tooltip')).toHaveCount(0);
    });
});

for (const locale of ['en', 'ja'] as const)
  test(`the resources table keeps a figure with its unit and --inactive whole, at every width (${locale})`, async ({
    lab: page,
  }) => {
    await open(page, inLocale(locale, '/hosts/kvm1/domains/web01'));
    const table = page
      .getByRole('region', { name: locale === 'en' ? 'Resources' : 'リソース' })
      .getByRole('table')
      .first();
    /** How many lines a cell's text takes (its Range's line boxes). */
    const lines = (cell: import('@playwright/test').Locator) =>
      cell.evaluate((el) => {
        const r = document.createRange();
        r.selectNodeContents(el);
        return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size;
      });
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await table.scrollIntoViewIfNeeded();
      // Was "2048 / MiB" and "config (-- / inactive)" at 1024 px.
      expect(await lines(table.getByRole('columnheader', { name: /--inactive/ }))).toBe(1);
      for (const cell of await table.getByRole('cell', { name: /[MG]iB$/ }).all()) expect(await lines(cell)).toBe(1);
      await page.screenshot({ path: `${shots}/resources-${width}-${locale}.png` });
    }
  });

test.describe('a touch screen: a tap on a disabled button that is not an action button says why too', () => {
  test.use({ hasTouch: true, isMobile: true });
  for (const locale of ['en', 'ja'] as const)
    test(`the migrate dialog's Migrate button, refused by xend (${locale})`, async ({ lab: page }) => {
      const w =
        locale === 'en'
          ? { open: 'Migrate…', submit: 'Migrate' }
          : { open: 'マイグレーション…', submit: 'マイグレーション' };
      for (const width of [390, 1024, 1366]) {
        await page.setViewportSize({ width, height: 844 });
        await open(page, inLocale(locale, '/hosts/xen1/domains/pv-web'));
        await page.getByRole('main').getByRole('button', { name: w.open }).tap();
        const dialog = page.getByRole('dialog');
        // xen2's xend refuses relocation: the button is disabled, the reason is the dialog's alert.
        await expect(dialog.getByRole('alert')).not.toHaveText(/Checking the preconditions|前提条件を確認中/);
        const why = (await dialog.getByRole('alert').textContent())?.trim() ?? '';
        expect(why.length).toBeGreaterThan(10);
        const submit = dialog.getByRole('button', { name: w.submit, exact: true });
        await expect(submit).toHaveAttribute('aria-disabled', 'true');
        // Brought into view first, as a finger finds it: a scroll under an open tooltip closes it (Radix).
        await submit.scrollIntoViewIfNeeded();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await submit.tap({ force: true }); // aria-disabled: Playwright would wait for it to be enabled
        await expect(page.getByRole('tooltip')).toContainText(why);
        await page.screenshot({ path: `${shots}/tap-why-migrate-${width}-${locale}.png` });
      }
    });
});

test.describe('a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header folds into a menu; host tables keep name, state and actions', async ({ lab: page }) => {
    await open(page, '/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Glossary' })).toBeHidden();
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await nav.getByRole('link', { name: 'Glossary' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Learn' })).toBeHidden();

    await open(page, '/');
    const kvm1 = page.getByRole('table', { name: /kvm1/ });
    for (const col of ['Name', 'State', 'Actions'])
      await expect(kvm1.getByRole('columnheader', { name: col })).toBeInViewport();
    await expect(kvm1.getByRole('columnheader', { name: 'Memory' })).toBeHidden();
    await expect(kvm1.getByRole('link', { name: 'web01' })).toBeInViewport();
  });

  test('in Japanese the header is one row: the lab’s controls fold into the same menu as the links', async ({
    lab: page,
  }) => {
    await open(page, '/ja');
    const header = page.getByRole('banner');
    const undo = header.getByRole('button', { name: /元に戻す/, includeHidden: true });
    // There, but folded away.
    await expect(undo).toHaveCount(1);
    await expect(undo).toBeHidden();
    expect((await header.boundingBox())!.height).toBeLessThan(60);
    await header.getByRole('button', { name: 'メニュー' }).click();
    for (const control of [
      undo,
      header.getByRole('button', { name: '履歴' }),
      header.getByRole('link', { name: /英語に切り替える/ }),
    ])
      await expect(control).toBeInViewport();
    await page.screenshot({ path: `${shots}/header-menu-390-ja.png` });
    // Going somewhere closes the menu again.
    await header.getByRole('link', { name: '用語集' }).click();
    await expect(page).toHaveURL(/\/ja\/glossary$/);
    await expect(undo).toBeHidden();
  });

  test('dialogs fit; console output wraps inside itself as a terminal does (decision 045)', async ({ lab: page }) => {
    await open(page, '/hosts/kvm1/domains/web01');
    await page.getByRole('button', { name: 'Save…' }).click();
    const dialog = page.getByRole('dialog');
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Migrate…' }).click();
    const migrate = (await page.getByRole('dialog').boundingBox())!;
    expect(migrate.x).toBeGreaterThanOrEqual(0);
    expect(migrate.x + migrate.width).toBeLessThanOrEqual(390);
    await page.keyboard.press('Escape');

    await open(page, '/console?host=xen1');
    const out = await typeInConsole(page, 'xm list', 'xen1');
    const pre = out.locator('pre').last();
    await expect(pre).toContainText('Domain-0');
    // A row longer than the screen wraps at the last column, as in a terminal: more lines on screen
    // than rows in the text, and nothing wider than the output.
    const rows = (await pre.textContent())!.trimEnd().split('\n').length;
    const lines = await pre.evaluate((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBeGreaterThan(rows);
    expect(await pre.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test('1024 px with the lesson panel open: the compare timeline shows its whole time axis', async ({ lab: page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await startLesson(page, lessonOutline(lessonById('live-vs-offline-migration')!));
  await open(page, '/compare');
  await expect(panel(page)).toBeVisible();
  const region = page.getByRole('region', { name: 'Timeline' });
  const widths = await region.evaluate((e) => `${e.scrollWidth} in ${e.clientWidth}`);
  const [scroll, client] = widths.split(' in ').map(Number);
  expect(scroll, `the timeline scrolls (${widths}): part of its axis is hidden`).toBeLessThanOrEqual(client);
  await page.screenshot({ path: `${shots}/compare-1024-lesson.png`, fullPage: true });
});

test('a tooltip closes with the dialog its button opened; closing the console returns focus', async ({ lab: page }) => {
  await open(page, '/hosts/kvm1/domains/web01');
  const save = page.getByRole('button', { name: 'Save…' });
  await save.hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await save.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(save).toBeFocused();
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toHaveCount(0);

  const suspend = page.getByRole('button', { name: 'Suspend', exact: true });
  await suspend.focus();
  await page.keyboard.press('Control+`');
  await expect(page.getByRole('textbox', { name: 'Command on kvm1' })).toBeFocused();
  await page.keyboard.press('Control+`');
  await expect(page.getByRole('textbox', { name: 'Command on kvm1' })).toBeHidden();
  await expect(suspend).toBeFocused();
});

test('the compare page: one scale for the bar rows, said on each; nothing plays on arrival', async ({ lab: page }) => {
  await open(page, '/compare?preset=quake3');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  await expect(page.getByRole('radio', { name: '1×' })).toBeChecked();
  await expect(page.getByRole('slider', { name: 'Simulated time' })).toHaveValue('1000');
  const chart = page.getByRole('region', { name: 'Timeline' });
  const scales = chart.locator('text').filter({ hasText: /^height 0–/ });
  await expect(scales).toHaveCount(4); // sent and dirtied, in the live and the offline lane
  await expect(new Set(await scales.allTextContents()).size).toBe(1);
  await expect(chart.locator('text').filter({ hasText: 'one scale, all rows' })).toHaveCount(4);
});

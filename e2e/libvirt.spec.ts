import AxeBuilder from '@axe-core/playwright';
import { expect, open, test, typeInConsole } from './fixtures';
import { everyLifecycleButton, lastCommand } from './lifecycle';

/**
 * The app on real libvirt: the server started with VIRTLAB_LIBVIRT_URI=test:///default (the
 * `libvirt` project of playwright.config.ts) answers the API over virsh. The test driver keeps
 * its guests in the server's virsh session, so each test first brings `test` back to running.
 */
test.beforeEach(async ({ request }) => {
  await request.post('/api/hosts/test/domains/test/actions/destroy', { data: {} });
  const start = await request.post('/api/hosts/test/domains/test/actions/start', { data: {} });
  expect(start.status()).toBe(200);
});

test('the lifecycle buttons drive real virsh exactly as they drive the lab', async ({ lab: page }) => {
  await everyLifecycleButton(page, 'test', 'test', 'test');
});

test('the header names the URI; no mock worker runs; the overview lists the real guest', async ({ lab: page }) => {
  await open(page, '/');
  await expect(page.getByRole('banner')).toContainText('Real libvirt: test:///default');
  await expect(page.getByRole('link', { name: 'test', exact: true })).toBeVisible();
  // The simulated lab's own controls (undo, history, the Lab menu) are not offered on a real host.
  await expect(page.getByRole('banner').getByRole('button', { name: /Undo|Redo|History|Lab/ })).toHaveCount(0);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  for (const path of ['/', '/hosts/test/domains/test']) {
    // Nor is the mock worker's start preloaded (no page preloads it since decision 064; decision 047 did, for the lab only).
    const html = await page.request.get(path);
    expect(html.status()).toBe(200);
    expect(html.headers().link ?? '').not.toContain('lab-worker');
    await open(page, path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  }
});

for (const locale of ['en', 'ja'] as const)
  test(`the real-libvirt badge says what it means on Tab focus, as every hint does (${locale})`, async ({
    lab: page,
  }) => {
    const w =
      locale === 'en'
        ? { menu: 'Menu', badge: 'Real libvirt: test:///default', hint: 'The buttons and the console run virsh' }
        : {
            menu: 'メニュー',
            badge: '実機の libvirt: test:///default',
            hint: 'ボタンとコンソールはこの接続で virsh を実行します',
          };
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 844 });
      await open(page, locale === 'en' ? '/' : '/ja');
      const banner = page.getByRole('banner');
      const menu = banner.getByRole('button', { name: w.menu });
      if (await menu.isVisible()) await menu.click(); // below 768 px the header's controls are in its menu
      const badge = banner.getByRole('button', { name: w.badge });
      await expect(badge).toHaveAccessibleDescription(new RegExp(w.hint));
      // Tab from the last link of the main navigation, just before it.
      await banner.getByRole('navigation').getByRole('link').last().focus();
      await page.keyboard.press('Tab');
      await expect(badge).toBeFocused();
      await expect(page.getByRole('tooltip')).toContainText(w.hint);
      await page.screenshot({ path: `test-results/screenshots/hints/badge-focus-${width}-${locale}.png` });
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    }
  });

test('what the test driver cannot do is disabled with the reason, naming libvirt', async ({ lab: page }) => {
  await open(page, '/hosts/test/domains/test');
  await expect(page.getByRole('button', { name: 'Save…' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save…' })).toHaveAccessibleDescription(/virDomainGetJobInfo/);
  await expect(page.getByRole('button', { name: /Migrate/ })).toBeDisabled();
});

test("a refusal shows libvirt's own message", async ({ lab: page }) => {
  await open(page, '/hosts/test/domains/test');
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(lastCommand(page)).toContainText("Domain 'test' suspended");
  const r = await page.request.post('/api/hosts/test/domains/test/actions/suspend', { data: {} });
  expect(r.status()).toBe(409);
  expect((await r.json()).error.message).toBe("internal error: domain 'test' not running");
});

test('the console runs allowed virsh lines on the real host, and says what it will not run', async ({ lab: page }) => {
  await open(page, '/hosts/test/domains/test');
  const log = await typeInConsole(page, 'virsh domstate test --reason', 'test');
  await expect(log).toContainText('running (booted)');
  await typeInConsole(page, 'virsh list; virsh destroy test', 'test');
  await expect(log).toContainText('error: one virsh command per line on a real host');
  await typeInConsole(page, 'ls /root', 'test');
  await expect(log).toContainText('error: ls: only virsh runs on a real host (no shell)');
});

test('Learn lists the lessons and says they run in the simulated lab, not on this real host', async ({ lab: page }) => {
  for (const [path, heading, note] of [
    ['/learn', 'Lessons', 'These lessons run in the simulated lab'],
    ['/ja/learn', 'レッスン', 'レッスンはシミュレーションラボで行います'],
  ] as const) {
    await open(page, path);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    const elsewhere = page.getByRole('region', { name: note });
    await expect(elsewhere).toContainText('test:///default');
    await expect(elsewhere).toContainText('VIRTLAB_LIBVIRT_URI');
    const list = page.getByRole('list', { name: heading });
    await expect(list.getByRole('listitem')).toHaveCount(12);
    // Listed to read, not to start: no lesson page, no progress, no import here.
    await expect(list.getByRole('link')).toHaveCount(0);
    await expect(list.getByRole('progressbar')).toHaveCount(0);
    await expect(page.getByRole('region', { name: /Your own lessons|自作のレッスン/ })).toHaveCount(0);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({
        path: `test-results/screenshots/learn-real-${path.length > 6 ? 'ja' : 'en'}-${width}.png`,
      });
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  }
});

test.describe('a first visit', () => {
  test.use({ oriented: false });
  test('shows no orientation: its lab hosts are not here, and what is typed here touches a real machine', async ({
    lab: page,
  }) => {
    await open(page, '/');
    await expect(page.getByRole('link', { name: 'test', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'New to VirtLab?' })).toHaveCount(0);
  });
});

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/**
 * MSW's page part, the relay between mockServiceWorker.js and the lab's worker (mocks/browser.ts,
 * decisions 056 and 059): it activates itself again when the service worker's confirmation is lost,
 * and when a new service worker takes the page over, and says so when it never gets one.
 */
const shots = 'test-results/screenshots';

/** The page's own fetch of /api, as the browser's console would send it: the status and the host names. */
const hostsFrom = (page: Page) =>
  page.evaluate(async () => {
    const r = await fetch('/api/hosts');
    const body = (await r.json()) as { name: string }[] | { error: { code: string } };
    return [r.status, Array.isArray(body) ? body.map((h) => h.name).slice(0, 2) : body.error.code];
  });
const labHosts = [200, ['kvm1', 'kvm2']];

/** Swallows the first `n` MOCKING_ENABLED messages the service worker sends the page, before the relay sees them. */
const loseConfirmations = (page: Page, n: number) =>
  page.addInitScript((left: number) => {
    navigator.serviceWorker?.addEventListener('message', (e) => {
      if ((e.data as { type?: string } | null)?.type === 'MOCKING_ENABLED' && left > 0) {
        left--;
        e.stopImmediatePropagation();
      }
    });
  }, n);

test('a lost MOCKING_ENABLED: the relay activates again and /api is served', async ({ lab: page }) => {
  await loseConfirmations(page, 1);
  await open(page, '/');
  expect(await hostsFrom(page)).toEqual(labHosts);
  await expect(page.getByRole('region', { name: /Notifications/ }).getByText('/api answers')).toHaveCount(0);
});

test('a service worker that never confirms: the app works and a toast says what is not served (en, ja)', async ({
  lab: page,
}) => {
  test.setTimeout(120_000);
  await loseConfirmations(page, 1000);
  for (const [path, title, body, name] of [
    [
      '/',
      "/api answers only this page's own requests",
      'an /api address opened in this tab or fetched from the developer console gets no answer from the lab',
      'Notifications',
    ],
    [
      '/ja',
      '/api はこのページ自身の要求にだけ応答します',
      'このタブで開いた /api のアドレスや開発者コンソールからの fetch にはラボが応答しません',
      '通知',
    ],
  ] as const) {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(path);
    // The lab itself answers the app: its list is the lab's, live.
    await expect(page.locator('main [aria-busy="false"]').getByRole('link', { name: 'web01' })).toBeVisible();
    const toast = page
      .getByRole('region', { name: new RegExp(name) })
      .getByRole('listitem')
      .filter({ hasText: title });
    await expect(toast).toBeVisible({ timeout: 30_000 });
    await expect(toast).toContainText(body);
    expect(await page.evaluate(() => performance.getEntriesByName('virtlab:api-ready').length)).toBe(0);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    // It stays until closed (it stays true for the page's life).
    for (const width of [390, 1024, 1366]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
      await expect(toast).toBeVisible();
      await page.screenshot({ path: `${shots}/msw-relay-toast-${path === '/' ? 'en' : 'ja'}-${width}.png` });
    }
    // The app's own commands still run on the lab.
    await page.getByRole('link', { name: 'web01' }).first().click();
    await expect(page.getByRole('heading', { name: 'web01', level: 1 })).toBeVisible();
    await expect(page.getByRole('status', { name: /^(Domain state|ドメインの状態)$/ })).not.toBeEmpty();
  }
});

test('a new service worker takes the page over: the page activates itself with it, /api keeps answering', async ({
  lab: page,
}) => {
  await open(page, '/learn');
  expect(await hostsFrom(page)).toEqual(labHosts);
  // A new worker that knows nothing of the page claims it. Chrome kept a new version of the page's own
  // registration waiting after the old one had answered /api (decision 059), so the new worker here is a
  // registration of its own for this page's path: it activates at once and claims the page.
  const taken = await page.evaluate(async () => {
    const changed = new Promise<string | undefined>((resolve) =>
      navigator.serviceWorker.addEventListener(
        'controllerchange',
        () => resolve(navigator.serviceWorker.controller?.scriptURL),
        { once: true },
      ),
    );
    await navigator.serviceWorker.register('/mockServiceWorker.js?v=2', { scope: '/learn' });
    return changed;
  });
  expect(taken).toMatch(/\/mockServiceWorker\.js\?v=2$/);
  // The page told the new worker it is there: its fetch of /api reaches the lab, not the server's 404.
  await expect.poll(() => hostsFrom(page)).toEqual(labHosts);
});

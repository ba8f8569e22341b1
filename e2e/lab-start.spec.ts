import { expect, open, test } from './fixtures';

/**
 * The lab's start (docs/decisions/038-…): the app runs on the lab's own worker; MSW's service
 * worker, which serves /api to other fetches, starts after the page's first answer, and only the
 * lab's worker failing stops the page.
 */
const liveList = (page: import('@playwright/test').Page) =>
  page.locator('main [aria-busy="false"]').getByRole('link', { name: 'web01' });

test("MSW's page part is loaded only after the page's first answer from the lab, and then serves /api", async ({
  lab: page,
}) => {
  await open(page, '/');
  await expect(liveList(page)).toBeVisible();
  const order = await page.evaluate(() => ({
    answer: Math.min(...performance.getEntriesByName('virtlab:api-answer').map((m) => m.startTime)),
    msw: performance.getEntriesByName('virtlab:mock-layer-evaluated')[0]?.startTime ?? Number.NaN,
  }));
  expect(order.msw).toBeGreaterThan(order.answer);
  // A fetch of the page's own (as the devtools would send) is answered by the same lab.
  const status = await page.evaluate(() =>
    fetch('/api/hosts/kvm1/domains/web01')
      .then((r) => r.json())
      .then((d: { state: string }) => d.state),
  );
  expect(status).toBe('running');
});

test('a browser that refuses the service worker still runs the lab: no failure screen, commands answered', async ({
  lab: page,
}) => {
  // As a browser that refuses service workers (some private windows) answers a registration.
  await page.addInitScript(() => {
    Object.defineProperty(ServiceWorkerContainer.prototype, 'register', {
      value: () => Promise.reject(new DOMException('Service workers are refused here', 'SecurityError')),
    });
  });
  await page.goto('/hosts/kvm1/domains/web01');
  const state = page.getByRole('status', { name: 'Domain state' });
  await expect(state).toHaveText('running(booted)');
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(state).toHaveText('paused(user)');
  await expect(page.getByText('The lab could not start')).toHaveCount(0);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await page.reload();
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('paused(user)');
});

test("a lab whose worker cannot load shows why, in the learner's language", async ({ lab: page }) => {
  await page.route('**/lab-worker/start-*.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'The lab could not start' })).toBeVisible();
  await expect(
    page.getByText('VirtLab runs the lab in a Web Worker, which this browser could not start'),
  ).toBeVisible();
  await page.goto('/ja');
  await expect(page.getByRole('heading', { name: 'ラボを開始できませんでした' })).toBeVisible();
});

import type { Page, Worker as PageWorker } from '@playwright/test';
import { expect, open, test } from './fixtures';

/**
 * `/` is prerendered with the list a first visit gets (docs/decisions/008-performance.md). These
 * check that it is only ever shown when it is true: every row a page shows, from its first frame
 * on, is recorded (with the overview's "Loading domains…" line) by an observer installed before
 * any page script. It looks in the next animation frame after each change, when the styles apply
 * (the first frame waits for the stylesheet), so what it records is what was painted.
 */
async function recordRows(page: Page) {
  await page.addInitScript(() => {
    const seen: { name: string; text: string; live: boolean }[] = [];
    const w = window as unknown as { __rows: typeof seen; __loadingShown: boolean };
    w.__rows = seen;
    w.__loadingShown = false;
    let queued = false;
    const look = () => {
      queued = false;
      for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href^="/hosts/"]')) {
        const row = a.closest('tr');
        // display:none (the first-paint list hidden by the inline script) has no client rects
        if (!row || row.getClientRects().length === 0) continue;
        seen.push({ name: a.textContent ?? '', text: row.textContent ?? '', live: !!a.closest('[aria-busy="false"]') });
      }
      for (const s of document.querySelectorAll('main [role="status"]')) {
        if (s.textContent === 'Loading domains…' && s.getClientRects().length > 0) w.__loadingShown = true;
      }
    };
    const later = () => {
      if (!queued) {
        queued = true;
        requestAnimationFrame(look);
      }
    };
    new MutationObserver(later).observe(document, { subtree: true, childList: true, characterData: true });
    later();
  });
}
const loadingShown = (page: Page) =>
  page.evaluate(() => (window as unknown as { __loadingShown: boolean }).__loadingShown);
const rowsSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __rows: { name: string; text: string; live: boolean }[] }).__rows);
const liveList = (page: Page) => page.locator('main [aria-busy="false"]');

test('a first visit is served the lab in its HTML, and the API then answers the same list', async ({
  lab: page,
  request,
}) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('href="/hosts/kvm1/domains/web01"');
  expect(html).toContain('href="/hosts/xen1/domains/');

  await recordRows(page);
  await open(page, '/');
  await expect(liveList(page)).toBeVisible();
  const early = (await rowsSeen(page)).filter((r) => !r.live);
  expect(early.length, 'rows were painted before the API answered').toBeGreaterThan(0);
  expect(await loadingShown(page), 'the rows never gave way to "Loading domains…"').toBe(false);
  const live = await liveList(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link') })
    .allTextContents();
  const earlyByName = new Map(early.map((r) => [r.name, r.text]));
  expect(live.length).toBe(earlyByName.size);
  for (const text of live) {
    const name = [...earlyByName.keys()].find((n) => text.includes(n))!;
    expect(earlyByName.get(name), `${name} as first painted`).toBe(text);
  }
});

test('a stored lab is never shown as the built-in one, not even before the API answers', async ({ lab: page }) => {
  await open(page, '/');
  await page.getByRole('button', { name: 'Actions for web01' }).click();
  await page.getByRole('menuitem', { name: 'Destroy' }).click();
  await expect(liveList(page).getByRole('row', { name: /web01/ })).toContainText('shut off');

  await recordRows(page);
  await page.reload();
  await expect(liveList(page).getByRole('row', { name: /web01/ })).toContainText('shut off');
  const web01 = (await rowsSeen(page)).filter((r) => r.name === 'web01');
  expect(web01.length).toBeGreaterThan(0);
  expect(
    web01.filter((r) => !r.text.includes('shut off')),
    'web01 painted in a state it is not in',
  ).toEqual([]);

  // Back inside the app after a command, the overview shows the lab as it is now.
  await page.getByRole('link', { name: 'web01' }).first().click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Domain state' })).toContainText('running');
  await page.evaluate(() => {
    (window as unknown as { __rows: unknown[] }).__rows.length = 0;
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  await expect(liveList(page).getByRole('row', { name: /web01/ })).toContainText('running');
  expect((await rowsSeen(page)).filter((r) => r.name === 'web01' && !r.text.includes('running'))).toEqual([]);
});

test('a command this page sent is never hidden behind the built-in lab, even before anything is stored', async ({
  lab: page,
}) => {
  // A browser without IndexedDB (some private modes): the lab lives in this page's memory only, and nothing is stored.
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await recordRows(page);
  await open(page, '/hosts/kvm1/domains/web01');
  await page.getByRole('button', { name: 'Destroy', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Domain state' })).toContainText('shut off');
  expect(
    await page.evaluate(() => localStorage.getItem('virtlab:lab') ?? localStorage.getItem('virtlab:lab-stored')),
  ).toBeNull();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  await expect(liveList(page).getByRole('row', { name: /web01/ })).toContainText('shut off');
  const web01 = (await rowsSeen(page)).filter((r) => r.name === 'web01');
  expect(web01.length).toBeGreaterThan(0);
  expect(
    web01.filter((r) => !r.text.includes('shut off')),
    'web01 painted running after it was destroyed',
  ).toEqual([]);
});

test('a filtered address shows the filtered list only', async ({ lab: page }) => {
  await recordRows(page);
  await open(page, '/?state=shut+off');
  await expect(liveList(page)).toBeVisible();
  const rows = await rowsSeen(page);
  expect(rows.length).toBeGreaterThan(0);
  expect(
    rows.filter((r) => !r.text.includes('shut off')),
    'rows outside the filter were painted',
  ).toEqual([]);
});

test("the lab's worker is started by the page's <head>: on a first visit by its first entry, a few KiB, and its full start (named by its content) once the page has painted; every file of it kept", async ({
  lab: page,
}) => {
  const workers: PageWorker[] = [];
  page.on('worker', (w) => workers.push(w));
  await open(page, '/');
  await expect(liveList(page)).toBeVisible();
  // The inline script's worker is the one the page's MSW forwards to: no second one was started.
  expect(workers).toHaveLength(1);
  const first = new URL(workers[0].url()).pathname;
  expect(first).toMatch(/^\/lab-worker\/first-[0-9A-Z]+\.js$/);
  expect(await page.evaluate(() => window.__virtlabLab?.worker instanceof Worker)).toBe(true);
  // The full lab's start is imported by the worker after the page's first contentful paint, which
  // Lighthouse would charge it to (decision 064); the response preloads nothing.
  const painted = await page.evaluate(
    () => performance.timeOrigin + (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN),
  );
  const fetched = await workers[0].evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => ({ path: new URL(e.name).pathname, at: performance.timeOrigin + e.startTime })),
  );
  const start = fetched.filter((f) => /^\/lab-worker\/start-[0-9a-f]+\.js$/.test(f.path));
  expect(start).toHaveLength(1);
  expect(start[0].at).toBeGreaterThanOrEqual(painted);
  // The built-in lab's answers are in the page's <head>, right after the inline script they answer through, written
  // once (not also in the RSC payload: decision 091): the response preloads nothing and no answers file is fetched.
  const link = (await page.request.get('/')).headers().link ?? '';
  expect(link).not.toMatch(/rel=preload/);
  expect(
    await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.startsWith('/lab-worker/answers-')),
    ),
  ).toEqual([]);
  const html = await (await page.request.get('/')).text();
  const inline = html.match(/<script id="virtlab-answers">([\s\S]*?)<\/script>/);
  expect(inline?.[1]).toContain('__virtlabLab?.answer?.(');
  expect(html.split('__virtlabLab?.answer?.(')).toHaveLength(2);
  expect(await page.evaluate(() => typeof window.__virtlabLab?.answer)).toBe('function');
  const firstFile = await page.request.get(first);
  expect(firstFile.headers()['content-type']).toMatch(/javascript/);
  expect((await firstFile.body()).length).toBeLessThan(40_000);
  const script = await page.request.get(start[0].path);
  const imports = [...(await script.text()).matchAll(/"\.\/([\w-]+\.js)"/g)].map((m) => `/lab-worker/${m[1]}`);
  expect(imports.length).toBeGreaterThan(1);
  // All named by their content (scripts/build-lab-worker.mjs), so they never change and are kept.
  for (const path of [first, start[0].path, imports[0]]) {
    const file = await page.request.get(path);
    expect(file.ok()).toBe(true);
    expect(file.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  }
  // The old path stays, revalidated on every load.
  expect((await page.request.get('/lab-worker.js')).headers()['cache-control']).toBe('no-cache');

  // With a lab stored, the page starts the full lab's entry itself, after the paint, as before (decision 064).
  await page.evaluate(() => localStorage.setItem('virtlab:lab-stored', '1'));
  await page.reload();
  await expect(liveList(page)).toBeVisible();
  expect(workers).toHaveLength(2);
  expect(new URL(workers[1].url()).pathname).toBe(start[0].path);
  const [paintedAgain, asked] = await page.evaluate((entry) => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    return [at('first-contentful-paint'), at(new URL(entry, location.href).href)];
  }, start[0].path);
  expect(paintedAgain).toBeGreaterThan(0);
  expect(asked).toBeGreaterThanOrEqual(paintedAgain);
});

test("the page's first data is asked for by its <head> script, and the page takes every one of those answers", async ({
  lab: page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __asked: [number, string][] };
    w.__asked = [];
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
      const r = args[0] as { type?: string; id: number; method: string; url: string };
      if (r?.type === 'request') w.__asked.push([r.id, `${r.method} ${new URL(r.url).pathname}`]);
      return Reflect.apply(post, this, args);
    } as typeof post;
  });
  await open(page, '/ja/hosts/kvm1/domains/web01');
  await expect(page.getByRole('status', { name: 'ドメインの状態' })).toHaveText('実行中(起動済み)');
  const asked = await page.evaluate(() => (window as unknown as { __asked: [number, string][] }).__asked);
  // Before the page's JS has run, the domain; what every page's header asks for, the page answered itself
  // from the built-in lab's answers (a first visit: decision 080).
  expect(asked[0]).toEqual([-1, 'GET /api/hosts/kvm1/domains/web01']);
  expect(asked.filter(([id]) => id < 0)).toEqual([[-1, 'GET /api/hosts/kvm1/domains/web01']]);
  // Every early answer was taken by the page's own request for it (one not taken would still wait here).
  expect(await page.evaluate(() => Object.keys(window.__virtlabLab?.early ?? { missing: true }))).toEqual([]);
});

/**
 * Each frame painted, from the first: is the first-visit orientation shown, and is the page's heading?
 * (Same observer as recordRows: it looks in the frame after each change, when the styles apply.)
 */
async function recordOrientation(page: Page) {
  await page.addInitScript(() => {
    const frames: { orientation: boolean; heading: boolean }[] = [];
    (window as unknown as { __frames: typeof frames }).__frames = frames;
    const shown = (el: Element | null) => !!el && el.getClientRects().length > 0;
    let queued = false;
    const look = () => {
      queued = false;
      frames.push({
        orientation: shown(document.querySelector('section[aria-labelledby="orientation-title"]')),
        heading: shown(document.querySelector('main h1')),
      });
    };
    new MutationObserver(() => {
      if (!queued) {
        queued = true;
        requestAnimationFrame(look);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}
const framesSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __frames: { orientation: boolean; heading: boolean }[] }).__frames);

test.describe('the first-visit orientation', () => {
  test.describe('a newcomer', () => {
    test.use({ oriented: false });
    test('is in the HTML and painted with the page, so it pushes nothing down later', async ({
      lab: page,
      request,
    }) => {
      // The section itself, not its words (every page's HTML also carries the messages).
      const html = await (await request.get('/')).text();
      expect(html.includes('id="orientation-title"'), 'the orientation is in the HTML').toBe(true);
      await recordOrientation(page);
      await open(page, '/');
      await expect(page.getByRole('region', { name: 'New to VirtLab?' })).toBeVisible();
      const frames = await framesSeen(page);
      const first = frames.findIndex((f) => f.heading);
      expect(first, 'the heading was painted').toBeGreaterThanOrEqual(0);
      expect(
        frames.slice(0, first + 1).some((f) => f.orientation),
        'shown by the first frame with the heading',
      ).toBe(true);
    });
  });

  test('someone who dismissed it never sees it, not even before the page hydrates', async ({ lab: page, request }) => {
    const html = await (await request.get('/learn/autostart')).text();
    expect(html.includes('id="orientation-title"'), 'the orientation is in the HTML').toBe(true);
    await recordOrientation(page);
    await open(page, '/learn/autostart');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const frames = await framesSeen(page);
    expect(frames.filter((f) => f.heading).length).toBeGreaterThan(0);
    expect(frames.filter((f) => f.orientation)).toEqual([]);
  });
});

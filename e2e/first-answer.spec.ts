import type { BrowserContext, Page, Route } from '@playwright/test';
import { expect, open, test } from './fixtures';

/**
 * The lab worker's first entry (mocks/worker/first-entry.ts, docs/decisions/070-…): on a first visit it
 * answers the page's early GETs from the built-in lab's answers (computed by the build with the lab's
 * own handlers) while the full lab loads, and nothing else. These check, in a real browser with its
 * IndexedDB and Web Locks, that those answers are the full lab's, that a stored lab is never answered
 * from the built-in one, and that writes — this tab's or another's — wait for the full lab.
 */
type Seen = { id: number; path: string; early: boolean; status: number; body: string };

/** Every answer the page's workers post, with the request it answers (recorded before any page script). */
async function recordAnswers(page: Page) {
  await page.addInitScript(() => {
    const asked = new Map<number, string>();
    const seen: { id: number; path: string; early: boolean; status: number; body: string }[] = [];
    (window as unknown as { __answers: typeof seen }).__answers = seen;
    const Real = window.Worker;
    window.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (e: MessageEvent) => {
          const m = e.data as { type: string; id: number; early?: true; status: number; body: ArrayBuffer };
          if (m?.type !== 'response') return;
          const body = new TextDecoder().decode(m.body);
          seen.push({ id: m.id, path: asked.get(m.id) ?? '?', early: !!m.early, status: m.status, body });
        });
      }
      postMessage(...args: unknown[]) {
        const r = args[0] as { type?: string; id: number; url: string };
        if (r?.type === 'request') asked.set(r.id, new URL(r.url).pathname);
        return Reflect.apply(Real.prototype.postMessage, this, args);
      }
    } as typeof Worker;
  });
}
const answers = (page: Page) => page.evaluate(() => (window as unknown as { __answers: Seen[] }).__answers);
/** The inline script's early GETs (ids below zero) and their answers. */
const earlyOnes = async (page: Page) => (await answers(page)).filter((a) => a.id < 0);
const web01State = (a: Seen) =>
  (JSON.parse(a.body) as { name: string; state: string }[]).find((d) => d.name === 'web01')?.state;

/**
 * Holds the full lab's start entry, from `hold()` until `release()`: the first entry alone answers
 * meanwhile. Routed for the whole context from the start, so the HTTP cache never serves it around the
 * route (routing turns the cache off).
 */
async function fullLabGate(context: BrowserContext) {
  let holding = false;
  let release: () => void = () => {};
  let gate = Promise.resolve();
  await context.route('**/lab-worker/start-*.js', async (route: Route) => {
    if (holding) await gate;
    await route.continue();
  });
  return {
    hold() {
      holding = true;
      gate = new Promise<void>((r) => {
        release = r;
      });
    },
    release: () => release(),
  };
}
const fullLabLoaded = (page: Page) => page.evaluate(() => performance.getEntriesByName('virtlab:api-ready').length > 0);

test("a first visit: the first entry answers the page's early GETs, and each answer is the full lab's", async ({
  lab: page,
}) => {
  await recordAnswers(page);
  await open(page, '/');
  const mine = await earlyOnes(page);
  expect(mine.map((a) => [a.path, a.early, a.status]).sort()).toEqual([
    ['/api/domains', true, 200],
    ['/api/hosts', true, 200],
    ['/api/lab', true, 200],
    ['/api/lab/history', true, 200],
    ['/api/lessons', true, 200],
  ]);
  // The full lab (through MSW's service worker, which asks it) answers the same, byte for byte.
  for (const a of mine) {
    const full = await page.evaluate(
      (p) => fetch(p).then(async (r) => ({ status: r.status, body: await r.text() })),
      a.path,
    );
    expect({ path: a.path, status: a.status, body: a.body }).toEqual({ path: a.path, ...full });
  }
  await expect(page.getByRole('row', { name: /web01/ })).toContainText('running');
});

test('a second visit is never answered from the built-in lab: neither with the mark in localStorage nor with the lab in IndexedDB alone', async ({
  lab: page,
}) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname.replace(/-[0-9A-Za-z]+\.js$/, '')));
  await recordAnswers(page);
  await open(page, '/');
  const status = await page.evaluate(() =>
    fetch('/api/hosts/kvm1/domains/web01/actions/suspend', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    }).then((r) => r.status),
  );
  expect(status).toBe(200);
  for (const markGone of [false, true]) {
    // Without the mark the page cannot tell, so it starts the first entry, which finds the lab in IndexedDB.
    if (markGone) await page.evaluate(() => localStorage.removeItem('virtlab:lab-stored'));
    await page.reload();
    await expect(page.getByRole('row', { name: /web01/ })).toContainText('paused');
    const mine = await earlyOnes(page);
    expect(mine.length).toBe(5);
    expect(mine.filter((a) => a.early)).toEqual([]);
    expect(web01State(mine.find((a) => a.path === '/api/domains')!)).toBe('paused');
  }
  expect(workers).toEqual(['/lab-worker/first', '/lab-worker/start', '/lab-worker/first']);
});

test('two tabs: a tab opened after the other changed the lab gets that lab, never the built-in one', async ({
  lab: a,
}) => {
  await open(a, '/');
  await a.getByRole('button', { name: 'Actions for web01' }).click();
  await a.getByRole('menuitem', { name: 'Suspend' }).click();
  await expect(a.getByRole('row', { name: /web01/ })).toContainText('paused');
  const b = await a.context().newPage();
  await recordAnswers(b);
  await open(b, '/');
  await expect(b.getByRole('row', { name: /web01/ })).toContainText('paused');
  const mine = await earlyOnes(b);
  expect(mine.filter((x) => x.early)).toEqual([]);
  expect(web01State(mine.find((x) => x.path === '/api/domains')!)).toBe('paused');
  await b.close();
});

test("two tabs: a write in one tab waits while the other's first entry answers from the built-in lab, and then both tabs show it", async ({
  lab: a,
}) => {
  const fullLab = await fullLabGate(a.context());
  await open(a, '/');
  const b = await a.context().newPage();
  await recordAnswers(b);
  fullLab.hold();
  await b.goto('/');
  await expect.poll(async () => (await earlyOnes(b)).filter((x) => x.early).length).toBe(5);
  // b's first entry holds the lab's lock from its check until its full lab has taken over: a's write waits.
  await a.getByRole('button', { name: 'Actions for web01' }).click();
  await a.getByRole('menuitem', { name: 'Suspend' }).click();
  await a.waitForTimeout(1_000);
  expect(await fullLabLoaded(b)).toBe(false);
  await expect(a.getByRole('row', { name: /web01/ })).toContainText('running');
  fullLab.release();
  await expect(a.getByRole('row', { name: /web01/ })).toContainText('paused');
  await expect(b.getByRole('row', { name: /web01/ })).toContainText('paused', { timeout: 5_000 });
  await b.reload();
  await expect(b.getByRole('row', { name: /web01/ })).toContainText('paused');
  await b.close();
});

test('a write made while the full lab loads waits for it and is kept; the early answers were the built-in lab', async ({
  lab: page,
}) => {
  await recordAnswers(page);
  const fullLab = await fullLabGate(page.context());
  fullLab.hold();
  await page.goto('/');
  await expect.poll(async () => (await earlyOnes(page)).filter((x) => x.early).length).toBe(5);
  // The app has its early data: the row menu works, and its Suspend goes to the worker, which holds it.
  await page.getByRole('button', { name: 'Actions for web01' }).click();
  await page.getByRole('menuitem', { name: 'Suspend' }).click();
  await page.waitForTimeout(500);
  expect(await fullLabLoaded(page)).toBe(false);
  expect((await answers(page)).filter((x) => x.id >= 0)).toEqual([]);
  await expect(page.getByRole('row', { name: /web01/ })).toContainText('running');
  fullLab.release();
  await expect(page.getByRole('row', { name: /web01/ })).toContainText('paused');
  const suspend = (await answers(page)).find((x) => x.path.endsWith('/actions/suspend'));
  expect(suspend).toMatchObject({ early: false, status: 200 });
  await page.reload();
  await expect(page.getByRole('row', { name: /web01/ })).toContainText('paused');
});

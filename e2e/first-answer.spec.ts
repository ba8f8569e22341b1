import type { BrowserContext, Page, Route } from '@playwright/test';
import { expect, open, settled, test } from './fixtures';

/**
 * A first visit (docs/decisions/070-…, 080-…): the page answers its early GETs itself from the built-in
 * lab's answers (computed by the build with the lab's own handlers, a script the inline <head> script adds),
 * while the lab worker's first entry checks — under the lab's Web Lock, in IndexedDB — that nothing is
 * stored and tells the page (`decided`). These check, in a real browser with its IndexedDB and Web Locks,
 * that those answers are the full lab's, that a stored lab is what the page ends up showing (never the
 * built-in one, also with the lab in IndexedDB alone), and that writes — this tab's or another's — wait
 * for the check and for the full lab.
 */
type Seen = { id: number; path: string; status: number; body: string };
type Recorded = {
  /** The worker's answers, with the request each answers. */
  answers: Seen[];
  /** The requests posted to the worker, in order: [id, method, path]. */
  asked: [number, string, string][];
  /** The first entry's checks (`decided`: fresh or not). */
  decided: boolean[];
  /** The built-in lab's answers the page was given to answer with, by path: [status, body]. */
  page: Record<string, [number, string]>;
};

/** What the page's workers answer and are asked, and the answers the page gave itself (recorded before any page script). */
async function recordAnswers(page: Page) {
  await page.addInitScript(() => {
    const r: Recorded = { answers: [], asked: [], decided: [], page: {} };
    (window as unknown as { __recorded: Recorded }).__recorded = r;
    const paths = new Map<number, string>();
    const Real = window.Worker;
    window.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (e: MessageEvent) => {
          const m = e.data as {
            type: string;
            id: number;
            status: number;
            body: ArrayBuffer;
            fresh?: boolean;
          };
          if (m?.type === 'decided') r.decided.push(!!m.fresh);
          if (m?.type !== 'response') return;
          const body = new TextDecoder().decode(m.body);
          r.answers.push({ id: m.id, path: paths.get(m.id) ?? '?', status: m.status, body });
        });
      }
      postMessage(...args: unknown[]) {
        const q = args[0] as { type?: string; id: number; method: string; url: string };
        if (q?.type === 'request') {
          paths.set(q.id, new URL(q.url).pathname);
          r.asked.push([q.id, q.method, new URL(q.url).pathname]);
        }
        return Reflect.apply(Real.prototype.postMessage, this, args);
      }
    } as typeof Worker;
    // The inline script's `answer`, which the answers file calls: what it was given, then as it was.
    type Answer = (a: Record<string, [number, string, unknown, string]>, ms: number) => void;
    let lab: Record<string, unknown> | undefined;
    Object.defineProperty(window, '__virtlabLab', {
      configurable: true,
      get: () => lab,
      set(v: Record<string, unknown>) {
        lab = v;
        let real: Answer | undefined;
        Object.defineProperty(v, 'answer', {
          configurable: true,
          get: () =>
            real &&
            ((a: Parameters<Answer>[0], ms: number) => {
              for (const [p, x] of Object.entries(a)) r.page[p] = [x[0], x[3]];
              real?.(a, ms);
            }),
          set(f: Answer) {
            real = f;
          },
        });
      },
    });
  });
}
const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __recorded: Recorded }).__recorded);
const answers = async (page: Page) => (await recorded(page)).answers;
/** The inline script's early GETs the worker was asked (ids below zero). */
const earlyAsked = async (page: Page) => (await recorded(page)).asked.filter(([id]) => id < 0).map(([, , p]) => p);
/** The early GETs of `/` (EARLY_GETS): the frame's and the overview's. */
const OVERVIEW = ['/api/domains', '/api/hosts', '/api/lab', '/api/lab/history', '/api/lessons'];
/** Whether the page was given the built-in answers to all of `/`'s early GETs. */
const pageAnswered = async (page: Page) =>
  Object.keys((await recorded(page)).page)
    .sort()
    .join() === OVERVIEW.join();
const web01State = (body: string) =>
  (JSON.parse(body) as { name: string; state: string }[]).find((d) => d.name === 'web01')?.state;

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

test("a first visit: the page answers its early GETs from the built-in lab's answers, the check finds nothing stored, and each answer is the full lab's", async ({
  lab: page,
}) => {
  await recordAnswers(page);
  await open(page, '/');
  const r = await recorded(page);
  expect(Object.keys(r.page).sort()).toEqual(OVERVIEW);
  // None of them went to the worker; its first entry found nothing stored.
  expect(await earlyAsked(page)).toEqual([]);
  expect(r.decided).toEqual([true]);
  // The full lab (through MSW's service worker, which asks it) answers the same, byte for byte.
  for (const [path, [status, body]] of Object.entries(r.page)) {
    const full = await page.evaluate(
      (p) => fetch(p).then(async (x) => ({ status: x.status, body: await x.text() })),
      path,
    );
    expect({ path, status, body }).toEqual({ path, ...full });
  }
  await expect(page.getByRole('row', { name: /web01/ })).toContainText('running');
});

test('a second visit shows the stored lab: with the mark in localStorage nothing is answered from the built-in lab; with the lab in IndexedDB alone the check tells the page, which asks again', async ({
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

  await page.reload();
  await expect(page.getByRole('row', { name: /web01/ })).toContainText('paused');
  let r = await recorded(page);
  expect(r.page).toEqual({});
  expect(r.decided).toEqual([]);
  expect((await earlyAsked(page)).sort()).toEqual(OVERVIEW);
  expect(web01State(r.answers.find((a) => a.path === '/api/domains' && a.id < 0)!.body)).toBe('paused');

  // Without the mark (localStorage full when it was written, or cleared alone) the page cannot tell: it
  // answers itself from the built-in lab, and its first entry finds the lab in IndexedDB and says so.
  await page.evaluate(() => localStorage.removeItem('virtlab:lab-stored'));
  await page.reload();
  await expect(page.getByRole('row', { name: /web01/ })).toContainText('paused');
  r = await recorded(page);
  expect(Object.keys(r.page).sort()).toEqual(OVERVIEW);
  expect(r.decided).toEqual([false]);
  expect(await page.evaluate(() => window.__virtlabLab?.heard)).toBe(1);
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
  const r = await recorded(b);
  expect(r.page).toEqual({});
  // Its early GETs all went to the worker, and no first entry started.
  expect((await earlyAsked(b)).sort()).toEqual(OVERVIEW);
  expect(r.decided).toEqual([]);
  expect(web01State(r.answers.find((x) => x.path === '/api/domains' && x.id < 0)!.body)).toBe('paused');
  await b.close();
});

test("two tabs: a write in one tab waits while the other's first entry holds the lab's lock after its check, and then both tabs show it", async ({
  lab: a,
}) => {
  const fullLab = await fullLabGate(a.context());
  await open(a, '/');
  const b = await a.context().newPage();
  await recordAnswers(b);
  fullLab.hold();
  await b.goto('/');
  await expect.poll(async () => (await recorded(b)).decided).toEqual([true]);
  expect(await pageAnswered(b)).toBe(true);
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
  await expect.poll(async () => (await recorded(page)).decided).toEqual([true]);
  expect(await pageAnswered(page)).toBe(true);
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
  expect(suspend).toMatchObject({ status: 200 });
  await page.reload();
  await expect(page.getByRole('row', { name: /web01/ })).toContainText('paused');
});

test('a lab in IndexedDB alone, found late (another tab holds the lock): a write waits for the check, and the page has asked for the stored lab before it goes', async ({
  lab: a,
}) => {
  await open(a, '/');
  await a.getByRole('button', { name: 'Actions for web01' }).click();
  await a.getByRole('menuitem', { name: 'Destroy' }).click();
  await expect(a.getByRole('row', { name: /web01/ })).toContainText('shut off');
  await settled(a);
  // The mark gone (localStorage full when it was written), and the lab's lock held by a: b's check waits.
  await a.evaluate(() => {
    localStorage.removeItem('virtlab:lab-stored');
    void navigator.locks.request(
      'virtlab:lab',
      () =>
        new Promise<void>((r) => {
          (window as unknown as { __let: () => void }).__let = r;
        }),
    );
  });
  const b = await a.context().newPage();
  await recordAnswers(b);
  // Not `open`: MSW starts after the full lab's first answer, which waits for b's check, which waits for the lock.
  await b.goto('/');
  // b was answered from the built-in lab (web01 running) and has not heard from its check yet.
  await expect(b.getByRole('row', { name: /web01/ })).toContainText('running');
  expect((await recorded(b)).decided).toEqual([]);
  await b.getByRole('button', { name: 'Actions for web01' }).click();
  await b.getByRole('menuitem', { name: 'Suspend' }).click();
  await b.waitForTimeout(500);
  expect((await recorded(b)).asked.filter(([, method]) => method !== 'GET')).toEqual([]);
  await a.evaluate(() => (window as unknown as { __let: () => void }).__let());
  await expect(b.getByRole('row', { name: /web01/ })).toContainText('shut off');
  // The write met the stored lab, where web01 is shut off: refused (on the built-in lab it would have
  // suspended a running guest). Its answer comes after the lists' (the worker answers in order).
  await expect
    .poll(async () => (await answers(b)).find((x) => x.path.endsWith('/actions/suspend'))?.status ?? 0)
    .toBeGreaterThanOrEqual(400);
  const r = await recorded(b);
  expect(r.decided).toEqual([false]);
  // The page had asked for its lists again before the write left.
  const order = r.asked.filter(([id]) => id >= 0).map(([, method, path]) => `${method} ${path}`);
  expect(order.indexOf('GET /api/domains')).toBeGreaterThanOrEqual(0);
  expect(order.indexOf('POST /api/hosts/kvm1/domains/web01/actions/suspend')).toBeGreaterThan(
    order.indexOf('GET /api/domains'),
  );
  await b.close();
});

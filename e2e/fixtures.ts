import { ORIENTED_KEY } from '../lib/storage-keys';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every test starts from a fresh browser profile, so a fresh lab; latency is zero. A page error,
 * an alert (the XSS check relies on it), anything the Content-Security-Policy blocks or a missing
 * message fails the test.
 */
export const test = base.extend<{ lab: Page; oriented: boolean }>({
  /** The first-visit orientation counts as dismissed unless a test says `test.use({ oriented: false })`. */
  oriented: [true, { option: true }],
  lab: async ({ page, oriented }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    // The whole suite runs under the server's Content-Security-Policy: anything it blocks fails the test.
    // So does a message next-intl cannot find (it logs MISSING_MESSAGE and shows the key): each page
    // sends only its own namespaces (i18n/page-messages.ts).
    page.on('console', (m) => {
      if (/Content Security Policy|Permissions-Policy|MISSING_MESSAGE/i.test(m.text()))
        problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.addInitScript(
      ({ oriented, key }) => {
        if (!localStorage.getItem('virtlab:settings'))
          localStorage.setItem('virtlab:settings', JSON.stringify({ latencyMs: 0 }));
        if (oriented && !localStorage.getItem(key)) localStorage.setItem(key, 'e2e');
      },
      { oriented, key: ORIENTED_KEY },
    );
    await use(page);
    expect(problems, 'no page errors or alerts').toEqual([]);
  },
});

export { expect };

/**
 * Opens a page and waits until the lab (MSW worker + stored world) answers: the page's data shown,
 * and /api served to any fetch (the app asks the lab's worker directly until MSW has started).
 */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(
    page.getByRole('status').filter({ hasText: /Starting the lab|Loading the lab|ラボを読み込んでいます/ }),
  ).toHaveCount(0);
  await apiServed(page);
}

/**
 * Until MSW's service worker serves /api, only the app reaches the lab (app/start-mocks.ts): a test's own fetch waits.
 * The page marks `virtlab:api-ready` once /api is served: when MSW has started, or at once on a real
 * libvirt (decision 019), where the server answers it.
 */
export const apiServed = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('virtlab:api-ready').length > 0);

/** Runs a line at a console whose input is named `name` (the page's language), and waits until it is taken. */
export async function runAtConsole(page: Page, name: string, line: string) {
  const input = page.getByRole('textbox', { name });
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
}

/** Runs a line in the console drawer (opening it if needed) and returns the output region. */
export async function typeInConsole(page: Page, line: string, host = 'kvm1') {
  const input = page.getByRole('textbox', { name: `Command on ${host}` });
  // The drawer may be closed, or its toggle briefly covered (a dialog closing): retry until the input shows.
  // Only then: each check is a round trip, which a loaded machine makes cost a second or more.
  if (!(await input.isVisible()))
    await expect(async () => {
      if (!(await input.isVisible()))
        await page.getByRole('button', { name: 'Show console' }).click({ timeout: 2_000 });
      await expect(input).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  return page.getByRole('log', { name: 'Console output' });
}

/**
 * Chooses the lab's simulated latency in the Lab menu and waits until the lab has taken it: the radio
 * item shows the lab's answer (the settings query is set from the PUT's reply). A click made before
 * then can still be answered at the old latency — the PUT and the click's request race in the worker.
 */
export async function setLatency(page: Page, ms: number) {
  const menu = page.getByRole('button', { name: 'Lab' });
  const item = page.getByRole('menuitemradio', { name: `${ms} ms`, exact: true });
  await menu.click();
  await item.click();
  await expect(async () => {
    if (!(await item.isVisible())) await menu.click({ timeout: 2_000 });
    await expect(item).toBeChecked({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await page.keyboard.press('Escape');
  await expect(item).toBeHidden();
}

/**
 * Records whether `locator`'s element ever carries `attribute="value"` from now on, whatever the
 * machine's load: a MutationObserver sees every change, where polling can miss a short one.
 */
export async function watchAttribute(locator: Locator, attribute: string, value: string) {
  const handle = await locator.elementHandle();
  if (!handle) throw new Error('watchAttribute: no element');
  const seen = await handle.evaluateHandle(
    (el, [name, wanted]) => {
      const log = { seen: el.getAttribute(name) === wanted };
      new MutationObserver(() => {
        if (el.getAttribute(name) === wanted) log.seen = true;
      }).observe(el, { attributes: true, attributeFilter: [name] });
      return log;
    },
    [attribute, value] as const,
  );
  return () => seen.evaluate((log) => log.seen);
}

/**
 * The console's line is in the history as soon as Enter is pressed (as in bash), whatever still holds
 * the answer or the page (the lab's latency, a chunk loading): ↑ brings it back while `stillHeld()`
 * says that hold is on, and the answer shows once it is off.
 */
export async function upRecallsAtOnce(page: Page, line: string, answer: string, stillHeld: () => Promise<boolean>) {
  const input = page.getByRole('textbox', { name: 'Command on kvm1' });
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await input.press('ArrowUp');
  await expect(input).toHaveValue(line);
  expect(await stillHeld(), 'the line came back while the hold was still on').toBe(true);
  await input.press('ArrowDown');
  await expect.poll(stillHeld, { timeout: 15_000 }).toBe(false);
  await expect(page.getByRole('log', { name: 'Console output' })).toContainText(answer);
}

/** How many times `text` shows in the console's output: an answer not yet shown has not grown it. */
export const countInLog = (page: Page, text: string) =>
  page
    .getByRole('log', { name: 'Console output' })
    .evaluate((el, t) => (el.textContent ?? '').split(t).length - 1, text);

/**
 * From the next page load on, every script the page adds after its first load (a chunk loaded on demand,
 * or warmed when idle: decision 046) is added `ms` late. MSW's service worker serves the scripts, so
 * `page.route` never sees them: the page's own `appendChild` holds them. Returns whether one is still held.
 */
export async function holdLateScripts(page: Page, ms = 2_500) {
  await page.addInitScript((ms) => {
    const w = window as unknown as { held: number; released: number };
    w.held = 0;
    w.released = 0;
    const append = Node.prototype.appendChild;
    Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
      if (!(node instanceof HTMLScriptElement && node.src)) return append.call(this, node) as T;
      w.held++;
      setTimeout(() => {
        w.released++;
        append.call(this, node);
      }, ms);
      return node;
    };
  }, ms);
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { held: number; released: number };
      return w.held > w.released;
    });
}

/**
 * Does `act` (a click, Enter at the console…) and waits until the lab has answered every write the page
 * sent: each write leaves a `virtlab:write` mark and its answer a `virtlab:written` one (lib/api/client.ts
 * `apiFetch`). Call it before a test reloads or leaves a page right after a write: a write still in
 * flight when the page goes is a command closed mid-way (both CI failures of session 12 were that race).
 * With `act`, at least one write must have left after it, so a click whose request has not gone yet
 * cannot pass for settled. Without it, waits for what is in flight now.
 */
export async function settled(page: Page, act?: () => Promise<unknown>) {
  const sent = () => page.evaluate(() => performance.getEntriesByName('virtlab:write').length);
  const before = act ? await sent() : -1;
  await act?.();
  await page.waitForFunction(
    (before) => {
      const sent = performance.getEntriesByName('virtlab:write').length;
      return sent > before && sent === performance.getEntriesByName('virtlab:written').length;
    },
    before,
    { timeout: 20_000 },
  );
}

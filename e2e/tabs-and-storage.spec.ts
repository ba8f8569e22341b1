import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/** A console line sent from `page` through the API, as the console does; its exit status. */
const run = (page: Page, line: string) =>
  page.evaluate(
    (l) =>
      fetch('/api/shell', { method: 'POST', body: JSON.stringify({ host: 'kvm1', line: l }) })
        .then((r) => r.json())
        .then((b: { transcript: { status: number } }) => b.transcript.status),
    line,
  );

test('two tabs share one lab: each sees the other change it within a second, and no write is lost', async ({
  lab: a,
}) => {
  const b = await a.context().newPage();
  await open(a, '/');
  await open(b, '/hosts/kvm1/domains/web01');
  const stateInB = b.getByRole('status', { name: 'Domain state' });
  await expect(stateInB).toHaveText('running(booted)');

  await a.getByRole('button', { name: 'Actions for web01' }).click();
  await a.getByRole('menuitem', { name: 'Suspend' }).click();
  await expect(a.getByRole('row', { name: /web01/ })).toContainText('paused');
  await expect(stateInB).toHaveText('paused(user)', { timeout: 1_000 });

  // Each tab writes in turn from its own copy; every write must be there, in order.
  const lines = Array.from({ length: 22 }, (_, i) => `virsh autostart web01${i % 2 ? ' --disable' : ''}`);
  for (const [i, line] of lines.entries()) expect(await run(i % 2 ? b : a, line)).toBe(0);
  const journal = await b.evaluate(() =>
    fetch('/api/journal')
      .then((r) => r.json())
      .then((j: { line: string }[]) => j.map((t) => t.line)),
  );
  expect(journal.slice(-22)).toEqual(lines);
  await expect(a.getByRole('row', { name: /web01/ })).toContainText('paused');
  await b.close();
});

test('a write the browser refuses (storage full) refuses the command at once, and a reload shows the lab as it was', async ({
  lab: page,
}) => {
  await open(page, '/hosts/kvm1/domains/web01');
  const state = page.getByRole('status', { name: 'Domain state' });
  await expect(state).toHaveText('running(booted)');
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });

  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(
    page.getByText('The browser refused to save the lab (its storage is full); nothing was changed.'),
  ).toBeVisible();
  await expect(state).toHaveText('running(booted)');
  await page.reload();
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('running(booted)');

  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('paused(user)');
  await page.reload();
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('paused(user)');
});

test('on a Japanese page the refusal for a full storage is worded in Japanese', async ({ lab: page }) => {
  await open(page, '/ja/hosts/kvm1/domains/web01');
  const state = page.getByRole('status', { name: 'ドメインの状態' });
  await expect(state).toContainText('実行中');
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await page.getByRole('button', { name: '一時停止', exact: true }).click();
  await expect(page.getByText('リクエストが失敗しました')).toBeVisible();
  await expect(
    page.getByText('ブラウザーがラボの保存を拒否しました (ストレージがいっぱいです)。何も変更されていません。'),
  ).toBeVisible();
  await expect(page.getByText('Request failed')).toHaveCount(0);
  await expect(state).toContainText('実行中');
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
});

test("a change another tab makes before this page listens is not missed: the page's first data is asked for again", async ({
  lab: a,
}) => {
  // Tab a's own scripts are held, so it has its first data (the inline script's early answers, which the
  // lab's worker gives without them) but does not hydrate, and so does not listen to the other tabs yet.
  // Opened first, before any tab has MSW's service worker, so a's script requests reach this route.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  await a.route(
    (url) => url.pathname.startsWith('/_next/static/') && url.pathname.endsWith('.js'),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await a.goto('/', { waitUntil: 'commit' });
  const firstState = () =>
    a.evaluate(async () => {
      const e = await window.__virtlabLab?.early['/api/domains'];
      const body = e ? (JSON.parse(new TextDecoder().decode(e.answer.body)) as { name: string; state: string }[]) : [];
      return body.find((d) => d.name === 'web01')?.state;
    });
  // At commit the <head> (and its inline script) may not be parsed yet: ask until the early answer is there.
  await expect.poll(firstState, { timeout: 15_000 }).toBe('running');
  // What the page could hear from now on: a channel of the test's own, to know when b's notice has come.
  await a.evaluate(() => {
    const w = window as unknown as { notices: number };
    w.notices = 0;
    new BroadcastChannel('virtlab:lab').onmessage = () => w.notices++;
  });

  const b = await a.context().newPage();
  await b.goto('/');
  await b.getByRole('button', { name: 'Actions for web01' }).click();
  await b.getByRole('menuitem', { name: 'Suspend' }).click();
  await expect(b.getByRole('row', { name: /web01/ })).toContainText('paused');
  await a.waitForFunction(() => (window as unknown as { notices: number }).notices > 0);

  // Now a hydrates with data older than b's change, whose notice came before a listened.
  release();
  await expect(a.getByRole('row', { name: /web01/ })).toContainText('paused', { timeout: 20_000 });
  await b.close();
});

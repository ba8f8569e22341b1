import { expect, open, test, typeInConsole } from './fixtures';
import { lastCommand, state } from './lifecycle';

/**
 * The lab runs in the browser, so once a page has fully loaded every action on it works with the
 * network gone: the chunks a click asks for (dialogs' equivalent commands, the console, the menus,
 * the lab worker's shell and migration preview) are fetched when the page is idle, not on first use
 * (docs/decisions/046-…). Before, a click offline asked for a chunk never fetched and failed.
 */
test('after the first full load, clicks, dialogs, menus and the console work offline', async ({
  lab: page,
  context,
}) => {
  const failed: string[] = [];
  // Next.js prefetching links offline (each page prefetches its links again), its connectivity checks
  // once it has seen the network gone (HEAD with an RSC header: decision 052) and the tab's icon fail
  // harmlessly; anything else a click asked for must not.
  page.on('requestfailed', (r) => {
    if (r.headers()['next-router-prefetch'] || /\/icon\.svg/.test(r.url())) return;
    if (r.method() === 'HEAD' && r.headers().rsc === '1') return;
    failed.push(`${r.resourceType()} ${r.url()} ${r.failure()?.errorText}`);
  });
  let workerWarm = false;
  // The page's lazy chunks are fetched into the cache, not run as scripts (docs/decisions/048-…).
  const fetched = new Set<string>();
  page.on('requestfinished', (r) => {
    if (r.url().includes('/lab-worker/migrate-preview-')) workerWarm = true;
    if (r.resourceType() === 'fetch' && r.url().includes('/_next/static/chunks/'))
      fetched.add(new URL(r.url()).pathname);
  });
  await open(page, '/hosts/kvm1/domains/web01');
  await page.waitForFunction(() => performance.getEntriesByName('virtlab:chunks-warm').length > 0);
  const listed: string[] = await page.evaluate(() => fetch('/lazy-chunks.json').then((r) => r.json()));
  expect(listed.length).toBeGreaterThan(5);
  expect(listed.filter((chunk) => !fetched.has(chunk))).toEqual([]);
  await expect.poll(() => workerWarm).toBe(true);
  // And what Next.js prefetches for the header's links (their pages' scripts) is in too: a full load.
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);

  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(state(page)).toHaveText('paused(user)');
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(lastCommand(page)).toContainText("Domain 'web01' resumed");

  await page.getByRole('button', { name: 'Save…' }).click();
  const save = page.getByRole('dialog', { name: 'Save web01 to a file' });
  await expect(save.getByRole('definition').first()).toHaveText('virsh save web01 web01.save');
  await page.keyboard.press('Escape');
  await expect(save).toBeHidden();

  await page.getByRole('button', { name: 'Migrate…' }).click();
  const migrate = page.getByRole('dialog', { name: /^Migrate / });
  await expect(
    migrate
      .getByRole('region', { name: 'Preconditions' })
      .getByRole('listitem')
      .filter({ hasText: 'Domain is active' }),
  ).toContainText('Passed');
  await page.keyboard.press('Escape');
  await expect(migrate).toBeHidden();

  await page.getByRole('button', { name: 'Lab', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Reset lab…' })).toBeVisible();
  await page.keyboard.press('Escape');

  const output = await typeInConsole(page, 'virsh domstate web01 --reason');
  await expect(output).toContainText('running (unpaused)');
  await typeInConsole(page, 'virsh help domstate');
  await expect(output).toContainText('domstate <domain> [--reason]');

  // The overview was prefetched by its link: its row menu works too.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'Actions for web01' }).click();
  await expect(page.getByRole('menuitem', { name: 'Shut down' })).toBeEnabled();
  await page.keyboard.press('Escape');

  expect(failed, 'nothing the page asked for failed').toEqual([]);
});

/**
 * A page never fetched (decision 052): offline, its link waits for the network instead of falling back to
 * the browser's error page; the page says so in its language, and the link opens once the network is back.
 */
for (const lang of ['en', 'ja'] as const)
  test(`offline, a link to a page never fetched says so in the page's language, then opens online (${lang})`, async ({
    lab: page,
    context,
  }) => {
    const prefix = lang === 'en' ? '' : '/ja';
    const home = lang === 'en' ? '/' : '/ja';
    await open(page, home);
    await page.waitForFunction(() => performance.getEntriesByName('virtlab:chunks-warm').length > 0);
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    const notice =
      lang === 'en'
        ? 'You are offline. This page and the lab keep working; a page not opened before opens once the connection is back.'
        : 'オフラインです。このページとラボはそのまま使えます。まだ開いていないページは、接続が戻ると開きます。';
    // A domain page's data is the lab's (it works offline); the page itself was never fetched.
    await page.getByRole('link', { name: 'build01' }).click();
    await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();
    await expect(page).toHaveURL(home);
    // Still the overview, and still working: its row menu opens.
    await page.getByRole('button', { name: lang === 'en' ? 'Actions for web01' : 'web01 の操作' }).click();
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `test-results/screenshots/offline-notice-${lang}.png` });
    await context.setOffline(false);
    await expect(page).toHaveURL(`${prefix}/hosts/kvm1/domains/build01`, { timeout: 20_000 });
    await expect(page.getByRole('status').filter({ hasText: notice })).toHaveCount(0);
  });

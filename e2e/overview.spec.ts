import { expect, open, test } from './fixtures';
import { commits, startWatching, watchCommits } from './react-commits';

test("the overview lists every host's domains and filters by host, state and name in the URL", async ({
  lab: page,
}) => {
  await open(page, '/');
  for (const host of ['kvm1', 'kvm2', 'xen1', 'xen2'])
    await expect(page.getByRole('heading', { name: host, exact: true })).toBeVisible();
  const kvm1 = page.getByRole('table', { name: 'Domains on kvm1' });
  await expect(kvm1.getByRole('row', { name: /win10/ })).toContainText('paused(user)');
  await expect(
    page.getByRole('table', { name: 'Domains on xen1' }).getByRole('row', { name: /Domain-0/ }),
  ).toBeVisible();

  await page.getByRole('combobox', { name: 'State' }).selectOption('shut off');
  await expect(page).toHaveURL(/state=shut\+off/);
  await expect(kvm1.getByRole('row', { name: /build01/ })).toBeVisible();
  await expect(kvm1.getByRole('row', { name: /web01/ })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'State' }).selectOption('');
  await page.getByRole('searchbox', { name: 'Name' }).fill('pv-');
  await expect(page.getByRole('link', { name: 'pv-web' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'web01' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Host' }).selectOption('xen2');
  await expect(page).toHaveURL(/host=xen2/);
  await expect(page.getByRole('heading', { name: 'xen1' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'pv-app' })).toBeVisible();
});

test('row actions are enabled only when the table allows them, and say why not', async ({ lab: page }) => {
  await open(page, '/');
  await page.getByRole('button', { name: 'Actions for build01' }).click();
  await expect(page.getByRole('menuitem', { name: /Suspend/ })).toBeDisabled();
  await expect(page.getByRole('menuitem', { name: /Suspend/ })).toContainText('suspend: the domain is not running');
  await page.getByRole('menuitem', { name: 'Start' }).click();
  await expect(page.getByRole('row', { name: /build01/ })).toContainText('running(booted)');
  await page.getByRole('link', { name: 'build01' }).click();
  await expect(page.getByRole('heading', { name: 'build01', level: 1 })).toBeVisible();
});

test('a Shutdown from the row menu: the row says it was requested, then shows shut off without a reload', async ({
  lab: page,
}) => {
  await open(page, '/');
  const row = page.getByRole('row', { name: /web01/ });
  await page.getByRole('button', { name: 'Actions for web01' }).click();
  await page.getByRole('menuitem', { name: 'Shut down' }).click();
  // The QEMU guest answers the ACPI button a few simulated seconds later; the overview polls meanwhile.
  await expect(row).toContainText('Shutdown requested');
  await expect(row).toContainText('running(booted)');
  await expect(row).toContainText('shut off(shutdown)');
  await expect(row).not.toContainText('Shutdown requested');
});

test('a keystroke in the name filter renders the field alone; the tables and the URL follow', async ({ lab: page }) => {
  await watchCommits(page, 'form[role="search"]');
  await open(page, '/');
  const box = page.getByRole('searchbox', { name: 'Name' });
  await box.click();
  // The page at rest first: the lab's answers (first entry, then the full lab) may still be rendering
  // the page — a commit of theirs is not the keystroke's (CI at load saw one land between the two).
  await expect
    .poll(
      async () => {
        await startWatching(page);
        await page.waitForTimeout(400);
        return (await commits(page)).length;
      },
      { timeout: 15_000 },
    )
    .toBe(0);
  await page.keyboard.press('p');
  // The keystroke's own render commits before the next frame; the tables follow after it is painted.
  await expect(page.getByRole('link', { name: 'web01' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'pv-web' })).toBeVisible();
  const seen = await commits(page);
  expect(seen.length, 'the keystroke and the tables: two commits at least').toBeGreaterThanOrEqual(2);
  expect(seen[0], 'components above the filter form rendered by the keystroke').toBe(0);
  expect(Math.max(...seen), 'the page rendered the filtered tables after it').toBeGreaterThan(0);
  await page.keyboard.type('v-');
  await expect(box).toHaveValue('pv-');
  await expect(page).toHaveURL(/[?&]q=pv-/);
  await expect(box).toHaveValue('pv-');
  await expect(page.getByRole('link', { name: 'pv-web' })).toBeVisible();
});

import { expect, open, test } from './fixtures';

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

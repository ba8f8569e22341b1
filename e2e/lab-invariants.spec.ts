import { expect, open, test, typeInConsole } from './fixtures';

/** Screenshots land beside the other pages' (e2e/a11y.spec.ts); look at them. */
const shots = 'test-results/screenshots';
const WIDTHS = [390, 1024, 1366];

test('after a migration, Start on the stale source definition shows QEMU refusing the locked image', async ({
  lab: page,
}) => {
  await open(page, '/hosts/kvm1/domains/web01');
  const log = await typeInConsole(page, 'virsh migrate --live web01 qemu+ssh://kvm2.lab/system');
  await expect(log).toContainText('root@kvm1:~# virsh migrate --live web01 qemu+ssh://kvm2.lab/system');
  const state = page.getByRole('status', { name: 'Domain state' });
  await expect(state).toHaveText('shut off(migrated)');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const echo = page.getByRole('status', { name: 'Last command output' });
  await expect(echo).toContainText('Failed to get "write" lock');
  await expect(echo).toContainText('Is another process using the image [/var/lib/libvirt/images/web01.qcow2]?');
  // QEMU exited after qemuProcessInit gave it an id: qemuProcessStop leaves it shut off (failed) (decision 088).
  await expect(state).toHaveText('shut off(failed)');
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await echo.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/stale-start-locked-${width}.png` });
  }
});

test('Xen has no lock manager: Start on the stale definition runs it twice, and the output says so', async ({
  lab: page,
}) => {
  await open(page, '/hosts/xen2/domains/pv-app');
  await typeInConsole(page, 'xm migrate -l pv-app xen1', 'xen2');
  const state = page.getByRole('status', { name: 'Domain state' });
  await expect(state).toHaveText(/^shut off/);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const echo = page.getByRole('status', { name: 'Last command output' });
  await expect(echo).toContainText(
    'virtlab: warning: /var/lib/xen/images/pv-app.img is now written by pv-app on xen1 and pv-app on xen2',
  );
  await expect(echo).toContainText('no lock manager');
  await expect(state).toHaveText(/^running/);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await echo.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/xen-second-writer-${width}.png` });
  }
});

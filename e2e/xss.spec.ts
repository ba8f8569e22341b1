import { expect, open, test, typeInConsole } from './fixtures';

const evil = '<img src=x onerror=alert(1)>';

test('a guest named <img src=x onerror=alert(1)> is shown as text everywhere', async ({ lab: page }) => {
  await open(page, '/');
  // Write the domain XML on kvm1 through the API (as an editor would), then define it at the console.
  const status = await page.evaluate(async () => {
    const xml =
      "<domain type='kvm'><name>&lt;img src=x onerror=alert(1)&gt;</name><memory unit='MiB'>256</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>";
    return (await fetch('/api/hosts/kvm1/files?path=/root/evil.xml', { method: 'PUT', body: xml })).status;
  });
  expect(status).toBe(201);
  const log = await typeInConsole(page, 'virsh define /root/evil.xml');
  await expect(log).toContainText(`Domain '${evil}' defined from /root/evil.xml`);
  await typeInConsole(page, `virsh start '${evil}'`);

  const link = page.getByRole('link', { name: evil });
  await expect(link).toBeVisible();
  await expect(page.locator('img')).toHaveCount(0);
  await link.click();
  await expect(page.getByRole('heading', { name: evil, level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(`${evil} on kvm1 — VirtLab`);
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('running(booted)');
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Last command output' })).toContainText(`virsh suspend '${evil}'`);
  await expect(page.getByRole('list', { name: 'Events, newest first' })).toContainText(
    `for domain '${evil}': Suspended Paused`,
  );
  await expect(page.locator('img')).toHaveCount(0);
});

import { expect, open, test, typeInConsole } from './fixtures';

test('console and buttons agree: a click shows in virsh list, a typed command updates buttons and diagram', async ({
  lab: page,
}) => {
  await open(page, '/hosts/kvm1/domains/web01');
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('paused(user)');

  const log = await typeInConsole(page, 'virsh list --all');
  // The button's command is in the scrollback too, then the typed one with virsh's own table.
  await expect(log).toContainText('root@kvm1:~# virsh suspend web01');
  await expect(log).toContainText(/ 1\s+web01\s+paused/);
  await expect(log).toContainText(/ -\s+build01\s+shut off/);

  await open(page, '/hosts/kvm1/domains/build01');
  const start = page.getByRole('button', { name: 'Start', exact: true });
  await expect(start).toBeEnabled();
  await typeInConsole(page, 'virsh start build01');
  await expect(page.getByRole('log', { name: 'Console output' })).toContainText("Domain 'build01' started");
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('running(booted)');
  await expect(start).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Shut down', exact: true })).toBeEnabled();
  await expect(page.getByRole('figure')).toContainText(
    'shut off (shutdown) → running (booted) by start — virsh start build01',
  );
  await expect(page.getByRole('list', { name: 'Events, newest first' })).toContainText(
    "event 'lifecycle' for domain 'build01': Started Booted",
  );
});

test('the console page: output exactly as the tool prints it, history and Tab completion', async ({ lab: page }) => {
  await open(page, '/console');
  const input = page.getByRole('textbox', { name: 'Command on kvm1' });
  const log = page.getByRole('log', { name: 'Console output' });
  await typeInConsole(page, 'virsh domstate web01 --reason');
  await expect(log).toContainText('running (booted)');
  await typeInConsole(page, 'virsh start web01');
  await expect(log).toContainText('error: Domain is already active');

  await input.press('ArrowUp');
  await expect(input).toHaveValue('virsh start web01');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('virsh domstate web01 --reason');
  await input.press('ArrowDown');
  await expect(input).toHaveValue('virsh start web01');

  await input.fill('virsh susp');
  await input.press('Tab');
  await expect(input).toHaveValue('virsh suspend ');
  await input.pressSequentially('we');
  await input.press('Tab');
  await expect(input).toHaveValue('virsh suspend web01 ');
  await input.press('Enter');
  await expect(log).toContainText("Domain 'web01' suspended");
  await input.fill('virsh set');
  await input.press('Tab');
  await expect(page.getByLabel('Completions')).toContainText('setmem');

  await page.getByRole('combobox', { name: 'Host' }).selectOption('xen1');
  await typeInConsole(page, 'virsh list', 'xen1');
  await expect(log).toContainText(/pv-web\s+running/);
  await typeInConsole(page, 'clear', 'xen1');
  await expect(log).not.toContainText('pv-web');
});

test('xm on a Xen host moves the same domain: the page follows and the diagram names the transition', async ({
  lab: page,
}) => {
  await open(page, '/hosts/xen1/domains/pv-web');
  await page.getByRole('button', { name: 'Suspend', exact: true }).hover();
  await expect(page.getByRole('tooltip')).toContainText('xm pause pv-web');
  await typeInConsole(page, 'xm pause pv-web', 'xen1');
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('paused(user)');
  await expect(page.getByRole('figure')).toContainText('running (booted) → paused (user) by suspend — xm pause pv-web');
  await typeInConsole(page, 'xl list', 'xen1');
  await expect(page.getByRole('log', { name: 'Console output' })).toContainText(/pv-web\s+1\s+1024\s+2\s+--p---/);
});

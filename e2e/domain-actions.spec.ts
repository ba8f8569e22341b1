import { expect, open, test } from './fixtures';
import { events, everyLifecycleButton, lastCommand, state } from './lifecycle';

const KVM_NONE = 'no equivalent — kvm1 is a QEMU/KVM host: xm and xl manage Xen only';

test('every lifecycle button runs its virsh command, lights the transition and logs the event', async ({
  lab: page,
}) => {
  await everyLifecycleButton(page, 'kvm1', 'web01');
});

test('save to a file and restore from it, with the equivalent commands shown', async ({ lab: page }) => {
  await open(page, '/hosts/kvm1/domains/web01');
  await page.getByRole('button', { name: 'Save…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save web01 to a file' });
  const commands = dialog.getByRole('definition');
  await expect(commands).toContainText([
    'virsh save web01 web01.save',
    // kvm1 is a KVM host: xm and xl say why they do not apply.
    KVM_NONE,
    KVM_NONE,
  ]);
  await dialog.getByRole('textbox', { name: 'File name' }).fill('monday.save');
  await expect(commands.first()).toHaveText('virsh save web01 monday.save');
  await dialog.getByRole('radio', { name: '--paused' }).check();
  await expect(commands.first()).toHaveText('virsh save web01 monday.save --paused');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(state(page)).toHaveText('shut off(saved)');
  await expect(lastCommand(page)).toContainText("Domain 'web01' saved to monday.save");

  await page.getByRole('button', { name: 'Restore…' }).click();
  const restore = page.getByRole('dialog', { name: 'Restore on kvm1' });
  await expect(restore.getByRole('radio', { name: /\/root\/monday\.save/ })).toBeChecked();
  await expect(restore.getByRole('definition').first()).toHaveText('virsh restore /root/monday.save');
  await restore.getByRole('radio', { name: '--running' }).check();
  await expect(restore.getByRole('definition').first()).toHaveText('virsh restore /root/monday.save --running');
  await restore.getByRole('radio', { name: 'as it was when saved' }).check();
  await expect(restore.getByRole('definition').first()).toHaveText('virsh restore /root/monday.save');
  await restore.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(state(page)).toHaveText('paused(user)');
  await expect(page.getByRole('figure')).toContainText('shut off (saved) → paused (user) by restore');
});

test("a refused operation shows libvirt's message in a toast and in the event log", async ({ lab: page }) => {
  await open(page, '/hosts/kvm1/domains/web01');
  await page.getByRole('button', { name: 'Save…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(state(page)).toHaveText('running(booted)');
  // web01 runs again, so restoring its old image into build01's page must fail as libvirt does.
  await open(page, '/hosts/kvm1/domains/build01');
  await page.getByRole('button', { name: 'Restore…' }).click();
  await page
    .getByRole('dialog')
    .getByRole('radio', { name: /web01\.save/ })
    .check();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
  const message = "Requested operation is not valid: domain 'web01' is already active";
  await expect(page.getByRole('region', { name: /Notifications/ }).getByText(message)).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText(`error: ${message}`);
  await page.keyboard.press('Escape');
  await expect(lastCommand(page)).toContainText(`error: ${message}`);
  await open(page, '/');
  await expect(events(page)).toContainText(message);
});

test('resource forms: setmem, setmaxmem, setvcpus, vcpupin, autostart', async ({ lab: page }) => {
  await open(page, '/hosts/kvm1/domains/web01');
  await page.getByRole('button', { name: 'Set memory…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Memory of web01' });
  await dialog.getByRole('spinbutton', { name: 'Size' }).fill('1536');
  await dialog.getByRole('radio', { name: /^--live \(/ }).check();
  await expect(dialog.getByRole('definition')).toContainText(['virsh setmem web01 1536M --live', KVM_NONE, KVM_NONE]);
  // Its limits in the field's unit (was "64 MiB to 4 GiB" beside a MiB field), the top in libvirt's words.
  // The label names the field, its limits describe it (they were part of its name, inside the <label>).
  const size = dialog.getByRole('spinbutton', { name: 'Size' });
  await expect(size).toHaveAccessibleName('Size');
  await expect(size).toHaveAccessibleDescription('64 to 4096 MiB (up to its Max memory)');
  await size.fill('9000');
  await expect(dialog.getByRole('alert')).toContainText('At most its Max memory, 4096 MiB');
  await dialog.getByRole('combobox', { name: 'Unit' }).selectOption('GiB');
  await expect(dialog).toContainText('1 to 4 GiB (up to its Max memory)');
  await dialog.getByRole('combobox', { name: 'Unit' }).selectOption('MiB');
  await dialog.getByRole('spinbutton', { name: 'Size' }).fill('1536');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(lastCommand(page)).toContainText('virsh setmem web01 1536M --live');
  await expect(page.getByRole('row', { name: /Memory \(current\)/ })).toContainText('1536 MiB');

  await page.getByRole('button', { name: 'Set max memory…' }).click();
  dialog = page.getByRole('dialog', { name: 'Maximum memory of web01' });
  await dialog.getByRole('spinbutton', { name: 'Size' }).fill('6');
  await dialog.getByRole('combobox', { name: 'Unit' }).selectOption('GiB');
  await dialog.getByRole('spinbutton', { name: 'Size' }).fill('6');
  await expect(dialog.getByRole('definition').first()).toHaveText('virsh setmaxmem web01 6G --config');
  await dialog.getByRole('combobox', { name: 'Unit' }).selectOption('MiB');
  await dialog.getByRole('spinbutton', { name: 'Size' }).fill('5632');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('row', { name: /Memory \(maximum\)/ })).toContainText('4 GiB5632 MiB');
  // A 5.5 GiB maximum read in GiB: the limits are whole GiB the field accepts (was "1 to 5.5 GiB"; virsh
  // refuses `setmem web01 5.5G`).
  await page.getByRole('button', { name: 'Set memory…' }).click();
  dialog = page.getByRole('dialog', { name: 'Memory of web01' });
  await dialog.getByRole('radio', { name: /^--config \(/ }).check();
  await dialog.getByRole('combobox', { name: 'Unit' }).selectOption('GiB');
  await expect(dialog.getByRole('spinbutton', { name: 'Size' })).toHaveAccessibleDescription(
    '1 to 5 GiB (up to its Max memory)',
  );
  await dialog.getByRole('spinbutton', { name: 'Size' }).fill('6');
  await expect(dialog.getByRole('alert')).toContainText(
    'At most 5 GiB: libvirt refuses more than its Max memory, 5632 MiB',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Set vCPUs…' }).click();
  dialog = page.getByRole('dialog', { name: 'vCPUs of web01' });
  await dialog.getByRole('spinbutton', { name: 'vCPUs' }).fill('3');
  await expect(dialog.getByRole('definition')).toContainText(['virsh setvcpus web01 3 --current', KVM_NONE, KVM_NONE]);
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('row', { name: /vCPUs \(online\)/ })).toContainText('3');

  await page.getByRole('button', { name: 'Pin vCPU…' }).click();
  dialog = page.getByRole('dialog', { name: 'Pin a vCPU of web01' });
  await dialog.getByRole('combobox', { name: 'vCPU' }).selectOption('1');
  await dialog.getByRole('textbox', { name: 'CPU list' }).fill('2-3');
  await expect(dialog.getByRole('checkbox', { name: 'host CPU 2' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'host CPU 0' })).not.toBeChecked();
  await dialog.getByRole('checkbox', { name: 'host CPU 5' }).check();
  await expect(dialog.getByRole('textbox', { name: 'CPU list' })).toHaveValue('2-3,5');
  await expect(dialog.getByRole('definition')).toContainText([
    'virsh vcpupin web01 1 2-3,5 --current',
    KVM_NONE,
    KVM_NONE,
  ]);
  await dialog.getByRole('button', { name: 'Pin' }).click();
  await expect(lastCommand(page)).toContainText('virsh vcpupin web01 1 2-3,5');
  await expect(page.getByRole('row', { name: /^1/ }).getByRole('img', { name: 'may run' })).toHaveCount(3);

  await page.getByRole('button', { name: 'Change autostart…' }).click();
  dialog = page.getByRole('dialog', { name: 'Autostart of web01' });
  await expect(dialog.getByRole('definition')).toContainText([
    'virsh autostart web01 --disable',
    /no equivalent/,
    /no equivalent/,
  ]);
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(lastCommand(page)).toContainText("Domain 'web01' unmarked as autostarted");
  await expect(page.getByRole('row', { name: /Autostart/ })).toContainText('disabled');
});

test('undefine removes a shut-off domain', async ({ lab: page }) => {
  await open(page, '/hosts/kvm2/domains/test01');
  await page.getByRole('button', { name: 'Undefine' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Undefine' }).click();
  await expect(lastCommand(page)).toContainText("Domain 'test01' has been undefined");
  await expect(page.getByRole('alert').filter({ hasText: 'Domain not found' })).toContainText(
    "no domain with matching name 'test01'",
  );
});

test('rename: refused while the domain runs, done when it is shut off; the page follows the new name', async ({
  lab: page,
}) => {
  await open(page, '/hosts/kvm1/domains/web01');
  await page.getByRole('button', { name: 'Rename…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Rename web01' });
  await dialog.getByRole('textbox', { name: 'New name' }).fill('web09');
  await expect(dialog.getByRole('definition')).toContainText(['virsh domrename web01 web09', KVM_NONE]);
  await dialog.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(dialog).toContainText('Requested operation is not valid: cannot rename active domain');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await open(page, '/hosts/kvm1/domains/build01');
  const before = (await state(page).textContent()) ?? '';
  expect(before).toMatch(/^shut off/);
  await page.getByRole('button', { name: 'Rename…' }).click();
  dialog = page.getByRole('dialog', { name: 'Rename build01' });
  await dialog.getByRole('textbox', { name: 'New name' }).fill('build02');
  await dialog.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page).toHaveURL(/\/hosts\/kvm1\/domains\/build02$/);
  await expect(page.getByRole('heading', { level: 1, name: 'build02' })).toBeVisible();
  await expect(state(page)).toHaveText(before);
});

test("the domain's XML: two tabs, the live one shown first; arrows, Home and End move between them and show the one reached", async ({
  lab: page,
}) => {
  await open(page, '/hosts/kvm1/domains/web01');
  const tabs = page.getByRole('tablist', { name: 'Domain XML' });
  const live = tabs.getByRole('tab', { name: 'Live XML' });
  const inactive = tabs.getByRole('tab', { name: 'Inactive XML' });
  await expect(live).toHaveAttribute('aria-selected', 'true');
  await expect(inactive).toHaveAttribute('aria-selected', 'false');
  await expect(page.getByRole('tabpanel', { name: 'Live XML' })).toContainText('virsh dumpxml web01');
  // One tab stop for the tablist: the shown tab.
  await expect(live).toHaveAttribute('tabindex', '0');
  await expect(inactive).toHaveAttribute('tabindex', '-1');
  await live.focus();
  await page.keyboard.press('ArrowRight');
  await expect(inactive).toBeFocused();
  await expect(inactive).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Inactive XML' })).toContainText('virsh dumpxml --inactive web01');
  await expect(page.getByRole('tabpanel')).toHaveCount(1);
  await page.keyboard.press('ArrowRight'); // past the last: the first
  await expect(live).toBeFocused();
  await page.keyboard.press('End');
  await expect(inactive).toBeFocused();
  await page.keyboard.press('Home');
  await expect(live).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Live XML' })).toBeVisible();
  await inactive.click();
  await expect(page.getByRole('tabpanel', { name: 'Inactive XML' })).toBeVisible();
});

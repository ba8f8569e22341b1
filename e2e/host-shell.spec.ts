import { expect, open, test, typeInConsole } from './fixtures';

test('at the KVM host console: dumpxml > file, sed, define and start a second guest, as on a real host', async ({
  lab: page,
}) => {
  await open(page, '/console');
  const log = page.getByRole('log', { name: 'Console output' });
  const input = page.getByRole('textbox', { name: 'Command on kvm1' });

  await typeInConsole(page, 'virsh uri');
  await expect(log).toContainText('qemu:///system');
  await typeInConsole(page, 'virsh -c qemu:///system list --all | grep -c web01');
  await expect(log.locator('pre').last()).toHaveText('1');

  await typeInConsole(page, 'virsh dumpxml web01 > /root/web02.xml');
  await typeInConsole(page, "sed -i 's/web01/web02/g; /<uuid>/d' web02.xml");
  await typeInConsole(page, 'grep -c uuid /root/web02.xml');
  await expect(log.locator('pre').last()).toHaveText('0');
  await typeInConsole(page, 'virsh define /root/web02.xml');
  await expect(log).toContainText("Domain 'web02' defined from /root/web02.xml");
  // The copy names web02.qcow2, which nothing made: the start fails as libvirt's does (decision 074).
  await typeInConsole(page, 'virsh start web02');
  await expect(log).toContainText(
    "error: Cannot access storage file '/var/lib/libvirt/images/web02.qcow2' (as uid:64055, gid:108): No such file or directory",
  );
  await typeInConsole(page, 'cp /var/lib/libvirt/images/web01.qcow2 /var/lib/libvirt/images/web02.qcow2');
  await typeInConsole(page, 'virsh start web02');
  await expect(log).toContainText("Domain 'web02' started");
  await typeInConsole(page, 'ls -l /etc/libvirt/qemu | grep web02');
  await expect(log.locator('pre').last()).toHaveText(/^-rw-r--r-- 1 root root \d+ .* web02\.xml\s*$/);

  // A here-document: the console asks for more on bash's `>` prompt until the delimiter.
  await input.fill('cat <<EOF > /root/note.txt');
  await input.press('Enter');
  await expect(page.getByText('>', { exact: true })).toBeVisible();
  await input.fill('web02 is a copy of web01');
  await input.press('Enter');
  await input.fill('EOF');
  await input.press('Enter');
  await typeInConsole(page, 'cat note.txt');
  await expect(log.locator('pre').last()).toHaveText('web02 is a copy of web01');

  // What bash refuses, in bash's words.
  await typeInConsole(page, 'echo >');
  await expect(log).toContainText("-bash: syntax error near unexpected token `newline'");

  await open(page, '/hosts/kvm1/domains/web02');
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('running(booted)');
});

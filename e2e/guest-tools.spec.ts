import { expect, open, settled, test, typeInConsole } from './fixtures';

test('at a KVM host console: qemu-img makes a disk, virt-install a guest on it, virt-clone a copy after shutdown', async ({
  lab: page,
}) => {
  await open(page, '/console');
  const log = page.getByRole('log', { name: 'Console output' });

  await typeInConsole(page, 'qemu-img create -f qcow2 /var/lib/libvirt/images/app01.qcow2 10G');
  await expect(log).toContainText("Formatting '/var/lib/libvirt/images/app01.qcow2', fmt=qcow2 cluster_size=65536");
  await typeInConsole(
    page,
    'virt-install --name app01 --memory 1024 --vcpus 1 --disk /var/lib/libvirt/images/app01.qcow2 --import --os-variant debian12 --graphics none --noautoconsole',
  );
  await expect(log).toContainText('Starting install...');
  await expect(log).toContainText('Domain creation completed.');
  await typeInConsole(page, 'virsh list');
  await expect(log).toContainText(/ 4\s+app01\s+running/);

  // The guest is the lab's like any other: on the overview and with its own page.
  await open(page, '/');
  await expect(page.getByRole('table', { name: 'Domains on kvm1' }).getByRole('row', { name: /app01/ })).toContainText(
    'running(booted)',
  );
  await open(page, '/hosts/kvm1/domains/app01');
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('running(booted)');

  await typeInConsole(page, 'virt-clone --original app01 --auto-clone');
  await expect(log).toContainText('ERROR    Domain to clone must be shutoff.');
  await typeInConsole(page, 'virsh shutdown app01');
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('shut off(shutdown)');
  await typeInConsole(page, 'virt-clone --original app01 --auto-clone');
  await expect(log).toContainText("Clone 'app01-clone' created successfully.");
  await typeInConsole(page, 'qemu-img info /var/lib/libvirt/images/app01-clone.qcow2');
  await expect(log).toContainText('virtual size: 10 GiB (10737418240 bytes)');

  // Started (the lab's answer in) before the page changes: a line in flight when the page goes is lost.
  await settled(page, () => typeInConsole(page, 'virsh start app01-clone'));
  await open(page, '/hosts/kvm1/domains/app01-clone');
  await expect(page.getByRole('status', { name: 'Domain state' })).toHaveText('running(booted)');
});

test('QEMU without libvirt: qemu-kvm -monitor stdio turns the console into the (qemu) monitor, and virsh never sees the guest', async ({
  lab: page,
}) => {
  await open(page, '/console');
  const log = page.getByRole('log', { name: 'Console output' });
  await typeInConsole(page, 'qemu-img create -f qcow2 /root/demo.qcow2 2G');
  await typeInConsole(
    page,
    'qemu-kvm -m 512 -smp 2 -hda /root/demo.qcow2 -net nic -net user -display none -monitor stdio',
  );
  await expect(log).toContainText("QEMU 7.2.0 monitor - type 'help' for more information");
  // The prompt is the monitor's now, not bash's.
  await expect(page.locator('label[for="console-input-kvm1"]')).toHaveText('(qemu)');
  await typeInConsole(page, 'info status');
  await expect(log).toContainText('VM status: running');
  await typeInConsole(page, 'stop');
  await typeInConsole(page, 'info status');
  await expect(log).toContainText('VM status: paused');
  await typeInConsole(page, 'savevm before-upgrade');
  await typeInConsole(page, 'quit');
  await expect(page.locator('label[for="console-input-kvm1"]')).toHaveText('root@kvm1:~#');
  await typeInConsole(page, 'qemu-img snapshot -l /root/demo.qcow2');
  await expect(log).toContainText('before-upgrade');
  await typeInConsole(page, 'virsh list --all');
  // The list itself first: checked before it is printed, "no demo" would hold of the previous output.
  const list = log.locator('pre').last();
  await expect(list).toContainText('build01');
  await expect(list).not.toContainText('demo');
});

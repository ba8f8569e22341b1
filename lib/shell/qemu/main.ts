import { freeMemoryKiB } from '../../sim/host-memory';
import { isActive } from '../../sim/states';
import type { Host, QemuProcess, World } from '../../sim/types';
import { findHost, updateHost } from '../../sim/world';
import type { HostFs } from '../host-fs';
import { readImage } from '../images/image-file';
import { parseQemuArgs } from './cmdline';

/** The names a KVM host answers to: QEMU itself, Debian's `kvm` link and the `qemu-kvm` of RHEL and older distributions. */
export const qemuCommands = ['qemu-system-x86_64', 'kvm', 'qemu-kvm'] as const;

type Out = { stdout: string; stderr: string; status: number; world?: World };
const COPYRIGHT = 'Copyright (c) 2003-2022 Fabrice Bellard and the QEMU Project developers\n';

/** Disk images in use: by a running libvirt guest or another QEMU started by hand (QEMU takes a write lock). */
const inUse = (h: Host, path: string) =>
  h.domains.some((d) => isActive(d.state) && d.live?.disks.some((k) => k.source === path)) ||
  (h.qemu ?? []).some((p) => p.disks.some((d) => d.path === path));

/**
 * Starts QEMU by hand, without libvirt: the guest runs, holds memory and its disks, and shows in
 * `ps` — but `virsh list` does not know it. With `-monitor stdio` the console becomes its monitor.
 */
export function qemuSystem(
  tool: string,
  argv: string[],
  io: { world: World; host: string; fs: HostFs; now: number },
): Out {
  const host = findHost(io.world, io.host)!;
  if (host.driver !== 'qemu') return { stdout: '', stderr: `-bash: ${tool}: command not found\n`, status: 127 };
  const fail = (stderr: string, stdout = ''): Out => ({ stdout, stderr, status: 1 });
  const prog = tool;
  const parsed = parseQemuArgs(argv, tool !== 'qemu-system-x86_64');
  if (!parsed.ok) return fail(`${prog}: ${parsed.error}\n`);
  const spec = parsed.spec;
  const version = `QEMU emulator version ${host.hypervisorVersion}\n${COPYRIGHT}`;
  if (spec.version) return { stdout: version, stderr: '', status: 0 };
  if (spec.help)
    return {
      stdout: `${version}usage: ${prog} [options] [disk_image]\n\n'disk_image' is a raw hard disk image for IDE hard disk 0\n`,
      stderr: '',
      status: 0,
    };
  if (spec.daemonize && spec.monitor === 'stdio')
    return fail(`${prog}: -monitor stdio: cannot use stdio with -daemonize\n`);
  if (spec.daemonize && spec.display === 'nographic')
    return fail(`${prog}: -nographic cannot be used with -daemonize\n`);

  let warn = '';
  const disks: QemuProcess['disks'] = [];
  for (const d of spec.disks) {
    const abs = io.fs.resolve(d.path);
    const img = readImage(io.fs, abs);
    if (!img.ok) return fail(`${prog}: ${d.given}: Could not open '${d.path}': No such file or directory\n`);
    if (inUse(host, abs))
      return fail(`${prog}: ${d.given}: Failed to get "write" lock\nIs another process using the image [${d.path}]?\n`);
    const format = d.format ?? img.image.format;
    if (!d.format && format === 'raw')
      warn += `WARNING: Image format was not specified for '${d.path}' and probing guessed raw.\n         Automatically detecting the format is dangerous for raw images, write operations on block 0 will be restricted.\n         Specify the 'raw' format explicitly to remove the restrictions.\n`;
    disks.push({ path: abs, format });
  }
  if (spec.kvm && !host.kernelModules.some((m) => m === 'kvm_intel' || m === 'kvm_amd'))
    return fail(
      `Could not access KVM kernel module: No such file or directory\n${prog}: failed to initialize kvm: No such file or directory\n`,
    );

  const banner =
    spec.monitor === 'stdio' ? `QEMU ${host.hypervisorVersion} monitor - type 'help' for more information\n` : '';
  const net = spec.net.given ? { nic: spec.net.nic, user: spec.net.user } : { nic: true, user: true };
  if (net.user && !net.nic) warn += `${prog}: warning: hub 0 with no nics\n`;
  if (net.nic && !net.user) warn += `${prog}: warning: hub 0 is not connected to host network\n`;
  if (spec.display === 'nographic' && spec.monitor === 'stdio')
    return fail(
      `${warn}${prog}: cannot use stdio by multiple character devices\n${prog}: could not connect serial device to character backend 'stdio'\n`,
      banner,
    );
  if (spec.memoryMiB * 1024 > freeMemoryKiB(host))
    return fail(`${warn}${prog}: cannot set up guest memory 'pc.ram': Cannot allocate memory\n`, banner);
  // A server has no display: QEMU's default GTK window cannot open.
  if (spec.display === 'default') return fail(`${warn}gtk initialization failed\n`, banner);
  if (spec.monitor !== 'stdio' && !spec.daemonize)
    return fail(
      `${warn}VirtLab: this QEMU would hold the terminal with nothing to type to; start it with -monitor stdio (to talk to its monitor) or -daemonize (to run it in the background)\n`,
    );
  if (spec.display === 'nographic')
    return fail(
      `${warn}VirtLab: -nographic puts the guest's serial console on this terminal, which the lab does not model; use -display none\n`,
    );

  const process: QemuProcess = {
    pid: Math.max(3000, ...(host.qemu ?? []).map((p) => p.pid)) + 7,
    argv: [tool, ...argv],
    ...(spec.name ? { name: spec.name } : {}),
    memoryMiB: spec.memoryMiB,
    vcpus: spec.vcpus,
    disks,
    net,
    kvm: spec.kvm,
    state: 'running',
    monitor: spec.monitor === 'stdio',
    startedAt: io.now,
    pausedMs: 0,
  };
  const world = updateHost(io.world, io.host, (h) => ({ ...h, qemu: [...(h.qemu ?? []), process] }));
  return { stdout: banner, stderr: warn, status: 0, world };
}

import { encodeImage, newImage } from '../../sim/disk-image';
import { freeMemoryKiB } from '../../sim/host-memory';
import { domainCreateXml, domainDefine } from '../../sim/ops/define';
import type { World } from '../../sim/types';
import { domainByName, findHost, updateHost } from '../../sim/world';
import { parseDomainXml } from '../../sim/xml/parse';
import type { HostFs } from '../host-fs';
import { guestXml, type GuestSpec } from './domain-xml';
import { planInstall } from './guest-spec';
import { parseInstallArgs, USAGE } from './options';

/** virt-install 4.1 as root on a lab host: it writes the domain XML, allocates disks, then creates and defines the guest. */
export interface VirtToolCtx {
  world: World;
  host: string;
  fs: HostFs;
  now: number;
}
export type VirtToolOut = { stdout: string; stderr: string; status: number; world?: World };

/** virt-install's log lines: "%(levelname)-8s %(message)s". */
export const logLine = (level: 'ERROR' | 'WARNING', msg: string) => `${level.padEnd(8)} ${msg}\n`;
/** The progress meter as it ends when stdout is not a terminal. */
export const meter = (label: string, tail: string) => `${label.padEnd(60)}|    0 B  00:00 ${tail}\n`;

/** The connection virt-install opens: the host's own hypervisor. */
export function connectionUri(ctx: VirtToolCtx, requested?: string): string | null {
  const host = findHost(ctx.world, ctx.host)!;
  const local = host.driver === 'xen' ? 'xen:///system' : 'qemu:///system';
  if (!requested || requested === local || requested === host.uri || (host.driver === 'xen' && requested === 'xen:///'))
    return local;
  return null;
}
export const noSocket = logLine(
  'ERROR',
  "Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file or directory",
);

const installFail = (uri: string, name: string) =>
  `Domain installation does not appear to have been successful.\nIf it was, you can restart your domain by running:\n  virsh --connect ${uri} start ${name}\notherwise, please restart your installation.\n`;

/** The second XML of a CD-ROM install: the medium ejected, booting from the disk. */
function finalSpec(spec: GuestSpec, cdrom: string | undefined, bootGiven: boolean): GuestSpec {
  const disks = spec.disks.map((d) => (d.device === 'cdrom' && d.path === cdrom ? { ...d, path: undefined } : d));
  const boot = bootGiven ? spec.boot : disks.some((d) => d.device === 'cdrom' && d.path) ? ['cdrom', 'hd'] : ['hd'];
  return { ...spec, disks, boot };
}

export function virtInstall(argv: string[], ctx: VirtToolCtx): VirtToolOut {
  const parsed = parseInstallArgs(argv);
  if (!parsed.ok) return { stdout: '', stderr: `${USAGE}virt-install: error: ${parsed.error}\n`, status: 2 };
  const o = parsed.value;
  const uri = connectionUri(ctx, o.connect);
  if (!uri) return { stdout: '', stderr: noSocket, status: 1 };
  const host = findHost(ctx.world, ctx.host)!;
  const planned = planInstall(o, host, ctx.fs, ctx.now);
  if (!planned.ok) return { stdout: '', stderr: logLine('ERROR', planned.error), status: 1 };
  const { spec, create, notes, warnings, hasInstallPhase } = planned.plan;
  const cdrom = o.cdrom ? ctx.fs.resolve(o.cdrom) : undefined;
  const initial = hasInstallPhase ? { ...spec, installPhase: true } : spec;
  const final = hasInstallPhase ? finalSpec(spec, cdrom, !!o.boot) : spec;
  if (o.printXml)
    // print_stdout adds a newline after the XML, which already ends with one.
    return { stdout: `${guestXml(initial)}${hasInstallPhase ? guestXml(final) : ''}\n`, stderr: '', status: 0 };
  let stdout = notes.map((n) => `${n}\n`).join('');
  // Its console (cli.py get_console_cb): none with --noautoconsole; virsh console for a guest without
  // graphics; else virt-viewer, which the lab's hosts lack, so it waits for the guest to shut down.
  const graphical = !o.noautoconsole && !spec.pv && spec.hv === 'kvm' && spec.graphics !== 'none';
  const viewer = graphical
    ? [
        "Unable to connect to graphical console: virt-viewer not installed. Please install the 'virt-viewer' package.",
        'No console to launch for the guest, defaulting to --wait -1',
      ]
    : [];
  const stderr = [...warnings, ...viewer].map((w) => logLine('WARNING', w)).join('');
  if (o.dryRun) return { stdout: `${stdout}Dry run completed successfully\n`, stderr, status: 0 };
  stdout += '\nStarting install...\n';
  const fail = (msg: string) => ({
    stdout,
    stderr: stderr + logLine('ERROR', msg) + installFail(uri, spec.name),
    status: 1,
  });
  if (domainByName(host, spec.name)) return fail(`Guest name '${spec.name}' is already in use.`);
  const images: Record<string, string> = {};
  for (const c of create) {
    images[c.path] = encodeImage(newImage(c.format as 'qcow2' | 'raw', c.sizeGiB * 2 ** 30));
    ctx.fs.write(c.path, images[c.path]);
    stdout += meter(`Allocating '${c.path.slice(c.path.lastIndexOf('/') + 1)}'`, '... ');
  }
  stdout += meter('Creating domain...', '    ');
  const cleanup = () => {
    for (const c of create) ctx.fs.remove(c.path);
  };
  // QEMU cannot map more guest RAM than the host has free; libxl refuses the domain.
  if (spec.memoryMiB * 1024 > freeMemoryKiB(host)) {
    cleanup();
    return fail(
      host.driver === 'xen'
        ? `internal error: libxenlight failed to create new domain '${spec.name}'`
        : "internal error: process exited while connecting to monitor: cannot set up guest memory 'pc.ram': Cannot allocate memory",
    );
  }
  // The images are on the host before the domain starts: QEMU opens them (the lab's world carries them).
  const withImages = updateHost(ctx.world, ctx.host, (h) => ({ ...h, files: { ...h.files, ...images } }));
  const op = { world: withImages, host: ctx.host, now: ctx.now };
  const startDef = parseDomainXml(guestXml(initial));
  const started = startDef.ok ? domainCreateXml(op, startDef.value) : startDef;
  const finalDef = parseDomainXml(guestXml(final));
  if (!finalDef.ok) throw new Error(`virt-install wrote XML the simulator cannot read: ${finalDef.error.message}`);
  const defined = started.ok ? domainDefine({ ...op, world: started.value.world }, finalDef.value) : started;
  if (!defined.ok) {
    cleanup();
    return fail(defined.error.message);
  }
  const world = defined.value.world;
  const stillRunning = '\nDomain is still running. Installation may be in progress.\n';
  // --wait -1 blocks until the guest shuts down; the lab's console returns here instead.
  if (graphical)
    return { stdout: `${stdout}${stillRunning}Waiting for the installation to complete.\n`, stderr, status: 0, world };
  let consoleErr = '';
  if (!o.noautoconsole) {
    stdout += `Running text console command: virsh --connect ${uri} console ${spec.name}\n`;
    consoleErr = `error: Cannot run interactive console without a controlling TTY\n\n${logLine('WARNING', 'Console command returned failure.')}`;
  }
  if (hasInstallPhase)
    return {
      stdout: `${stdout}${stillRunning}You can reconnect to the console to complete the installation process.\n`,
      stderr: stderr + consoleErr,
      status: 0,
      world,
    };
  return { stdout: `${stdout}Domain creation completed.\n`, stderr: stderr + consoleErr, status: 0, world };
}

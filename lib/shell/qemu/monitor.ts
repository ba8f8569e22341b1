import { encodeImage } from '../../sim/disk-image';
import type { QemuProcess } from '../../sim/types';
import type { HostFs } from '../host-fs';
import { readImage } from '../images/image-file';
import { snapshotRows } from '../images/qemu-img-info';

/** The human monitor's commands the lab knows, with QEMU 7.2's own help lines (hmp-commands.hx). */
const COMMANDS: [string[], string][] = [
  [['cont', 'c'], 'cont|c  -- resume emulation'],
  [['delvm'], 'delvm tag -- delete a VM snapshot from its tag'],
  [['help', '?'], 'help|? [cmd] -- show the help'],
  [['info'], 'info [subcommand] -- show various information about the system state'],
  [['loadvm'], 'loadvm tag -- restore a VM snapshot from its tag'],
  [['quit', 'q'], 'quit|q  -- quit the emulator'],
  [['savevm'], 'savevm tag -- save a VM snapshot. If no tag is provided, a new snapshot is created'],
  [['stop', 's'], 'stop|s  -- stop emulation'],
  [['system_powerdown'], 'system_powerdown  -- send system power down event'],
  [['system_reset'], 'system_reset  -- reset the system'],
];
const INFO: [string, string][] = [
  [
    'block',
    'info block [-n] [-v] [device] -- show info of one block device or all block devices (-n: show named nodes; -v: show details)',
  ],
  ['cpus', 'info cpus  -- show infos for each CPU'],
  ['kvm', 'info kvm  -- show KVM information'],
  ['name', 'info name  -- show the current VM name'],
  ['network', 'info network  -- show the network state'],
  ['snapshots', 'info snapshots  -- show the currently saved VM snapshots'],
  ['status', 'info status  -- show the current VM status (running|paused)'],
  ['uuid', 'info uuid  -- show the current VM UUID'],
  ['version', 'info version  -- show the version of QEMU'],
];

export interface MonitorCtx {
  fs: HostFs;
  now: number;
  /** The host's QEMU version, which `info version` prints. */
  version: string;
}
/** After the line: the process as it is now, or null when QEMU exited (quit, or the guest powered off). */
export type MonitorOut = { out: string; process: QemuProcess | null };

const at = (p: QemuProcess, now: number) => now - p.startedAt - p.pausedMs - (p.pausedAt ? now - p.pausedAt : 0);
const stamp = (now: number) => new Date(now).toISOString().replace(/[-:T]/g, '').slice(0, 14);

/** One line typed at the `(qemu)` prompt of a QEMU started with `-monitor stdio`. */
export function monitorLine(p: QemuProcess, line: string, ctx: MonitorCtx): MonitorOut {
  const [cmd = '', ...args] = line.trim().split(/\s+/).filter(Boolean);
  const same = (out: string): MonitorOut => ({ out, process: p });
  if (!cmd) return same('');
  const known = COMMANDS.find(([names]) => names.includes(cmd));
  if (!known) return same(`unknown command: '${cmd}'\n`);
  switch (known[0][0]) {
    case 'help': {
      if (!args.length) return same(`${COMMANDS.map((c) => c[1]).join('\n')}\n`);
      if (args[0] === 'info') return same(`${INFO.map((c) => c[1]).join('\n')}\n`);
      const c = COMMANDS.find(([names]) => names.includes(args[0]));
      return same(c ? `${c[1]}\n` : `unknown command: '${args[0]}'\n`);
    }
    case 'info':
      return same(info(p, args[0], ctx));
    case 'stop':
      return p.state === 'paused' ? same('') : { out: '', process: { ...p, state: 'paused', pausedAt: ctx.now } };
    case 'cont':
      return p.state === 'running'
        ? same('')
        : {
            out: '',
            process: {
              ...p,
              state: 'running',
              pausedMs: p.pausedMs + ctx.now - (p.pausedAt ?? ctx.now),
              pausedAt: undefined,
            },
          };
    case 'savevm':
      return same(savevm(p, args[0] ?? `vm-${stamp(ctx.now)}`, ctx));
    case 'loadvm':
    case 'delvm':
      return same(snapshotOp(p, known[0][0], args[0] ?? '', ctx));
    case 'system_reset':
      return same('');
    default:
      // quit, and system_powerdown: the lab's guests run an OS that powers off on ACPI's event, and QEMU then exits.
      return { out: '', process: null };
  }
}

function info(p: QemuProcess, what: string | undefined, ctx: MonitorCtx): string {
  if (!what) return `${INFO.map((c) => c[1]).join('\n')}\n`;
  switch (what) {
    case 'status':
      return `VM status: ${p.state}\n`;
    case 'kvm':
      return `kvm support: ${p.kvm ? 'enabled' : 'disabled'}\n`;
    case 'name':
      return p.name ? `${p.name}\n` : '';
    case 'uuid':
      return '00000000-0000-0000-0000-000000000000\n';
    case 'version':
      return `${ctx.version}\n`;
    case 'cpus':
      return Array.from({ length: p.vcpus }, (_, k) => `${k ? ' ' : '*'} CPU #${k}: thread_id=${p.pid + k + 1}\n`).join(
        '',
      );
    case 'network': {
      const user = ' index=0,type=user,net=10.0.2.0,restrict=off\n';
      const nic = 'e1000.0: index=0,type=nic,model=e1000,macaddr=52:54:00:12:34:56\n';
      const { nic: n, user: u } = p.net;
      if (!n && !u) return '';
      return `hub 0\n${u ? ` \\ hub0port${n ? 1 : 0}: #net${n ? 106 : 63}:${user}` : ''}${n ? ` \\ hub0port0: ${nic}` : ''}`;
    }
    case 'block':
      return `${p.disks
        .map(
          (d, k) =>
            `ide${k >> 1}-hd${k & 1} (#block${192 + 115 * k}): ${d.path} (${d.format})\n    Attached to:      /machine/unattached/device[${25 + k}]\n    Cache mode:       writeback\n`,
        )
        .join(
          '\n',
        )}\nide1-cd0: [not inserted]\n    Attached to:      /machine/unattached/device[27]\n    Removable device: not locked, tray closed\n`;
    case 'snapshots': {
      const snaps = p.disks.length && p.disks.every((d) => d.format === 'qcow2') ? images(p, ctx)[0]?.snapshots : [];
      const vm = (snaps ?? []).filter((s) => s.vm);
      return vm.length
        ? `List of snapshots present on all disks:\n${snapshotRows(vm, () => '--')}`
        : 'There is no snapshot available.\n';
    }
    default:
      return `unknown command: 'info ${what}'\n`;
  }
}

const images = (p: QemuProcess, ctx: MonitorCtx) =>
  p.disks.flatMap((d) => {
    const r = readImage(ctx.fs, d.path);
    return r.ok ? [r.image] : [];
  });

/** savevm: every writable disk must take internal snapshots (qcow2); the first also keeps the guest's memory. */
function savevm(p: QemuProcess, tag: string, ctx: MonitorCtx): string {
  const raw = p.disks.findIndex((d) => d.format !== 'qcow2');
  if (raw >= 0) return `Error: Device 'ide${raw >> 1}-hd${raw & 1}' is writable but does not support snapshots\n`;
  if (!p.disks.length) return 'Error: No block device can accept snapshots\n';
  p.disks.forEach((d, k) => {
    const img = images({ ...p, disks: [d] }, ctx)[0];
    const kept = img.snapshots.filter((s) => s.tag !== tag);
    const id = Math.max(0, ...img.snapshots.map((s) => s.id)) + 1;
    // The lab counts a quarter of the guest's memory as touched: that is the saved VM state.
    const vm = { size: k === 0 ? Math.round(p.memoryMiB * 2 ** 18) : 0, clockMs: at(p, ctx.now) };
    const snapshots = [...kept, { id, tag, date: Math.floor(ctx.now / 1000), vm }];
    ctx.fs.write(d.path, encodeImage({ ...img, snapshots, allocated: img.allocated + vm.size + 65536 }));
  });
  return '';
}

function snapshotOp(p: QemuProcess, op: string, tag: string, ctx: MonitorCtx): string {
  const found = images(p, ctx).every((img) => img.snapshots.some((s) => s.tag === tag && s.vm));
  if (op === 'loadvm')
    return found && p.disks.length ? '' : `Error: Snapshot '${tag}' does not exist in one or more devices\n`;
  for (const d of p.disks) {
    const img = images({ ...p, disks: [d] }, ctx)[0];
    if (img) ctx.fs.write(d.path, encodeImage({ ...img, snapshots: img.snapshots.filter((s) => s.tag !== tag) }));
  }
  return '';
}

import { typeBuiltin, which } from './command-type';
import { programFiles } from './programs';
import type { Host, World } from '../sim/types';
import { findHost } from '../sim/world';
import { coreutils } from './coreutils';
import type { ToolIo, ToolOut } from './tool-io';
import { fileTool } from './file-tools';
import { ls } from './ls';
import { grep } from './grep';
import { printf } from './printf';
import { lsmod } from './proc';
import { readlink } from './readlink';
import { sed } from './sed';
import { xendService } from './services';
import { guestTool, guestTools } from './images/guest-tools';
import { qemuCommands, qemuSystem } from './qemu/main';
import { kill, ps } from './qemu/ps';

/** A host tool also sees the world (lsmod, uname, xend) and may change it (ln/rm in /etc/xen/auto). */
export interface HostIo extends ToolIo {
  world: World;
  host: string;
}
export type HostToolOut = ToolOut & { world?: World };
type HostTool = (argv: string[], io: HostIo) => HostToolOut;

const HELP =
  'Commands: virsh, xm, xl and xentop (on Xen hosts), qemu-img, virt-install, virt-clone, qemu-system-x86_64 (kvm, qemu-kvm; on KVM hosts); ps, kill; echo, printf, cat, ls [-l|-1|-C|-x], cp, mv, rm, ln, readlink, sed [-i], grep, head, tail, wc, sort, cd, pwd; env, printenv, set -o vi, type, which, hash, command, test ([); for NAME in WORDS; do ...; done (typed on one line or several); jobs, fg, bg, wait; lsmod, uname, hostname, /etc/init.d/xend (service xend).\nRedirections and pipes: > >> < << | && ; &  Example: virsh dumpxml web01 > web02.xml; xl migrate pv-app xen1 &\nThe lab (on every host): undo [N] takes the last N commands back, redo [N] brings them again.\n';

/** What the console runs besides the host tools below: its builtins and virsh/xm/xl. */
const OWN = [
  'virsh',
  'xm',
  'xl',
  'cd',
  'pwd',
  'history',
  'set',
  'env',
  'printenv',
  'test',
  '[',
  'jobs',
  'fg',
  'bg',
  'wait',
];
/** Whether the console runs `name` (its own builtins, virsh/xm/xl, the tools below). */
export const known = (name: string) => name in hostTools || OWN.includes(name);
/** Every name the console runs. */
export const consoleNames = () => [...OWN, ...Object.keys(hostTools)];
/** The host's programs as files (programs.ts): the same two sets for every KVM host and every Xen host. */
const programsOf = {
  kvm: undefined as Record<string, string> | undefined,
  xen: undefined as Record<string, string> | undefined,
};
export function hostPrograms(h: Host): Record<string, string> {
  const kind = h.xen ? 'xen' : 'kvm';
  programsOf[kind] ??= programFiles(h, consoleNames(), known);
  return programsOf[kind];
}
/** The name of the program the file at `path` is (`/usr/bin/virsh` → virsh), if it is one. */
export const programAt = (h: Host, path: string) =>
  path in hostPrograms(h) ? path.slice(path.lastIndexOf('/') + 1) : undefined;
/**
 * Where `command -p NAME` finds a program: the first of glibc's standard PATH (confstr(_CS_PATH),
 * `/bin:/usr/bin` on Debian) holding it — `/bin/cat` on Debian 12, whose /bin is /usr/bin; never sbin.
 */
export const standardPath = (h: Host, name: string) =>
  ['/bin', '/usr/bin'].map((d) => `${d}/${name}`).find((p) => p in hostPrograms(h));
/** `name` as type and which look it up: a word, or a path naming one of the host's programs. */
export const lookup = (io: Pick<HostIo, 'fs' | 'world' | 'host'>) => (name: string) =>
  name.includes('/') ? !!programAt(findHost(io.world, io.host)!, io.fs.resolve(name)) : known(name);

/**
 * The host tools of a lab host's root shell, by name (the console's builtins are in console.ts). An
 * object with no prototype: a typed name is looked up in it, and `valueOf` or `constructor` must be
 * "command not found", not Object.prototype's methods.
 */
const TOOLS: Record<string, HostTool> = {
  ...coreutils,
  ls,
  sed,
  readlink,
  grep,
  printf,
  egrep: (argv, io) => grep(['-E', ...argv], io),
  lsmod: (_, io) => ({ stdout: lsmod(findHost(io.world, io.host)!), stderr: '', status: 0 }),
  uname: (argv, io) => ({
    stdout: argv.includes('-r')
      ? findHost(io.world, io.host)!.xen
        ? '3.16.0-4-amd64\n'
        : '6.1.0-13-amd64\n'
      : 'Linux\n',
    stderr: '',
    status: 0,
  }),
  hostname: (_, io) => ({ stdout: `${findHost(io.world, io.host)!.hostname}\n`, stderr: '', status: 0 }),
  ln: (argv, io) => fileTool('ln', argv, io),
  rm: (argv, io) => fileTool('rm', argv, io),
  '/etc/init.d/xend': (argv, io) => xendService(argv, io.world, io.host),
  service: (argv, io) =>
    argv[0] === 'xend'
      ? xendService(argv.slice(1), io.world, io.host)
      : { stdout: '', stderr: `${argv[0] ?? ''}: unrecognized service\n`, status: 1 },
  help: () => ({ stdout: HELP, stderr: '', status: 0 }),
  type: (argv, io) => typeBuiltin(argv, findHost(io.world, io.host)!, lookup(io)),
  which: (argv, io) => which(argv, findHost(io.world, io.host)!, lookup(io)),
  ps,
  kill,
  // QEMU by hand, without libvirt (lib/shell/qemu): the console becomes its monitor with -monitor stdio.
  ...Object.fromEntries(qemuCommands.map((t) => [t, (argv: string[], io: HostIo) => qemuSystem(t, argv, io)])),
  // qemu-img, virt-install, virt-clone and xentop (lib/shell/images).
  ...Object.fromEntries(guestTools.map((t) => [t, (argv: string[], io: HostIo) => guestTool(t, argv, io)])),
};
export const hostTools: Record<string, HostTool> = Object.assign(Object.create(null), TOOLS);

import type { World } from '../sim/types';
import { findHost } from '../sim/world';
import { coreutils } from './coreutils';
import { splitArgs, type Tool, type ToolIo, type ToolOut } from './tool-io';
import { errnoText } from './host-fs';
import { fileTool } from './file-tools';
import { ls } from './ls';
import { toJsRegex } from './posix-regex';
import { lsmod } from './proc';
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

/** `grep [-E] [-i] [-v] [-c] [-n] PATTERN [FILE]…`, with GNU grep's `FILE:` prefix when several files. */
const grep: Tool = (argv, io) => {
  const { flags, operands, values } = splitArgs(argv, 'e');
  // Each -e is one more pattern; without any, the first operand is the pattern.
  const given = values.filter(([k]) => k === 'e').map(([, v]) => v);
  const patterns = given.length ? given : operands.slice(0, 1);
  if (!given.length) operands.shift();
  if (patterns.length === 0)
    return {
      stdout: '',
      stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      status: 2,
    };
  let re: RegExp;
  try {
    const alternatives = patterns.map((p) => `(?:${toJsRegex(p, flags.has('E'))})`).join('|');
    re = new RegExp(alternatives, flags.has('i') ? 'i' : '');
  } catch {
    return { stdout: '', stderr: 'grep: Invalid regular expression\n', status: 2 };
  }
  let stdout = '';
  let stderr = '';
  let found = 0;
  const files = operands.length ? operands : ['-'];
  for (const f of files) {
    const r = f === '-' ? { ok: true as const, data: io.stdin ?? '' } : io.fs.read(io.fs.resolve(f));
    if (!r.ok) {
      stderr += `grep: ${f}: ${errnoText[r.errno]}\n`;
      continue;
    }
    const lines = r.data.replace(/\n$/, '').split('\n');
    const hits = lines.flatMap((l, k) =>
      r.data !== '' && re.test(l) !== flags.has('v') ? [`${flags.has('n') ? `${k + 1}:` : ''}${l}`] : [],
    );
    found += hits.length;
    const prefix = files.length > 1 ? `${f === '-' ? '(standard input)' : f}:` : '';
    stdout += flags.has('c') ? `${prefix}${hits.length}\n` : hits.map((l) => `${prefix}${l}\n`).join('');
  }
  return { stdout, stderr, status: stderr ? 2 : found ? 0 : 1 };
};

const HELP =
  'Commands: virsh, xm, xl and xentop (on Xen hosts), qemu-img, virt-install, virt-clone, qemu-system-x86_64 (kvm, qemu-kvm; on KVM hosts); ps, kill; echo, cat, ls [-l], cp, mv, rm, ln, sed [-i], grep, head, tail, wc, sort, cd, pwd; env, printenv, set -o vi; jobs, fg, bg, wait; lsmod, uname, hostname, /etc/init.d/xend (service xend).\nRedirections and pipes: > >> < << | && ; &  Example: virsh dumpxml web01 > web02.xml; xl migrate pv-app xen1 &\nThe lab (on every host): undo [N] takes the last N commands back, redo [N] brings them again.\n';

/** The host tools of a lab host's root shell, by name (the console's builtins are in console.ts). */
export const hostTools: Record<string, HostTool> = {
  ...coreutils,
  ls,
  sed,
  grep,
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
  ps,
  kill,
  // QEMU by hand, without libvirt (lib/shell/qemu): the console becomes its monitor with -monitor stdio.
  ...Object.fromEntries(qemuCommands.map((t) => [t, (argv: string[], io: HostIo) => qemuSystem(t, argv, io)])),
  // qemu-img, virt-install, virt-clone and xentop (lib/shell/images).
  ...Object.fromEntries(guestTools.map((t) => [t, (argv: string[], io: HostIo) => guestTool(t, argv, io)])),
};

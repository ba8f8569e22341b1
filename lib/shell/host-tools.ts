import type { World } from '../sim/types';
import { findHost } from '../sim/world';
import type { HostFs } from './host-fs';
import { errnoText } from './host-fs';
import { fileTool } from './file-tools';
import { sed } from './sed';
import { xendService } from './services';
import { guestTool, guestTools } from './images/guest-tools';

interface ToolCtx {
  world: World;
  host: string;
  fs: HostFs;
  pipeline: string[][];
  now?: number;
}
type ToolOut = { stdout: string; stderr: string; status: number; world?: World };

/** /proc/cpuinfo's flags line is what `grep -E 'vmx|svm' /proc/cpuinfo` inspects. */
function cpuinfo(world: World, host: string): string {
  const h = findHost(world, host)!;
  const n = h.cpu.nodes * h.cpu.sockets * h.cpu.cores * h.cpu.threads;
  return Array.from(
    { length: n },
    (_, i) =>
      `processor\t: ${i}\nvendor_id\t: ${h.cpu.vendor === 'AMD' ? 'AuthenticAMD' : 'GenuineIntel'}\nmodel name\t: ${h.cpu.model}\ncpu MHz\t\t: ${h.cpu.mhz}.000\nflags\t\t: fpu vme de pse tsc msr pae mce cx8 apic ${h.cpu.flags.join(' ')}\n\n`,
  ).join('');
}

function lsmod(world: World, host: string): string {
  const h = findHost(world, host)!;
  const rows = h.kernelModules.map(
    (m) =>
      `${m.padEnd(24)} ${String(40960 + m.length * 4096).padStart(7)}  ${m === 'kvm' ? 1 : 0}${m === 'kvm' ? ` ${h.kernelModules.find((x) => x.startsWith('kvm_')) ?? ''}` : ''}`,
  );
  return `Module                  Size  Used by\n${rows.join('\n')}${rows.length ? '\n' : ''}`;
}

function readVirtual(ctx: ToolCtx, path: string): { ok: true; data: string } | { ok: false; err: string } {
  if (path === '/proc/cpuinfo') return { ok: true, data: cpuinfo(ctx.world, ctx.host) };
  if (path === '/proc/modules') return { ok: true, data: lsmod(ctx.world, ctx.host) };
  const r = ctx.fs.read(ctx.fs.resolve(path));
  return r.ok ? { ok: true, data: r.data } : { ok: false, err: errnoText[r.errno] };
}

function grep(args: string[], input: string): ToolOut {
  const flags = args.filter((a) => a.startsWith('-'));
  const rest = args.filter((a) => !a.startsWith('-'));
  const pattern = rest[0] ?? '';
  let re: RegExp;
  try {
    re = new RegExp(
      flags.some((f) => f.includes('E')) ? pattern : pattern.replace(/\\\|/g, '|'),
      flags.some((f) => f.includes('i')) ? 'i' : '',
    );
  } catch {
    return { stdout: '', stderr: 'grep: Invalid regular expression\n', status: 2 };
  }
  const lines = input.split('\n').filter((l) => l !== '' && re.test(l));
  if (flags.some((f) => f.includes('c')))
    return { stdout: `${lines.length}\n`, stderr: '', status: lines.length ? 0 : 1 };
  return { stdout: lines.map((l) => `${l}\n`).join(''), stderr: '', status: lines.length ? 0 : 1 };
}

/** The few host tools a lesson needs: cat, ls, lsmod, grep/egrep, uname, hostname. */
export function hostTools(tool: string, argv: string[], ctx: ToolCtx): ToolOut {
  return pipeThrough(run(tool, argv, ctx, undefined), ctx);
}

/** Feeds a command's stdout through the rest of its pipeline (`xm dmesg | grep HVM`). */
export function pipeThrough(first: ToolOut, ctx: ToolCtx): ToolOut {
  let out = first;
  for (const [t, ...a] of ctx.pipeline) {
    const next = run(t, a, ctx, out.stdout);
    out = { ...next, stderr: out.stderr + next.stderr, world: next.world ?? out.world };
  }
  return out;
}

function run(tool: string, argv: string[], ctx: ToolCtx, stdin: string | undefined): ToolOut {
  const h = findHost(ctx.world, ctx.host)!;
  switch (tool) {
    case 'cat': {
      let stdout = '',
        stderr = '';
      for (const p of argv) {
        const r = readVirtual(ctx, p);
        if (r.ok) stdout += r.data;
        else stderr += `cat: ${p}: ${r.err}\n`;
      }
      return { stdout: argv.length ? stdout : (stdin ?? ''), stderr, status: stderr ? 1 : 0 };
    }
    case 'ls': {
      const dir = ctx.fs.resolve(argv.find((a) => !a.startsWith('-')) ?? '.');
      const names = new Set(ctx.fs.list(dir).map((f) => f.slice(dir.length + (dir === '/' ? 0 : 1)).split('/')[0]));
      if (!names.size)
        return { stdout: '', stderr: `ls: cannot access '${dir}': No such file or directory\n`, status: 2 };
      return { stdout: `${[...names].sort().join('\n')}\n`, stderr: '', status: 0 };
    }
    case 'lsmod':
      return { stdout: lsmod(ctx.world, ctx.host), stderr: '', status: 0 };
    case 'grep':
    case 'egrep': {
      const args = tool === 'egrep' ? ['-E', ...argv] : argv;
      const files = args.filter((a) => !a.startsWith('-')).slice(1);
      if (!files.length) return grep(args, stdin ?? '');
      const r = readVirtual(ctx, files[0]);
      return r.ok
        ? grep(
            args.filter((a) => a !== files[0]),
            r.data,
          )
        : { stdout: '', stderr: `grep: ${files[0]}: ${r.err}\n`, status: 2 };
    }
    case 'uname':
      return {
        stdout: argv.includes('-r') ? (h.xen ? '3.16.0-4-amd64\n' : '6.1.0-13-amd64\n') : 'Linux\n',
        stderr: '',
        status: 0,
      };
    case 'ln':
    case 'rm':
      return fileTool(tool, argv, { world: ctx.world, host: ctx.host, fs: ctx.fs, now: ctx.now ?? 0 });
    case 'sed':
      return sed(argv, ctx.fs, stdin);
    case '/etc/init.d/xend':
    case 'xend':
      return xendService(argv, ctx.world, ctx.host);
    case 'service':
      return argv[0] === 'xend'
        ? xendService(argv.slice(1), ctx.world, ctx.host)
        : { stdout: '', stderr: `${argv[0] ?? ''}: unrecognized service\n`, status: 1 };
    case 'hostname':
      return { stdout: `${h.hostname}\n`, stderr: '', status: 0 };
    case 'help':
      return {
        stdout:
          'Commands: virsh, xm, xl and xentop (on Xen hosts), qemu-img, virt-install, virt-clone, cat, ls, ln, rm, sed, lsmod, grep, egrep, uname, hostname, /etc/init.d/xend (service xend).\nExample: virsh list --all\n',
        stderr: '',
        status: 0,
      };
    default:
      if ((guestTools as readonly string[]).includes(tool)) return guestTool(tool, argv, ctx);
      return { stdout: '', stderr: `-bash: ${tool}: command not found\n`, status: 127 };
  }
}

import { domainProcessKilled } from '../../sim/ops/lifecycle';
import { isActive } from '../../sim/states';
import type { Host, World } from '../../sim/types';
import { currentDef, domainName, findHost, updateHost } from '../../sim/world';

type Out = { stdout: string; stderr: string; status: number; world?: World };
interface Proc {
  user: string;
  pid: number;
  memKiB: number;
  cpu: number;
  startedAt: number;
  stat: string;
  tty: string;
  cmd: string;
}

/** The process id of a running libvirt guest's QEMU (the lab's own numbering). */
export const guestPid = (id: number) => 2100 + id;

/** libvirt's QEMU command line for a guest, as far as ps shows the part that matters: the name, memory, CPUs, and a QMP monitor on a socket. */
function libvirtCmdline(h: Host, d: Host['domains'][number]): string {
  const def = currentDef(d);
  const mem = Math.floor(def.memoryKiB / 1024);
  return `/usr/bin/qemu-system-x86_64 -name guest=${def.name},debug-threads=on -S -object {"qom-type":"secret","id":"masterKey0","format":"raw","file":"/var/lib/libvirt/qemu/domain-${d.id}-${def.name}/master-key.aes"} -machine pc-q35-7.2,usb=off,dump-guest-core=off -accel ${h.driver === 'qemu' ? 'kvm' : 'tcg'} -cpu host -m ${mem} -smp ${def.vcpus},sockets=${def.vcpus},cores=1,threads=1 -uuid ${d.uuid} -no-user-config -nodefaults -chardev socket,id=charmonitor,fd=31,server=on,wait=off -mon chardev=charmonitor,id=monitor,mode=control`;
}

function processes(h: Host, now: number, self: string): Proc[] {
  const boot = now - 3 * 86_400_000;
  const sys = (pid: number, cmd: string, stat = 'Ss'): Proc => ({
    user: 'root',
    pid,
    memKiB: 4096,
    cpu: 0,
    startedAt: boot,
    stat,
    tty: '?',
    cmd,
  });
  const list: Proc[] = [sys(1, '/sbin/init')];
  if (h.xen)
    list.push(
      sys(402, '/usr/sbin/oxenstored --pid-file /var/run/xenstored.pid'),
      sys(415, '/usr/sbin/xenconsoled --pid-file=/var/run/xenconsoled.pid', 'Ssl'),
    );
  if (h.driver === 'qemu') {
    list.push(sys(612, '/usr/sbin/libvirtd --timeout 120', 'Ssl'));
    for (const d of h.domains.filter((x) => isActive(x.state) && x.id !== null))
      list.push({
        user: 'libvirt+',
        pid: guestPid(d.id!),
        memKiB: currentDef(d).currentMemoryKiB,
        cpu: d.state === 'running' ? 2.1 : 0,
        startedAt: d.startedAt ?? boot,
        stat: 'Sl',
        tty: '?',
        cmd: libvirtCmdline(h, d),
      });
  }
  for (const p of h.qemu ?? [])
    list.push({
      user: 'root',
      pid: p.pid,
      memKiB: p.memoryMiB * 1024,
      cpu: p.state === 'running' ? 1.4 : 0,
      startedAt: p.startedAt,
      stat: p.monitor ? 'Sl+' : 'Sl',
      tty: p.monitor ? 'pts/0' : '?',
      cmd: p.argv.join(' '),
    });
  list.push(sys(2051, '-bash', 'Ss'), { ...sys(4999, self, 'R+'), startedAt: now, tty: 'pts/0' });
  return list.sort((a, b) => a.pid - b.pid);
}

const hhmm = (t: number) => new Date(t).toISOString().slice(11, 16);
const cputime = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

/** `ps`, `ps aux` (BSD) and `ps -ef` (System V), with procps-ng's columns. */
export function ps(argv: string[], io: { world: World; host: string; now: number }): Out {
  const h = findHost(io.world, io.host)!;
  const all = processes(h, io.now, `ps${argv.length ? ` ${argv.join(' ')}` : ''}`);
  const secs = (p: Proc) => ((io.now - p.startedAt) / 1000) * (p.cpu / 100);
  const opt = argv.join('').replace(/^-/, '');
  if (!['', 'aux', 'axu', 'ax', 'e', 'ef'].includes(opt))
    return {
      stdout: '',
      stderr: `error: unsupported option (BSD syntax)\n\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n`,
      status: 1,
    };
  if (opt.startsWith('e'))
    return {
      stdout: `UID          PID    PPID  C STIME TTY          TIME CMD\n${all
        .map(
          (p) =>
            `${p.user.padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.pid === 1 ? 0 : 1).padStart(7)}  ${Math.floor(p.cpu)} ${hhmm(p.startedAt)} ${p.tty.padEnd(8)} ${new Date(secs(p) * 1000).toISOString().slice(11, 19)} ${p.cmd}\n`,
        )
        .join('')}`,
      stderr: '',
      status: 0,
    };
  if (opt)
    return {
      stdout: `USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n${all
        .map((p) => {
          const mem = ((p.memKiB / 4 / h.memoryKiB) * 100).toFixed(1);
          const vsz = String(p.memKiB + 150_000);
          return `${p.user.padEnd(8)} ${String(p.pid).padStart(7)} ${p.cpu.toFixed(1).padStart(4)} ${mem.padStart(4)} ${vsz.padStart(6)} ${String(Math.floor(p.memKiB / 4)).padStart(5)} ${p.tty.padEnd(8)} ${p.stat.padEnd(4)} ${hhmm(p.startedAt)} ${cputime(secs(p)).padStart(6)} ${p.cmd}\n`;
        })
        .join('')}`,
      stderr: '',
      status: 0,
    };
  const mine = all.filter((p) => p.tty === 'pts/0' || p.cmd === '-bash');
  return {
    stdout: `    PID TTY          TIME CMD\n${mine
      .map(
        (p) =>
          `${String(p.pid).padStart(7)} ${'pts/0'.padEnd(8)} 00:00:00 ${p.cmd
            .replace(/^-/, '')
            .split(/[ /]/)
            .filter(Boolean)
            .at(p.cmd.startsWith('/') ? -1 : 0)}\n`,
      )
      .join('')}`,
    stderr: '',
    status: 0,
  };
}

/** procps-ng 4.0's usage text (Debian 12's /usr/bin/kill), on stderr when it is given no pid. */
const PROCPS_KILL_USAGE = `
Usage:
 kill [options] <pid> [...]

Options:
 <pid> [...]            send signal to every <pid> listed
 -<signal>, -s, --signal <signal>
                        specify the <signal> to be sent
 -q, --queue <value>    integer value to be sent with the signal
 -l, --list=[<signal>]  list all signal names, or convert one to a name
 -L, --table            list all signal names in a nice table

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see kill(1).
`;

/** Linux's signal names 1–31 (x86), as procps-ng's kill -l lists them. */
const SIGNALS =
  'HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT CHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH POLL PWR SYS'.split(
    ' ',
  );

/** procps-ng's `kill -l [SIG]` (a name for a number, a number for a name; the first only) and `-L`. */
function procpsKillList(argv: string[], procps: string): Omit<Out, 'world'> | null {
  const a = argv[0];
  if (a === '-L' || a === '--table')
    return {
      stdout: '',
      stderr: `virtlab: ${procps} -L is not simulated; ${procps} -l lists the signals\n`,
      status: 1,
    };
  if (a !== '-l' && a !== '--list') return null;
  const sig = argv[1];
  if (sig === undefined)
    return { stdout: `${SIGNALS.slice(0, 16).join(' ')}\n${SIGNALS.slice(16).join(' ')}\n`, stderr: '', status: 0 };
  const n = /^\d+$/.test(sig) ? Number(sig) : SIGNALS.indexOf(sig.replace(/^SIG/, '')) + 1;
  if (n >= 1 && n <= SIGNALS.length)
    return { stdout: /^\d+$/.test(sig) ? `${SIGNALS[n - 1]}\n` : `${n}\n`, stderr: '', status: 0 };
  return { stdout: '', stderr: `${procps}: unknown signal name ${sig}\n`, status: 0 };
}

/**
 * `kill [-9|-KILL|-s SIG] PID…`: ends a QEMU started by hand; SIGKILL to a libvirt guest's QEMU is a crash to
 * libvirt. Typed as `kill` it is bash's builtin; named by its path (`/bin/kill`, `/usr/bin/kill`, `./kill`:
 * `procps` is that name) it is procps-ng's program, which words its errors after the name it was run by
 * (`/bin/kill: (4242): No such process`), stops at the first word that is not a pid (`failed to parse
 * argument: 'abc'`) and prints its usage when given none.
 */
export function kill(argv: string[], io: { world: World; host: string; now: number }, procps?: string): Out {
  let world = io.world;
  let stderr = '';
  let sig = 'TERM';
  const pids: string[] = [];
  if (procps) {
    const listed = procpsKillList(argv, procps);
    if (listed) return { ...listed, world };
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    // procps: `--` ends the options; -s/-n want their signal.
    if (procps && a === '--') {
      pids.push(...argv.slice(i + 1));
      break;
    }
    if (procps && (a === '-s' || a === '-n') && argv[i + 1] === undefined)
      return { stdout: '', stderr: `${procps}: invalid argument ${a[1]}\n${PROCPS_KILL_USAGE}`, status: 1, world };
    if (a === '-s' || a === '-n') sig = (argv[++i] ?? '').replace(/^SIG/, '');
    else if (/^-(\d+|[A-Z]+)$/.test(a)) sig = a.slice(1).replace(/^SIG/, '');
    else pids.push(a);
  }
  if (!pids.length)
    return procps
      ? { stdout: '', stderr: PROCPS_KILL_USAGE, status: 1 }
      : {
          stdout: '',
          stderr: 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n',
          status: 2,
        };
  const who = procps ? `${procps}: ` : '-bash: kill: ';
  const hard = sig === '9' || sig === 'KILL';
  for (const a of pids) {
    const pid = Number(a);
    const h = findHost(world, io.host)!;
    if (!/^\d+$/.test(a)) {
      if (procps) {
        stderr += `${who}failed to parse argument: '${a}'\n`;
        break;
      }
      stderr += `${who}${a}: arguments must be process or job IDs\n`;
      continue;
    }
    if ((h.qemu ?? []).some((p) => p.pid === pid)) {
      world = updateHost(world, io.host, (x) => ({ ...x, qemu: (x.qemu ?? []).filter((p) => p.pid !== pid) }));
      continue;
    }
    const guest = h.domains.find((d) => isActive(d.state) && d.id !== null && guestPid(d.id) === pid);
    if (guest && h.driver === 'qemu') {
      if (!hard) {
        stderr += `${who}VirtLab models only SIGKILL (kill -9) of a guest libvirt started (${domainName(guest)}); use virsh shutdown or virsh destroy\n`;
        continue;
      }
      const r = domainProcessKilled({ world, host: io.host, now: io.now }, guest.uuid);
      if (r.ok) world = r.value.world;
      continue;
    }
    if (processes(h, io.now, 'ps').some((p) => p.pid === pid)) {
      stderr += `${who}VirtLab does not model signals to process ${pid}\n`;
      continue;
    }
    stderr += procps ? `${who}(${pid}): No such process\n` : `${who}(${pid}) - No such process\n`;
  }
  return { stdout: '', stderr, status: stderr ? 1 : 0, world };
}

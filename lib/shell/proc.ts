import type { Host } from '../sim/types';

/** /proc/cpuinfo: its flags line is what `grep -E 'vmx|svm' /proc/cpuinfo` inspects. */
function cpuinfo(h: Host): string {
  const n = h.cpu.nodes * h.cpu.sockets * h.cpu.cores * h.cpu.threads;
  return Array.from(
    { length: n },
    (_, i) =>
      `processor\t: ${i}\nvendor_id\t: ${h.cpu.vendor === 'AMD' ? 'AuthenticAMD' : 'GenuineIntel'}\nmodel name\t: ${h.cpu.model}\ncpu MHz\t\t: ${h.cpu.mhz}.000\nflags\t\t: fpu vme de pse tsc msr pae mce cx8 apic ${h.cpu.flags.join(' ')}\n\n`,
  ).join('');
}

/** lsmod's table (it formats /proc/modules). */
export function lsmod(h: Host): string {
  const rows = h.kernelModules.map(
    (m) =>
      `${m.padEnd(24)} ${String(40960 + m.length * 4096).padStart(7)}  ${m === 'kvm' ? 1 : 0}${m === 'kvm' ? ` ${h.kernelModules.find((x) => x.startsWith('kvm_')) ?? ''}` : ''}`,
  );
  return `Module                  Size  Used by\n${rows.join('\n')}${rows.length ? '\n' : ''}`;
}

/** The kernel's files a lesson reads: computed from the host, never written. */
export function procFile(h: Host, path: string): string | undefined {
  if (path === '/proc/cpuinfo') return cpuinfo(h);
  if (path === '/proc/modules') return lsmod(h);
  return undefined;
}

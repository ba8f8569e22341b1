import { freeMemoryKiB } from '../../sim/host-memory';
import type { Host } from '../../sim/types';
import { nrCpus } from './view';

/**
 * The host facts `xm info` (XendNode.info) and `xl info` (xl_cmdimpl.c print_info) print.
 * Whether the CPU can run HVM guests shows twice: virt_caps has "hvm" and xen_caps lists
 * hvm-3.0-* only when Xen found VT-x/AMD-V (see also `xm dmesg`).
 */
export const hvmCapable = (h: Host) => h.cpu.flags.some((f) => f === 'vmx' || f === 'svm');

/** Build facts of the lab's Xen 4.4.4 packages (Debian 8); invented but plausible. */
const BUILD = {
  release: '3.16.0-4-amd64',
  version: '#1 SMP Debian 3.16.7-ckt20-1+deb8u3 (2016-01-17)',
  machine: 'x86_64',
  changeset: 'unavailable',
  compiler: 'gcc (Debian 4.9.2-10) 4.9.2',
  compileBy: 'pkg-xen-devel',
  compileDomain: 'lists.alioth.debian.org',
  compileDate: 'Wed Dec 16 12:53:05 UTC 2015',
};

function hwCaps(h: Host): string {
  const words = hvmCapable(h)
    ? ['bfebfbff', '77fafbff', '2c100800', '00000021', '00000001', '000027ab', '00000000', '00000100']
    : ['bfebfbff', '0000441d', '00000000', '00000000', '0000441d', '00000000', '00000000', '00000000'];
  return words.join(':');
}

export interface XenHostFacts {
  host: string;
  nrCpus: number;
  nrNodes: number;
  coresPerSocket: number;
  threadsPerCore: number;
  cpuMhz: number;
  hwCaps: string;
  virtCaps: string[];
  totalMiB: number;
  freeMiB: number;
  xenMajor: number;
  xenMinor: number;
  xenExtra: string;
  xenCaps: string;
  commandline: string;
}

export function hostFacts(h: Host): XenHostFacts {
  const [major, minor, ...rest] = (h.xen?.version ?? '4.4.4').split('.');
  const totalMiB = Math.floor(h.memoryKiB / 1024);
  const cmdline = h.xen?.dmesg.map((l) => /Command line: (.*)$/.exec(l)?.[1]).find((x) => x !== undefined) ?? '';
  const hvm = hvmCapable(h);
  return {
    host: h.name,
    nrCpus: nrCpus(h),
    nrNodes: h.cpu.nodes,
    coresPerSocket: h.cpu.cores,
    threadsPerCore: h.cpu.threads,
    cpuMhz: h.cpu.mhz,
    hwCaps: hwCaps(h),
    virtCaps: hvm ? ['hvm', 'hvm_directio'] : [],
    totalMiB,
    freeMiB: Math.max(0, Math.floor(freeMemoryKiB(h) / 1024)),
    xenMajor: Number(major),
    xenMinor: Number(minor),
    xenExtra: rest.length ? `.${rest.join('.')}` : '',
    xenCaps: [
      'xen-3.0-x86_64',
      'xen-3.0-x86_32p',
      ...(hvm ? ['hvm-3.0-x86_32', 'hvm-3.0-x86_32p', 'hvm-3.0-x86_64'] : []),
    ].join(' '),
    commandline: cmdline,
  };
}

const XEN_TAIL = (f: XenHostFacts): [string, string][] => [
  ['xen_caps', f.xenCaps],
  ['xen_scheduler', 'credit'],
  ['xen_pagesize', '4096'],
  ['platform_params', 'virt_start=0xffff800000000000'],
  ['xen_changeset', BUILD.changeset],
  ['xen_commandline', f.commandline],
  ['cc_compiler', BUILD.compiler],
  ['cc_compile_by', BUILD.compileBy],
  ['cc_compile_domain', BUILD.compileDomain],
  ['cc_compile_date', BUILD.compileDate],
];

/** `xm info`: print "%-23s:" % key, value — Python's print puts one space before the value. */
export function xmInfo(h: Host, _now: number): string {
  const f = hostFacts(h);
  const rows: [string, string | number][] = [
    ['host', f.host],
    ['release', BUILD.release],
    ['version', BUILD.version],
    ['machine', BUILD.machine],
    ['nr_cpus', f.nrCpus],
    ['nr_nodes', f.nrNodes],
    ['cores_per_socket', f.coresPerSocket],
    ['threads_per_core', f.threadsPerCore],
    ['cpu_mhz', f.cpuMhz],
    ['hw_caps', f.hwCaps],
    ['virt_caps', f.virtCaps.join(' ')],
    ['total_memory', f.totalMiB],
    ['free_memory', f.freeMiB],
    ['free_cpus', 0],
    ['xen_major', f.xenMajor],
    ['xen_minor', f.xenMinor],
    ['xen_extra', f.xenExtra],
    ...XEN_TAIL(f),
    ['xend_config_format', 4],
  ];
  return rows.map(([k, v]) => `${k.padEnd(23)}: ${v}\n`).join('');
}

/** `xl info` (Xen 4.4): its own order, max_cpu_id, sharing/claims lines and xen_version. */
export function xlInfo(h: Host, _now: number): string {
  const f = hostFacts(h);
  const row = (k: string, v: string | number) => `${k.padEnd(23)}: ${v}\n`;
  return [
    row('host', f.host),
    row('release', BUILD.release),
    row('version', BUILD.version),
    row('machine', BUILD.machine),
    row('nr_cpus', f.nrCpus),
    row('max_cpu_id', f.nrCpus - 1),
    row('nr_nodes', f.nrNodes),
    row('cores_per_socket', f.coresPerSocket),
    row('threads_per_core', f.threadsPerCore),
    row('cpu_mhz', f.cpuMhz),
    row('hw_caps', f.hwCaps),
    `${'virt_caps'.padEnd(23)}:${f.virtCaps.map((c) => ` ${c}`).join('')}\n`,
    row('total_memory', f.totalMiB),
    row('free_memory', f.freeMiB),
    row('sharing_freed_memory', 0),
    row('sharing_used_memory', 0),
    row('outstanding_claims', 0),
    row('free_cpus', 0),
    row('xen_major', f.xenMajor),
    row('xen_minor', f.xenMinor),
    row('xen_extra', f.xenExtra),
    row('xen_version', `${f.xenMajor}.${f.xenMinor}${f.xenExtra}`),
    ...XEN_TAIL(f).map(([k, v]) => row(k, v)),
    row('xend_config_format', 4),
  ].join('');
}

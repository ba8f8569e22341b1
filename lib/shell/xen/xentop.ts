import { freeMemoryKiB } from '../../sim/host-memory';
import type { Host } from '../../sim/types';
import { right } from './printf';
import { nrCpus, type XenDomain, libxlDomains } from './view';

/**
 * xentop as Xen 4.4 prints it (tools/xenstat/xentop/xentop.c): one row per running domain, sorted
 * by name (sort_field FIELD_DOMID indexes the NAME column), fields joined by one space. Batch mode
 * (-b) prints only the table; the full screen adds the summary above and the key line below.
 * The simulator keeps no per-guest I/O counters, so the network and block columns read 0.
 */
const HEADER: [string, number][] = [
  ['NAME', 10],
  ['STATE', 6],
  ['CPU(sec)', 10],
  ['CPU(%)', 6],
  ['MEM(k)', 10],
  ['MEM(%)', 6],
  ['MAXMEM(k)', 10],
  ['MAXMEM(%)', 9],
  ['VCPUS', 5],
  ['NETS', 4],
  ['NETTX(k)', 8],
  ['NETRX(k)', 8],
  ['VBDS', 4],
  ['VBD_OO', 8],
  ['VBD_RD', 8],
  ['VBD_WR', 8],
  ['VBD_RSECT', 10],
  ['VBD_WSECT', 10],
  ['SSID', 4],
];

/** xenstat's flags in xentop's order: dying, shutdown, blocked, crashed, paused, running. */
const STATE: Record<string, string> = {
  running: '-----r',
  idle: '--b---',
  paused: '----p-',
  crashed: '---c--',
  'in shutdown': '-s----',
  pmsuspended: '-s----',
};

function row(h: Host, x: XenDomain, cpuPct: number): string {
  const def = x.domain ? (x.domain.live ?? x.domain.config)! : null;
  const totKiB = h.memoryKiB;
  const memKiB = x.memMiB * 1024;
  const maxKiB = def ? def.memoryKiB : null;
  const cells = [
    right(x.name.slice(0, 10), 10),
    STATE[x.state] ?? '------',
    right(Math.floor(x.cpuTimeS), 10),
    fixed(cpuPct, 6, 1),
    right(memKiB, 10),
    fixed((memKiB / totKiB) * 100, 6, 1),
    maxKiB === null ? right('no limit', 10) : right(maxKiB, 10),
    maxKiB === null ? right('n/a', 9) : fixed((maxKiB / totKiB) * 100, 9, 1),
    right(x.vcpus, 5),
    right(def?.interfaces.length ?? 0, 4),
    right(0, 8),
    right(0, 8),
    right(def?.disks.length ?? 0, 4),
    ...[8, 8, 8, 10, 10].map((w) => right(0, w)),
    right(0, 4),
  ];
  return `${cells.join(' ')}\n`;
}

/** C's %W.Pf: an exact binary tie (6.25) rounds to even, as glibc does; toFixed would round it up. */
function fixed(x: number, width: number, prec: number): string {
  const scaled = x * 10 ** prec;
  const tie = Number.isInteger(scaled * 2) && !Number.isInteger(scaled);
  const n = tie ? (Math.floor(scaled) % 2 === 0 ? Math.floor(scaled) : Math.ceil(scaled)) / 10 ** prec : x;
  return n.toFixed(prec).padStart(width);
}

const header = () => `${HEADER.map(([t, w]) => right(t, w)).join(' ')}\n`;

/** One table: CPU(%) is 0.0 in the first frame (no earlier sample), then the change over `delayS`. */
function frame(h: Host, now: number, delayS: number, first: boolean): string {
  const earlier = new Map(libxlDomains(h, now - delayS * 1000).map((x) => [x.uuid, x.cpuTimeS]));
  const doms = libxlDomains(h, now).sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
  const pct = (x: XenDomain) => (first ? 0 : ((x.cpuTimeS - (earlier.get(x.uuid) ?? x.cpuTimeS)) / delayS) * 100);
  return header() + doms.map((x) => row(h, x, pct(x))).join('');
}

function summary(h: Host, now: number): string {
  const doms = libxlDomains(h, now);
  const count = (s: string) => doms.filter((x) => x.state === s).length;
  const free = Math.max(0, freeMemoryKiB(h));
  const time = new Date(now).toISOString().slice(11, 19);
  return (
    `xentop - ${time}   Xen ${h.xen!.version}\n` +
    `${doms.length} domains: ${count('running')} running, ${count('idle')} blocked, ${count('paused')} paused, ${count('crashed')} crashed, 0 dying, ${count('in shutdown')} shutdown \n` +
    `Mem: ${h.memoryKiB}k total, ${h.memoryKiB - free}k used, ${free}k free    CPUs: ${nrCpus(h)} @ ${h.cpu.mhz}MHz\n`
  );
}

export const XENTOP_USAGE = `Usage: xentop [OPTION]
Displays ongoing information about xen vm resources 

-h, --help           display this help and exit
-V, --version        output version information and exit
-d, --delay=SECONDS  seconds between updates (default 3)
-n, --networks       output vif network data
-x, --vbds           output vbd block device data
-r, --repeat-header  repeat table header before each domain
-v, --vcpus          output vcpu data
-b, --batch	     output in batch mode, no user input accepted
-i, --iterations     number of iterations before exiting
-f, --full-name      output the full domain name (not truncated)

Report bugs to <xen-tools@lists.xen.org>.
`;

/** `xentop [-b] [-i N] [-d S]`; without -b, one full-screen frame (the console shows what the terminal would). */
export function xentop(argv: string[], h: Host, now: number): { stdout: string; stderr: string; status: number } {
  let batch = false;
  let iterations = 1;
  let delay = 3;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') return { stdout: XENTOP_USAGE, stderr: '', status: 0 };
    if (a === '-b' || a === '--batch') batch = true;
    else if (a === '-i' || a === '--iterations') iterations = Math.max(1, Number.parseInt(argv[++i] ?? '', 10) || 1);
    else if (a === '-d' || a === '--delay') delay = Math.max(1, Number.parseInt(argv[++i] ?? '', 10) || 3);
    else if (/^--(iterations|delay)=/.test(a)) {
      const v = Number.parseInt(a.split('=')[1], 10) || 1;
      if (a.startsWith('--iterations')) iterations = v;
      else delay = v;
    } else if (
      !['-n', '-x', '-r', '-v', '-f', '--networks', '--vbds', '--repeat-header', '--vcpus', '--full-name'].includes(a)
    )
      return { stdout: '', stderr: `xentop: invalid option -- '${a.replace(/^-+/, '')}'\n${XENTOP_USAGE}`, status: 1 };
  }
  if (!batch)
    return {
      stdout: `${summary(h, now)}${frame(h, now, delay, true)}\n  Delay  Networks  vBds  Tmem  VCPUs  Repeat header  Sort order  Quit  \n`,
      stderr: '',
      status: 0,
    };
  const frames = Array.from({ length: iterations }, (_, k) => frame(h, now + k * delay * 1000, delay, k === 0));
  return { stdout: frames.join(''), stderr: '', status: 0 };
}

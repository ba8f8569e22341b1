import { freeMemoryKiB } from '../../../sim/host-memory';
import { formatCapabilities, formatSysinfo } from '../../../sim/xml/capabilities';
import type { VirshCommand } from './types';
import { hostMapCpus } from './pinning';

const node = (label: string, value: string | number) => `${`${label}:`.padEnd(21)}${value}\n`;

const nodeinfo: VirshCommand = {
  name: 'nodeinfo',
  readOnly: true,
  xm: 'xm info',
  xl: 'xl info',
  run(c) {
    const { cpu, memoryKiB } = c.host();
    c.print(
      node('CPU model', cpu.model) +
        node('CPU(s)', cpu.nodes * cpu.sockets * cpu.cores * cpu.threads) +
        node('CPU frequency', `${cpu.mhz} MHz`) +
        node('CPU socket(s)', cpu.sockets) +
        node('Core(s) per socket', cpu.cores) +
        node('Thread(s) per core', cpu.threads) +
        node('NUMA cell(s)', cpu.nodes) +
        node('Memory size', `${memoryKiB} KiB`),
    );
    return true;
  },
};

const nodecpumap: VirshCommand = {
  name: 'nodecpumap',
  readOnly: true,
  xm: 'xm info',
  xl: 'xl info',
  run(c) {
    const h = c.host();
    const n = hostMapCpus(h);
    const online = h.cpu.onlineMask ?? Array.from({ length: n }, (_, i) => i);
    const map = Array.from({ length: n }, (_, i) => (online.includes(i) ? 'y' : '-')).join('');
    c.print(
      c.has('pretty')
        ? `CPUs present:   ${n}\nCPUs online:    ${online.length}\nCPU map:        ${formatList(online)}\n`
        : `CPUs present:   ${n}\nCPUs online:    ${online.length}\nCPU map:        ${map}\n`,
    );
    return true;
  },
};

function formatList(cpus: number[]) {
  const out: string[] = [];
  for (let i = 0; i < cpus.length; ) {
    let j = i;
    while (j + 1 < cpus.length && cpus[j + 1] === cpus[j] + 1) j++;
    out.push(j > i ? `${cpus[i]}-${cpus[j]}` : `${cpus[i]}`);
    i = j + 1;
  }
  return out.join(',');
}

const freecell: VirshCommand = {
  name: 'freecell',
  readOnly: true,
  xm: 'xm info',
  xl: 'xl info',
  run(c) {
    if (!c.exclusive('all', 'cellno')) return false;
    const h = c.host();
    // The lab's hosts have one cell, whose free memory is what their guests leave (as start and migrate count it).
    const cells = h.driver === 'test' ? h.cellsFreeKiB : [Math.max(0, freeMemoryKiB(h))];
    const cell = c.int('cellno');
    if (cell === null) return false;
    if (c.has('all')) {
      const total = cells.reduce((a, b) => a + b, 0);
      c.print(cells.map((kib, i) => `${String(i).padStart(5)}: ${String(kib).padStart(10)} KiB\n`).join(''));
      c.extra(`--------------------\n${'Total'.padStart(5)}: ${String(total).padStart(10)} KiB\n`);
      return true;
    }
    if (cell !== undefined) {
      if (cell < 0) {
        c.libvirtError({
          code: 'INVALID_ARG',
          message: 'startCell in virNodeGetCellsFreeMemory must be zero or greater',
        });
        return false;
      }
      if (cell >= cells.length) {
        c.libvirtError({ code: 'INVALID_ARG', message: 'invalid argument: Range exceeds available cells' });
        return false;
      }
      c.print(`${cell}: ${cells[cell]} KiB\n`);
      return true;
    }
    // virNodeGetFreeMemory: the test driver's cells have half their memory free; a node file has no cells.
    const free = h.driver === 'test' ? cells.reduce((a, b) => a + b, 0) / 2 : cells.reduce((a, b) => a + b, 0);
    if (free === 0) {
      c.error('An error occurred, but the cause is unknown');
      return false;
    }
    c.print(`Total: ${free} KiB\n`);
    return true;
  },
};

const hostname: VirshCommand = {
  name: 'hostname',
  readOnly: true,
  xm: 'xm info',
  xl: 'xl info',
  run(c) {
    const h = c.host();
    c.print(`${h.driver === 'test' ? c.s.localHostname : h.hostname}\n`);
    return true;
  },
};

const uri: VirshCommand = {
  name: 'uri',
  readOnly: true,
  xm: { none: 'xm always talks to the local xend' },
  xl: { none: 'xl always talks to the local libxl' },
  run(c) {
    c.print(`${c.s.uri}\n`);
    return true;
  },
};

const version: VirshCommand = {
  name: 'version',
  readOnly: true,
  xm: 'xm info',
  xl: 'xl info',
  run(c) {
    const h = c.host();
    const api = h.driver === 'test' ? 'TEST' : h.driver === 'qemu' ? 'QEMU' : 'LIBXL';
    c.print(
      `Compiled against library: libvirt 9.0.0\nUsing library: libvirt 9.0.0\nUsing API: ${api} 9.0.0\nRunning hypervisor: ${h.hypervisor} ${h.hypervisorVersion}\n`,
    );
    if (c.has('daemon')) c.print('Running against daemon: 9.0.0\n');
    return true;
  },
};

const capabilities: VirshCommand = {
  name: 'capabilities',
  readOnly: true,
  xm: 'xm info',
  xl: 'xl info',
  run(c) {
    c.print(`${formatCapabilities(c.host())}\n`);
    return true;
  },
};

const sysinfo: VirshCommand = {
  name: 'sysinfo',
  readOnly: true,
  xm: { none: 'xm has no SMBIOS query: run dmidecode in Domain-0' },
  xl: { none: 'xl has no SMBIOS query: run dmidecode in Domain-0' },
  run(c) {
    c.print(formatSysinfo(c.host()));
    return true;
  },
};

export const hostCommands = [nodeinfo, nodecpumap, freecell, hostname, uri, version, capabilities, sysinfo];

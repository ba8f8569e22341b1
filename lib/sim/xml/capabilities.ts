import { quirks } from '../drivers';
import type { Host } from '../types';

/**
 * virConnectGetCapabilities as virCapabilitiesFormatXML lays it out. The test driver's host is
 * an i686 with pae/nonpae, four page sizes and its NUMA cells (none for a node file); its
 * guests are hvm and xen on i686 with the fake emulator /usr/bin/test-hv.
 */
export function formatCapabilities(h: Host): string {
  const test = h.driver === 'test';
  const arch = test ? 'i686' : 'x86_64';
  const pages = test ? [4, 8, 2048, 1048576] : [4, 2048, 1048576];
  let out = '<capabilities>\n\n  <host>\n    <cpu>\n';
  out += `      <arch>${arch}</arch>\n`;
  out += test
    ? '      <features>\n        <pae/>\n        <nonpae/>\n      </features>\n'
    : `      <model>${h.cpu.model}</model>\n      <vendor>${h.cpu.vendor}</vendor>\n      <topology sockets='${h.cpu.sockets}' dies='1' cores='${h.cpu.cores}' threads='${h.cpu.threads}'/>\n`;
  out += pages.map((p) => `      <pages unit='KiB' size='${p}'/>\n`).join('');
  out += "    </cpu>\n    <power_management/>\n    <iommu support='no'/>\n";
  out += cellsXml(h, pages);
  const sec = quirks(h.driver).securityModel;
  out += `    <secmodel>\n      <model>${sec.model}</model>\n      <doi>${sec.doi}</doi>\n    </secmodel>\n  </host>\n\n`;
  for (const g of guests(h)) {
    out += `  <guest>\n    <os_type>${g.os}</os_type>\n    <arch name='${g.arch}'>\n      <wordsize>${g.arch === 'i686' ? 32 : 64}</wordsize>\n`;
    out += `      <emulator>${g.emulator}</emulator>\n${g.domains.map((t) => `      <domain type='${t}'/>\n`).join('')}    </arch>\n`;
    out += test
      ? '    <features>\n      <pae/>\n      <nonpae/>\n    </features>\n'
      : "    <features>\n      <acpi default='on' toggle='yes'/>\n    </features>\n";
    out += '  </guest>\n\n';
  }
  return `${out}</capabilities>\n`;
}

/** One cell per entry of cellsFreeKiB; the test driver's cells hold twice their free memory. */
function cellsXml(h: Host, pages: number[]): string {
  const n = h.cellsFreeKiB.length;
  const cpusPerCell = n ? Math.floor((h.cpu.nodes * h.cpu.sockets * h.cpu.cores * h.cpu.threads) / n) : 0;
  let out = `    <topology>\n      <cells num='${n}'>\n`;
  h.cellsFreeKiB.forEach((free, i) => {
    const mem = h.driver === 'test' ? free * 1024 : free * 2;
    // The test driver gives cell 1 its second page size (8 KiB) as the base page.
    const base = h.driver === 'test' && i === 1 ? pages[1] : pages[0];
    out += `        <cell id='${i}'>\n          <memory unit='KiB'>${mem}</memory>\n`;
    out += `          <pages unit='KiB' size='${base}'>${mem / base}</pages>\n`;
    out += pages
      .slice(h.driver === 'test' ? 2 : 1)
      .map((p) => `          <pages unit='KiB' size='${p}'>0</pages>\n`)
      .join('');
    out += `          <cpus num='${cpusPerCell}'>\n`;
    for (let j = 0; j < cpusPerCell; j++) {
      const id = i * cpusPerCell + j;
      out += `            <cpu id='${id}' socket_id='${i}' die_id='0' core_id='${j}' siblings='${id}'/>\n`;
    }
    out += '          </cpus>\n        </cell>\n';
  });
  return `${out}      </cells>\n    </topology>\n`;
}

function guests(h: Host) {
  if (h.driver === 'test')
    return ['hvm', 'xen'].map((os) => ({ os, arch: 'i686', emulator: '/usr/bin/test-hv', domains: ['test'] }));
  if (h.driver === 'xen') {
    return [
      { os: 'xen', arch: 'x86_64', emulator: '/usr/lib/xen/bin/qemu-system-i386', domains: ['xen'] },
      { os: 'hvm', arch: 'x86_64', emulator: '/usr/lib/xen/bin/qemu-system-i386', domains: ['xen'] },
    ];
  }
  return [
    {
      os: 'hvm',
      arch: 'x86_64',
      emulator: '/usr/bin/qemu-system-x86_64',
      domains: h.kernelModules.includes('kvm') ? ['qemu', 'kvm'] : ['qemu'],
    },
  ];
}

/** virConnectGetSysinfo: the test driver's fixed SMBIOS excerpt; other hosts a plain BIOS block. */
export function formatSysinfo(h: Host): string {
  const bios =
    h.driver === 'test'
      ? [
          ['vendor', 'LENOVO'],
          ['version', 'G4ETA1WW (2.61 )'],
          ['date', '05/07/2014'],
          ['release', '2.61'],
        ]
      : [
          ['vendor', 'Dell Inc.'],
          ['version', '2.4.3'],
          ['date', '01/17/2014'],
          ['release', '2.4'],
        ];
  return `<sysinfo type='smbios'>\n  <bios>\n${bios.map(([k, v]) => `    <entry name='${k}'>${v}</entry>\n`).join('')}  </bios>\n</sysinfo>\n`;
}

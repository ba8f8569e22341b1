import type { CmdCtx } from '../context';
import { parseScaled } from '../numbers';
import { cpuBaseline } from './cpu-baseline';
import { ARCHES, cpuModelsOf } from './cpu-map';
import type { VirshCommand } from './types';

const none = { none: 'xl and xm report no libvirt CPU models or free huge pages' };

/** The lab's QEMU and Xen hosts: their CPU map and page pools are not modelled. */
function testOnly(c: CmdCtx): boolean {
  if (c.host().driver === 'test') return true;
  c.error(`command '${c.name}' is not simulated by VirtLab`);
  return false;
}

/** cmdCPUModelNames: virConnectGetCPUModelNames, or the CPU driver's reason it has no list. */
const cpuModels: VirshCommand = {
  name: 'cpu-models',
  readOnly: true,
  xm: none,
  xl: none,
  run(c) {
    if (!testOnly(c)) return false;
    const arch = c.str('arch')!;
    if (arch === '') {
      c.error("Failed to get option 'arch': Option argument is empty");
      return false;
    }
    const models = cpuModelsOf(arch);
    if (!models || !ARCHES.includes(arch) || arch === 'none') {
      c.error('failed to get CPU model names');
      c.libvirtError(
        ARCHES.includes(arch) && arch !== 'none'
          ? {
              code: 'NO_SUPPORT',
              message: `this function is not supported by the connection driver: '${arch}' architecture is not supported by CPU driver`,
            }
          : { code: 'INVALID_ARG', message: `invalid argument: cannot find architecture ${arch}` },
      );
      return false;
    }
    c.print(models.length ? models.map((m) => `${m}\n`).join('') : 'all CPU models are accepted\n');
    return true;
  },
};

/**
 * testNodeGetFreePages makes its counts up: x = 6, then x = 2x + 7 for each page size asked,
 * cell after cell — so the first size asked always has 19 pages, whatever the size or the cell.
 */
const madeUpCounts = (n: number) => {
  let x = 6;
  return Array.from({ length: n }, () => (x = x * 2 + 7));
};

/** The test driver's page sizes (capabilities' /host/cpu/pages), in KiB. */
const PAGE_SIZES = [4, 8, 2048, 1048576];

/** cmdFreepages: --all walks the capabilities' NUMA cells; otherwise one cell and one size. */
const freepages: VirshCommand = {
  name: 'freepages',
  readOnly: true,
  xm: none,
  xl: none,
  before: (c) => c.exclusive('all', 'cellno'),
  run(c) {
    if (!testOnly(c)) return false;
    const text = c.str('pagesize');
    const bytes =
      // cmdFreepages: at most UINT_MAX bytes (allocpages takes UINT_MAX KiB).
      text === undefined ? { ok: true as const, value: 0n } : parseScaled(text, 'pagesize', 1024, 4294967295n);
    if (!bytes.ok) {
      c.error(bytes.error);
      if (bytes.libvirtError) c.libvirtError({ code: 'INVALID_ARG', message: bytes.libvirtError });
      return false;
    }
    const kib = Number((bytes.value + 1023n) / 1024n);
    if (c.has('all')) {
      const sizes = text === undefined ? PAGE_SIZES : [kib];
      const counts = madeUpCounts(sizes.length);
      c.host().cellsFreeKiB.forEach((_, cell) => {
        c.print(`Node ${cell}:\n${sizes.map((s, i) => `${s}KiB: ${counts[i]}\n`).join('')}\n`);
      });
      return true;
    }
    if (!c.has('cellno')) {
      c.error('missing cellno argument');
      return false;
    }
    const cell = c.int('cellno');
    if (cell == null) return false;
    if (cell < -1) {
      c.error('cell number must be non-negative integer or -1');
      return false;
    }
    if (text === undefined) {
      c.error('missing pagesize argument');
      return false;
    }
    c.print(`${kib}KiB: ${madeUpCounts(1)[0]}\n`);
    return true;
  },
};

export const hostCpuCommands: VirshCommand[] = [cpuBaseline, cpuModels, freepages];

import { BASELINE_EXPAND_FEATURES, BASELINE_MIGRATABLE, testBaselineCpu } from '../../../sim/cpu/baseline';
import type { VirshCommand } from './types';
import { extractCpuXmls } from './cpu-xml';

const noXen = { none: 'xm and xl compute no baseline CPU: libvirt’s CPU map has no Xen counterpart' };

/** cmdCPUBaseline: the CPUs of a file, baselined by the connection's driver (virConnectBaselineCPU). */
export const cpuBaseline: VirshCommand = {
  name: 'cpu-baseline',
  readOnly: true,
  api: 'virConnectBaselineCPU',
  xm: noXen,
  xl: noXen,
  run(c) {
    const flags = (c.has('features') ? BASELINE_EXPAND_FEATURES : 0) | (c.has('migratable') ? BASELINE_MIGRATABLE : 0);
    const cpus = extractCpuXmls(c, c.str('file')!);
    if (!cpus) return false;
    if (c.host().driver !== 'test') {
      c.error(`command '${c.name}' is not simulated by VirtLab`);
      return false;
    }
    const r = testBaselineCpu(cpus, flags);
    if (!r.ok) {
      c.libvirtError(r.error);
      return false;
    }
    c.print(r.value);
    return true;
  },
};

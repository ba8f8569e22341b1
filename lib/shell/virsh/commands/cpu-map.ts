import { ARCHES } from '../../../sim/cpu/arches';
import { ppc64ModelNames, x86ModelNames } from '../../../sim/cpu/x86-map';

export { ARCHES };

/**
 * libvirt 9.0's CPU map (src/cpu_map/index.xml, generated into lib/sim/cpu/cpu-map.gen.ts) as
 * virConnectGetCPUModelNames lists it, by the CPU driver that owns an architecture. The ARM and
 * s390 drivers keep no model list: virsh then says every model is accepted. An architecture
 * virArchFromString knows but no CPU driver serves is "not supported by CPU driver"; one it does
 * not know, "cannot find architecture". Undefined when no CPU driver serves the architecture.
 */
export function cpuModelsOf(arch: string): readonly string[] | undefined {
  if (arch === 'i686' || arch === 'x86_64') return x86ModelNames;
  if (arch === 'ppc64' || arch === 'ppc64le') return ppc64ModelNames;
  if (['armv6l', 'armv7l', 'armv7b', 'aarch64', 's390', 's390x'].includes(arch)) return [];
  return undefined;
}

/**
 * Regenerates lib/sim/cpu/cpu-map.gen.ts from libvirt's CPU map (Debian: libvirt0's, which virsh depends on:
 * /usr/share/libvirt/cpu_map, the same files as libvirt 9.0's src/cpu_map).
 *
 *   npx tsx bin/gen-cpu-map.ts
 */
import { writeFileSync } from 'node:fs';
import { GENERATED, renderCpuMap } from './cpu-map-source';

writeFileSync(new URL(`../${GENERATED}`, import.meta.url), renderCpuMap());
console.log(`wrote ${GENERATED}`);

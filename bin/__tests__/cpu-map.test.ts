import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CPU_MAP_DIR, cpuMapInstalled, GENERATED, renderCpuMap } from '../cpu-map-source';
import { x86Map } from '../../lib/sim/cpu/x86-map';

describe('lib/sim/cpu/cpu-map.gen.ts', () => {
  it('matches what bin/gen-cpu-map.ts renders from the installed CPU map', () => {
    if (!cpuMapInstalled()) {
      console.warn(
        `\n*** ${CPU_MAP_DIR} is missing (Debian: libvirt0, which libvirt-clients installs): cpu-map.gen.ts NOT checked ***\n`,
      );
      return;
    }
    const committed = readFileSync(new URL(`../../${GENERATED}`, import.meta.url), 'utf8');
    expect(committed).toBe(renderCpuMap());
  });

  it('builds each model from its features, as libvirt 9.0 lists them', () => {
    expect(
      x86Map()
        .models.map((m) => m.name)
        .slice(0, 3),
    ).toEqual(['486', 'pentium', 'pentium2']);
    // Haswell: CPUID 1 ecx holds sse3 (bit 0), pclmuldq (1), ssse3 (9), fma (12), cx16 (13) …
    const leaf1 = x86Map().model('Haswell')!.data.get('c1:0')!;
    expect(leaf1[2] & 0x3203).toBe(0x3203);
    expect(x86Map().model('EPYC')!.removed).toContain('monitor');
    expect(x86Map().model('qemu64')!.guest).toBe(true);
  });
});

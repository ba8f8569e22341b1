import { describe, expect, it } from 'vitest';
import { guestFromConfig } from '../config-def';
import { parseXenConfig } from '../config-parse';
import { labWorld } from '../../../sim/worlds/lab';
import { findHost } from '../../../sim/world';

describe('guest config files', () => {
  it("reads the lab's own /etc/xen files back into the same definitions", () => {
    const xen1 = findHost(labWorld(), 'xen1')!;
    for (const d of xen1.domains) {
      const def = d.config!;
      const p = parseXenConfig(xen1.files[`/etc/xen/${def.name}.cfg`]);
      if (!p.ok) throw new Error(`${def.name}: ${JSON.stringify(p)}`);
      const g = guestFromConfig(p.vars, { nrCpus: 4 });
      expect(g.def).toMatchObject({
        name: def.name,
        uuid: def.uuid,
        memoryKiB: def.memoryKiB,
        currentMemoryKiB: def.currentMemoryKiB,
        vcpus: def.vcpus,
        osType: def.osType === 'hvm' ? 'hvm' : 'linux',
      });
      expect(g.def.disks.map((x) => x.source)).toEqual(def.disks.map((x) => x.source));
      expect(g.def.interfaces.map((x) => x.mac)).toEqual(def.interfaces.map((x) => x.mac));
    }
  });

  it("takes Python's lists over several lines, comments, ints; maxvcpus sets the maximum", () => {
    const p = parseXenConfig(
      '# a guest\nname = \'g\'\nmemory = 256\nmaxvcpus = 4\nvcpus = 2\ndisk = [\n  "phy:/dev/vg/g,xvda,w",\n  "file:/iso/d.iso,hdc:cdrom,r",\n]\nvif = [ "" ]\ncpus = "0-1"\n',
    );
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const g = guestFromConfig(p.vars, { nrCpus: 4 });
    expect(g.def).toMatchObject({ name: 'g', vcpus: 2, vcpuMax: 4, memoryKiB: 256 * 1024 });
    expect(g.def.disks).toMatchObject([
      { type: 'block', target: 'xvda' },
      { device: 'cdrom', readonly: true },
    ]);
    expect(g.def.interfaces[0]).toMatchObject({ source: 'xenbr0', mac: expect.stringMatching(/^00:16:3e:/) });
    expect(g.def.vcpupin).toEqual({ 0: [0, 1], 1: [0, 1], 2: [0, 1], 3: [0, 1] });
  });

  it('reports syntax errors with the line, and undefined names', () => {
    expect(parseXenConfig('name = "x"\nmemory 512\n')).toMatchObject({
      ok: false,
      kind: 'syntax',
      line: 2,
      text: 'memory 512',
    });
    expect(parseXenConfig('name = "x"\nmemory = big\n')).toMatchObject({ ok: false, kind: 'name', name: 'big' });
    expect(parseXenConfig('name = "x\n')).toMatchObject({ ok: false, kind: 'syntax', line: 1 });
  });
});

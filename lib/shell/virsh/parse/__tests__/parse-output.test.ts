import { describe, expect, it } from 'vitest';
import { labWorld } from '../../../../sim/worlds/lab';
import { currentDef, domainByName, findHost } from '../../../../sim/world';
import { runConsoleLine } from '../../../console';
import { parseVcpupin, parseVcpuinfo, parseNodeinfo } from '../cpus';
import { parseDominfo, parseDomstate, parseVcpucount } from '../domain';
import { parseNames } from '../fields';
import { parseDomjobinfo } from '../jobinfo';

/**
 * The parsers the real backend reads virsh with (lib/server), fed the simulator's own formatters:
 * what they read back must be the world the simulator printed. The same parsers read real virsh in
 * lib/server/__tests__, so a formatter that drifts from virsh, or a parser that misreads it, fails.
 */
function sim() {
  let world = labWorld();
  const run = (line: string) => {
    const r = runConsoleLine({ world, host: 'kvm1', line, now: Date.UTC(2026, 11, 6, 2, 30), cwd: '/root' });
    world = r.world;
    return r.stdout;
  };
  return { run, world: () => world };
}

describe('parsing virsh output, as the simulator formats it', () => {
  it('list --name, dominfo and domstate --reason read back every domain as the world holds it', () => {
    const s = sim();
    s.run('virsh suspend web01');
    const host = findHost(s.world(), 'kvm1')!;
    const names = parseNames(s.run('virsh list --all --name'));
    expect(names.sort()).toEqual(host.domains.map((d) => currentDef(d).name).sort());
    for (const name of names) {
      const d = domainByName(host, name)!;
      const info = parseDominfo(s.run(`virsh dominfo ${name}`));
      expect(info).toMatchObject({
        name,
        uuid: d.uuid,
        id: d.id,
        state: d.state,
        vcpus: currentDef(d).vcpus,
        maxMemoryKiB: currentDef(d).memoryKiB,
        persistent: !!d.config,
        autostart: d.autostart,
      });
      expect(parseDomstate(s.run(`virsh domstate ${name} --reason`))).toEqual({ state: d.state, reason: d.reason });
    }
  });

  it('vcpupin and vcpuinfo read back a pinning; vcpucount the counts', () => {
    const s = sim();
    s.run('virsh vcpupin web01 0 1-2 --live');
    expect(parseVcpupin(s.run('virsh vcpupin web01'))?.[0]).toEqual([1, 2]);
    const info = parseVcpuinfo(s.run('virsh vcpuinfo web01'));
    expect(info[0]).toMatchObject({ vcpu: 0, affinity: [1, 2] });
    const d = currentDef(domainByName(findHost(s.world(), 'kvm1')!, 'web01')!);
    expect(parseVcpucount(s.run('virsh vcpucount web01'))).toMatchObject({ curLive: d.vcpus, maxLive: d.vcpuMax });
  });

  it('nodeinfo and domjobinfo', () => {
    const s = sim();
    const host = findHost(s.world(), 'kvm1')!;
    expect(parseNodeinfo(s.run('virsh nodeinfo'))).toMatchObject({
      memoryKiB: host.memoryKiB,
      cpuModel: host.cpu.model,
    });
    expect(parseDomjobinfo(s.run('virsh domjobinfo web01'))?.type).toBe('None');
  });

  it('refuses what is not virsh output', () => {
    expect(parseDomstate('running')).toBeNull();
    expect(parseDomstate('flying (high)')).toBeNull();
    expect(parseDominfo('error: failed to get domain')).toBeNull();
    expect(parseVcpupin('')).toBeNull();
    expect(parseNodeinfo('CPU(s): x')).toBeNull();
  });
});

import type { World } from '../lib/sim/types';
import { labWorld } from '../lib/sim/worlds/lab';
import { assignIds, makeDef, makeDomain } from '../lib/sim/worlds/builders';
import { uuidFromSeed } from '../lib/sim/uuid';

/** The lab scaled out: `hosts` KVM hosts like kvm1 with `perHost` guests each, in mixed states. */
export function bigWorld(hosts = 20, perHost = 50): World {
  const template = labWorld().hosts[0];
  const states = ['running', 'running', 'paused', 'shut off'] as const;
  return {
    version: 1,
    events: [],
    eventSeq: 0,
    hosts: Array.from({ length: hosts }, (_, h) =>
      assignIds({
        ...template,
        name: `node${h + 1}`,
        hostname: `node${h + 1}.lab`,
        uri: `qemu+ssh://node${h + 1}.lab/system`,
        nextId: 1,
        domains: Array.from({ length: perHost }, (_, i) => {
          const name = `vm-${h + 1}-${String(i + 1).padStart(3, '0')}`;
          const state = states[i % states.length];
          return makeDomain(
            makeDef(name, uuidFromSeed(name), { memoryKiB: 2097152, currentMemoryKiB: 1048576, vcpuMax: 2, vcpus: 2 }),
            { state, reason: state === 'paused' ? 'user' : state === 'running' ? 'booted' : 'shutdown' },
          );
        }),
      }),
    ),
  };
}

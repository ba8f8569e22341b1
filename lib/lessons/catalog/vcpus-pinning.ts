import type { World } from '../../sim/types';
import { labWorld } from '../../sim/worlds/lab';
import { configDef, liveDef, ran } from '../checks';
import { click, defineLesson, typed } from '../define';

const pinned = (def: { vcpupin: Record<number, number[]> } | undefined, vcpu: number, cpus: number[]) =>
  JSON.stringify(def?.vcpupin[vcpu] ?? null) === JSON.stringify(cpus);
const live = (w: World) => liveDef(w, 'kvm1', 'web01');
const config = (w: World) => configDef(w, 'kvm1', 'web01');

export const vcpusPinning = defineLesson({
  id: 'vcpus-pinning',
  title: 'setvcpus and vcpupin: vCPUs, host CPUs and affinity',
  concept:
    "A guest's vCPUs are threads the host schedules on its physical CPUs; setvcpus changes how many are online (up to the maximum in <vcpu>), vcpupin restricts which host CPUs one vCPU may run on (its affinity)",
  summary:
    'Bring web01 from 2 to 3 vCPUs, pin vCPU 1 to host CPU 2 in the running guest and in its configuration, and read the affinity back.',
  host: 'kvm1',
  world: labWorld,
  steps: [
    {
      id: 'setvcpus',
      title: 'Give web01 three vCPUs',
      instruction:
        'web01 may have up to **4** vCPUs (its maximum) and has **2** online (`virsh vcpucount web01`). Bring a third online now and at every boot: `--live --config` applies to both.',
      do: click(
        'kvm1',
        'setvcpus',
        'web01',
        { count: 3, mode: 'live+config' },
        { xm: 'xm vcpu-set web01 3', xl: 'xl vcpu-set web01 3' },
      ),
      check: (w) => live(w)?.vcpus === 3 && config(w)?.vcpus === 3,
      hint: 'The subcommand sets the vCPU count; apply it now and in the definition.',
    },
    {
      id: 'vcpupin-live',
      title: 'Pin vCPU 1 to host CPU 2',
      instruction:
        'kvm1 has 8 host CPUs (0–7). By default any vCPU may run on any of them. Pin **vCPU 1** of web01 to **host CPU 2**: `virsh vcpupin vm vcpu cpulist`. On a running domain this changes the live affinity only.',
      do: click(
        'kvm1',
        'vcpupin',
        'web01',
        { vcpu: 1, cpulist: '2' },
        { xm: 'xm vcpu-pin web01 1 2', xl: 'xl vcpu-pin web01 1 2' },
      ),
      check: (w) => pinned(live(w), 1, [2]),
      hint: 'The pinning subcommand takes the domain, the vCPU number and a host CPU list.',
    },
    {
      id: 'vcpupin-config',
      title: 'Keep the pinning in the definition',
      instruction:
        "Make the pinning survive a cold boot: the same command with `--config` writes `<vcpupin vcpu='1' cpuset='2'/>` into the definition.",
      do: click('kvm1', 'vcpupin', 'web01', { vcpu: 1, cpulist: '2', mode: 'config' }),
      check: (w) => pinned(config(w), 1, [2]),
      hint: 'The same pinning, applied to the definition.',
    },
    {
      id: 'vcpuinfo',
      title: 'Read the vCPU placement',
      instruction:
        "Read it back: `virsh vcpuinfo web01` shows each vCPU's current host CPU and its affinity map (`--y-----`: only CPU 2); `virsh vcpupin web01` prints the affinity as CPU lists.",
      do: typed('kvm1', 'virsh vcpuinfo web01', { xm: 'xm vcpu-list web01', xl: 'xl vcpu-list web01' }),
      check: (_w, ctx) => ran(ctx, 'kvm1', /^virsh (vcpuinfo|vcpupin) web01$/),
      hint: 'The subcommand that shows each vCPU and its affinity.',
    },
  ],
  goalText:
    'web01 runs 3 vCPUs (live and in its configuration) and its vCPU 1 is pinned to host CPU 2 (live and in its configuration).',
  goal: (w) => live(w)?.vcpus === 3 && config(w)?.vcpus === 3 && pinned(live(w), 1, [2]) && pinned(config(w), 1, [2]),
  hints: [
    'CPU lists: `2`, `0-3`, `0-3,^1` (all but 1), `r` (reverse the current map).',
    'db01 on kvm1 shows a guest with every vCPU pinned one to one (`virsh vcpupin db01`).',
  ],
  glossary: ['vcpu', 'vcpu-pinning', 'live-vs-config'],
  pages: ['/'],
});

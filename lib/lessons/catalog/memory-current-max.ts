import type { World } from '../../sim/types';
import { labWorld } from '../../sim/worlds/lab';
import { configDef, GiB, isState, liveDef, ran } from '../checks';
import { click, defineLesson, typed } from '../define';

const live = (w: World) => liveDef(w, 'kvm1', 'web01');
const config = (w: World) => configDef(w, 'kvm1', 'web01');

export const memoryCurrentMax = defineLesson({
  id: 'memory-current-max',
  title: 'setmem and setmaxmem: current vs maximum memory, --live vs --config',
  concept:
    'Maximum memory (<memory>) is fixed while the guest runs; current memory (<currentMemory>) is the balloon target and can move up to the maximum. --live changes the running guest, --config the definition used at the next boot',
  summary:
    'Balloon web01 up to 3 GiB live, find the ceiling, raise the maximum in its configuration and reboot it cold so the new maximum takes effect.',
  host: 'kvm1',
  world: labWorld,
  steps: [
    {
      id: 'setmem-live',
      title: 'Lower the current memory',
      instruction:
        "web01 has **4 GiB maximum** and **2 GiB current** memory (`virsh dominfo web01`: Max memory / Used memory). Give the running guest 3 GiB: `setmem --live` asks the guest's balloon driver to give back or take memory, up to the maximum. The stored definition keeps 2 GiB.",
      do: click(
        'kvm1',
        'setmem',
        'web01',
        { size: 3, unit: 'GiB', mode: 'live' },
        { xm: 'xm mem-set web01 3072', xl: 'xl mem-set web01 3072m' },
      ),
      check: (w) => live(w)?.currentMemoryKiB === 3 * GiB && config(w)?.currentMemoryKiB === 2 * GiB,
      hint: 'The subcommand sets the current memory; give a size with a unit and apply it to the running guest.',
    },
    {
      id: 'hit-ceiling',
      title: 'Hit the maximum',
      instruction:
        'Try 6 GiB live: libvirt refuses — *cannot set memory higher than max memory*. The balloon can only lend back what the maximum allows.',
      do: typed('kvm1', 'virsh setmem web01 6G --live'),
      check: (_w, ctx) => ran(ctx, 'kvm1', /^virsh setmem\b/, 'failed'),
      hint: 'Ask for more than the maximum with the same subcommand.',
    },
    {
      id: 'setmaxmem-config',
      title: 'Raise the maximum in the definition',
      instruction:
        "A QEMU/KVM guest's maximum cannot change while it runs (*cannot resize the maximum memory on an active domain*), but its **configuration** can: raise the maximum to 6 GiB with `--config`.",
      do: click(
        'kvm1',
        'setmaxmem',
        'web01',
        { size: 6, unit: 'GiB', mode: 'config' },
        { xm: 'xm mem-max web01 6144', xl: 'xl mem-max web01 6144m' },
      ),
      check: (w) => config(w)?.memoryKiB === 6 * GiB && live(w)?.memoryKiB === 4 * GiB,
      hint: 'The maximum has its own subcommand; it applies to the definition only.',
    },
    {
      id: 'setmem-config',
      title: 'Set the current memory for the next boot',
      instruction: 'And let it boot with 5 GiB: `setmem --config` sets the **current** memory in the definition.',
      do: click('kvm1', 'setmem', 'web01', { size: 5, unit: 'GiB', mode: 'config' }),
      check: (w) => config(w)?.currentMemoryKiB === 5 * GiB,
      hint: "The first step's subcommand, applied to the definition.",
    },
    {
      id: 'shutdown',
      title: 'Shut web01 down',
      instruction:
        'The configuration is read when the domain **boots**. A `virsh reboot` restarts the guest inside the same QEMU process and would not apply it: shut web01 down…',
      do: click('kvm1', 'shutdown', 'web01'),
      check: (w) => isState(w, 'kvm1', 'web01', 'shut off'),
      hint: 'The polite stop.',
    },
    {
      id: 'start',
      title: 'Boot it with the new definition',
      instruction:
        '…and start it. Now the running guest has 6 GiB maximum and 5 GiB current memory (`virsh dominfo web01`).',
      do: click('kvm1', 'start', 'web01'),
      check: (w) => live(w)?.memoryKiB === 6 * GiB && live(w)?.currentMemoryKiB === 5 * GiB,
      hint: 'A cold boot reads the definition again.',
    },
  ],
  goalText: 'web01 runs with 6 GiB maximum and 5 GiB current memory.',
  goal: (w) =>
    isState(w, 'kvm1', 'web01', 'running') && live(w)?.memoryKiB === 6 * GiB && live(w)?.currentMemoryKiB === 5 * GiB,
  hints: [
    '--live: the running guest only; --config: the definition only; both flags together: both; neither (--current): whichever the domain is in now.',
    'Sizes: virsh defaults to KiB (suffixes K, M, G are powers of 1024); xm and xl default to MiB.',
    'Promising guests more memory in total than the host has is overcommit; the balloon is how the host takes memory back from guests that are not using it.',
  ],
  glossary: ['balloon', 'current-memory', 'maximum-memory', 'live-vs-config', 'overcommit'],
  pages: ['/'],
});

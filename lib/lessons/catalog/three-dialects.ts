import type { World } from '../../sim/types';
import { labWorld } from '../../sim/worlds/lab';
import { liveDef, MiB, ran } from '../checks';
import { defineLesson, typed } from '../define';

const memory = (w: World) => liveDef(w, 'xen1', 'pv-web')?.currentMemoryKiB;

export const threeDialects = defineLesson({
  id: 'three-dialects',
  title: 'One task in three dialects: virsh, xm and xl',
  concept:
    "The same management action through three tools: virsh (libvirt, any hypervisor), xm (Xen's xend toolstack, removed in Xen 4.5) and xl (libxl, its successor) — with different default units and habits",
  summary:
    "Change pv-web's memory on xen1 three times, once in each dialect, and see that they all drive the same balloon — but read sizes differently.",
  host: 'xen1',
  world: labWorld,
  steps: [
    {
      id: 'virsh-setmem',
      title: 'Set the memory with virsh',
      instruction:
        'pv-web, a paravirtualized guest on xen1, has 1024 MiB. With **virsh**, set it to 768 MiB. virsh reads a bare number as **KiB**: 768 MiB is `786432` (or write `768M`).',
      do: typed('xen1', 'virsh setmem pv-web 786432'),
      check: (w, ctx) => memory(w) === 768 * MiB && ran(ctx, 'xen1', /^virsh setmem\b/),
      hint: 'virsh reads a size without a suffix as KiB: 768 MiB is 768 × 1024.',
    },
    {
      id: 'xm-mem-set',
      title: 'Set it with xm',
      instruction:
        'With **xm**, the xend toolstack of Xen ≤ 4.4, set it to 512 MiB. `xm mem-set` reads the number as **MiB**.',
      do: typed('xen1', 'xm mem-set pv-web 512'),
      check: (w, ctx) => memory(w) === 512 * MiB && ran(ctx, 'xen1', /^xm mem-set\b/),
      hint: 'xm names the subcommand with a hyphen and reads MiB.',
    },
    {
      id: 'xl-mem-set',
      title: 'Set it with xl',
      instruction:
        "With **xl**, libxl's tool that replaced xm in Xen 4.5, set it to 640 MiB (`xl mem-set` reads MiB too; `640m` says so). On this Xen 4.4 host xend is running, and xl refuses commands that change a domain while it does — two toolstacks managing one hypervisor disagree. `-f` overrides the check for this exercise; on a real host you would use one toolstack only.",
      do: typed('xen1', 'xl -f mem-set pv-web 640m'),
      check: (w, ctx) => memory(w) === 640 * MiB && ran(ctx, 'xen1', /^xl\b.*\bmem-set\b/),
      hint: 'The same subcommand as xm; while xend runs, xl needs its force option before it.',
    },
    {
      id: 'compare-lists',
      title: 'Compare the lists',
      instruction:
        "Now list the domains in each dialect — `virsh list`, `xm list`, `xl list` — and find pv-web's 640 MiB. xm and xl also show **Domain-0**, the privileged domain that runs the toolstacks and the device drivers.",
      do: typed('xen1', 'xm list', { virsh: 'virsh dominfo pv-web', xl: 'xl list' }),
      check: (_w, ctx) => ran(ctx, 'xen1', /^(xm|xl) list\b/),
      hint: 'List the domains with xm (and xl).',
    },
  ],
  goalText: 'pv-web on xen1 has 640 MiB, set last with xl, after virsh and xm.',
  goal: (w) => memory(w) === 640 * MiB,
  hints: [
    'Default units: virsh KiB, xm MiB, xl MiB. A suffix (K, M, G) removes the doubt.',
    'Careful with names: `xm pause` = `virsh suspend` = `xl pause`; `xm suspend` is a managed save.',
    "The Console page shows each virsh command's xm and xl equivalents.",
  ],
  glossary: ['virsh', 'xm', 'xl', 'toolstack', 'balloon', 'domain-0', 'paravirtualization'],
  pages: ['/console', '/'],
});

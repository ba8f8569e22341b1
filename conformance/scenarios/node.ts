import type { Scenario } from '../scenario';
import { each, script } from './build';

/** nodeinfo, nodecpumap, freecell, capabilities, sysinfo on several hosts. */
export const node: Scenario[] = [
  script(
    'node-default',
    'host facts of test:///default',
    'nodeinfo; nodecpumap; nodecpumap --pretty; freecell; freecell --all; maxvcpus',
  ),
  script('node-two-cpu', 'host facts of a 2-CPU node', 'nodeinfo; nodecpumap; freecell; freecell --all', {
    fixture: 'two-cpu.xml',
  }),
  script('node-mixed', 'host facts of the mixed node', 'nodeinfo; freecell --all; freecell 0', {
    fixture: 'mixed.xml',
  }),
  script('node-xen', 'host facts of the Xen-looking node', 'nodeinfo; nodecpumap --pretty', { fixture: 'xen.xml' }),
  each('freecell-options', 'freecell --cellno and bad cells', [
    'freecell --cellno 0',
    'freecell --cellno 1',
    'freecell --cellno 2',
    'freecell 1',
    'freecell --cellno -1',
    'freecell --cellno x',
    'freecell --all --cellno 0',
  ]),
  script('capabilities', 'capabilities of test:///default', 'capabilities'),
  script('capabilities-two-cpu', 'capabilities of the 2-CPU node', 'capabilities', { fixture: 'two-cpu.xml' }),
  each('sysinfo', 'sysinfo and its node variants', ['sysinfo', 'sysinfo extra']),
];

import { performance } from 'node:perf_hooks';
import { runConsoleLine } from '../lib/shell/console';
import { Streams } from '../lib/shell/session';
import { parseVirshLine, runVirshCommands } from '../lib/shell/virsh/run';
import { connectUri } from '../lib/shell/connect';
import { memoryFs } from '../lib/shell/host-fs';
import type { Session } from '../lib/shell/session';
import { labWorld } from '../lib/sim/worlds/lab';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string;
}

const script = [
  'suspend test',
  'resume test',
  'domstate test --reason',
  'setmem test 1G',
  'vcpupin test 0 1',
  'dominfo test',
  'list --all',
  'destroy test',
  'start test',
  'vcpucount test',
];

/** `n` lines of the bench script, as a learner's session would repeat it. */
export const benchScript = (n: number) => Array.from({ length: n }, (_, i) => script[i % script.length]);

/** virsh lines per second through the whole shell (tokenize, parse, simulate, format) on test:///default. */
export function benchShell(): Figure[] {
  const lines = benchScript(10_000);
  const s: Session = {
    world: { version: 1, hosts: [], events: [], eventSeq: 0 },
    host: null,
    uri: null,
    fs: memoryFs({}, () => {}),
    now: 0,
    quiet: false,
    readonly: false,
    localHostname: 'bench',
    connect: connectUri,
  };
  const c = connectUri('test:///default', s);
  if (!c.ok) throw new Error(c.error.message);
  Object.assign(s, { world: c.value.world, host: c.value.host, uri: c.value.uri });
  const runAll = (ls: string[]) => {
    for (const line of ls) {
      const p = parseVirshLine(line);
      if (p.ok) runVirshCommands(s, p.commands, new Streams());
    }
  };
  runAll(lines.slice(0, 3000)); // warm-up: measure the steady state, not the JIT
  const t0 = performance.now();
  for (const line of lines) {
    const p = parseVirshLine(line);
    if (p.ok) runVirshCommands(s, p.commands, new Streams());
  }
  const shellRate = lines.length / ((performance.now() - t0) / 1000);
  let world = labWorld();
  const t1 = performance.now();
  const consoleLines = 2000;
  for (let i = 0; i < consoleLines; i++)
    world = runConsoleLine({ world, host: 'kvm1', line: `virsh ${i % 2 ? 'suspend' : 'resume'} web01`, now: i }).world;
  const consoleRate = consoleLines / ((performance.now() - t1) / 1000);
  return [
    {
      name: 'virsh shell throughput, 10,000-line script (test:///default)',
      value: Math.round(shellRate),
      unit: 'lines/s',
      target: '≥ 50,000',
    },
    {
      name: 'console lines on the lab world (virsh via runConsoleLine)',
      value: Math.round(consoleRate),
      unit: 'lines/s',
      target: 'informational',
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`)
  for (const f of benchShell()) console.log(`${f.name}: ${f.value} ${f.unit} (target ${f.target})`);

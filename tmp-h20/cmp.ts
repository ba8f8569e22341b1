import { readFileSync } from 'node:fs';
import { virshMain } from '../lib/shell/virsh-main';
import { nodeHostFs } from '../lib/node/host-fs';
import { runRealVirsh } from '../conformance/run-virsh';

const cases: string[] = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let bad = 0;
for (const stdin of cases) {
  const real = runRealVirsh('test:///default', ['-q'], stdin, '/tmp');
  const sim = virshMain({ argv: ['-c', 'test:///default', '-q'], stdin, fs: nodeHostFs('/tmp'), now: Date.now() });
  const same = real.stdout === sim.stdout && real.stderr === sim.stderr && real.status === sim.status;
  if (!same) {
    bad++;
    console.log('DIFF', JSON.stringify(stdin));
    console.log('  real', JSON.stringify(real.stdout), JSON.stringify(real.stderr));
    console.log('  sim ', JSON.stringify(sim.stdout), JSON.stringify(sim.stderr));
  }
}
console.log(`${cases.length - bad}/${cases.length} same`);

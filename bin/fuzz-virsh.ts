/**
 * `npm run fuzz:virsh -- --runs N --seed S [--survey]`: differential testing against real virsh.
 * Runs N generated scripts through `virsh -c test:///…` and VirtLab's virsh; prints the first
 * divergence shrunk to its smallest script (or, with --survey, every divergence unshrunk).
 */
import { parseArgs } from 'node:util';
import { checkBatch, surveyBatch } from '../conformance/differential/batch';
import { virshAvailable } from '../conformance/differential/compare';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '300' }, seed: { type: 'string' }, survey: { type: 'boolean' } },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!virshAvailable()) {
  process.stderr.write('fuzz:virsh: real virsh is not installed (apt-get install libvirt-clients)\n');
  process.exit(2);
}
if (values.survey) {
  const found = surveyBatch(runs, seed);
  for (const d of found) process.stdout.write(`${d}\n\n`);
  process.stdout.write(`${found.length} of ${runs} scripts diverge (seed ${seed})\n`);
  process.exitCode = found.length ? 1 : 0;
} else {
  const r = checkBatch(runs, seed);
  if (r.failed) process.stdout.write(`divergence (seed ${seed}), shrunk:\n${r.report}\n`);
  else process.stdout.write(`${r.numRuns} scripts agree with real virsh (seed ${seed})\n`);
  process.exitCode = r.failed ? 1 : 0;
}

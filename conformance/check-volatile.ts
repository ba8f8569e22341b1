/**
 * Finds the outputs that change between two runs of real virsh a second apart:
 *   npx tsx conformance/check-volatile.ts [id ...]
 * Runs each scenario twice without the volatile-value normalisation and prints every
 * line that differs, then checks that the normalised recordings agree.
 */
import { scenarios } from './scenarios';
import { recordScenario } from './record-scenario';

const ids = process.argv.slice(2);
const chosen = ids.length ? scenarios.filter((s) => ids.includes(s.id)) : scenarios;
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

let unstable = 0;
for (const scenario of chosen) {
  const [a, b] = [0, 1].map((i) => {
    if (i) sleep(1100);
    return recordScenario(scenario, 'check', { volatile: false });
  });
  a.runs.forEach((run, i) => {
    for (const stream of ['stdout', 'stderr'] as const) {
      const left = run[stream].split('\n');
      const right = b.runs[i][stream].split('\n');
      left.forEach((line, n) => {
        if (line !== right[n]) console.log(`${scenario.id} run ${i} ${stream}:\n  - ${line}\n  + ${right[n]}`);
      });
    }
  });
  const x = recordScenario(scenario, 'check');
  sleep(1100);
  const y = recordScenario(scenario, 'check');
  if (JSON.stringify(x) !== JSON.stringify(y)) {
    unstable++;
    console.log(`UNSTABLE after normalisation: ${scenario.id}`);
  }
}
console.log(`${chosen.length} scenarios checked, ${unstable} unstable after normalisation`);

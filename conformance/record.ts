/**
 * Records real virsh's output for every scenario (or the ids given):
 *   npx tsx conformance/record.ts [id ...]     (npm run record-conformance)
 * Writes conformance/recorded/<id>.json, normalised (see normalise.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { scenarios } from './scenarios';
import { recordedDir, recordingPath } from './paths';
import { recordScenario } from './record-scenario';

const ids = process.argv.slice(2);
const unknown = ids.filter((id) => !scenarios.some((s) => s.id === id));
if (unknown.length) throw new Error(`unknown scenario ids: ${unknown.join(', ')}`);
const chosen = ids.length ? scenarios.filter((s) => ids.includes(s.id)) : scenarios;

const version = execFileSync('virsh', ['--version'], { encoding: 'utf8' }).trim();
mkdirSync(recordedDir, { recursive: true });
const started = Date.now();
let failed = 0;
for (const scenario of chosen) {
  try {
    const recording = recordScenario(scenario, version);
    writeFileSync(recordingPath(scenario.id), `${JSON.stringify(recording, null, 2)}\n`);
  } catch (error) {
    failed++;
    process.stderr.write(`FAILED ${scenario.id}: ${(error as Error).message}\n`);
  }
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `recorded ${chosen.length - failed}/${chosen.length} scenarios with virsh ${version} in ${seconds}s\n`,
);
if (failed) process.exitCode = 1;

import { rmSync } from 'node:fs';
import { makeWorkdir, scenarioUri } from './paths';
import { asRecordingMachine } from './machine-cpus';
import { normalise } from './normalise';
import { runRealVirsh } from './run-virsh';
import type { Recording, Scenario } from './scenario';

/** Runs one scenario against real virsh in a fresh working dir and normalises the output. */
export function recordScenario(scenario: Scenario, version: string, options = { volatile: true }): Recording {
  const workdir = makeWorkdir(scenario);
  const uri = scenarioUri(scenario);
  try {
    const runs = scenario.runs.map((run) => {
      const out = runRealVirsh(uri, run.args, run.stdin ?? '', workdir, 5, scenario.locale);
      return {
        args: run.args,
        ...(run.stdin !== undefined ? { stdin: run.stdin } : {}),
        stdout: asRecordingMachine(normalise(out.stdout, workdir, options)),
        stderr: normalise(out.stderr, workdir, options),
        status: out.status,
      };
    });
    return { id: scenario.id, virsh: version, runs };
  } finally {
    rmSync(workdir, { recursive: true, force: true });
  }
}

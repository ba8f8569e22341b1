/**
 * The simulator against real virsh 9.0.0: every scenario's runs go through virshMain and
 * must print what conformance/recorded/<id>.json says, byte for byte after normalise().
 */
import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { virshMain } from '../lib/shell/virsh-main';
import { nodeHostFs } from '../lib/node/host-fs';
import { scenarios } from './scenarios';
import { makeWorkdir, recordingPath, scenarioUri } from './paths';
import { normalise } from './normalise';
import { transcript } from './transcript';
import { knownGaps } from './known-gaps';
import type { Recording, Scenario } from './scenario';

function simulate(scenario: Scenario): Recording['runs'] {
  const workdir = makeWorkdir(scenario);
  const uri = scenarioUri(scenario);
  try {
    return scenario.runs.map((run) => {
      const result = virshMain({
        // virsh gets its arguments as bytes: UTF-8 text arrives as its bytes (one character each).
        argv: ['-c', uri, ...run.args].map((a) => Buffer.from(a, 'utf8').toString('latin1')),
        stdin: run.stdin ?? '',
        fs: nodeHostFs(workdir),
        now: Date.now(),
        // run-virsh.ts points INPUTRC at a scenario's .inputrc (vi mode).
        inputrc: scenario.files?.['.inputrc'],
        inputrcName: `${workdir}/.inputrc`,
        utf8: scenario.locale === 'C.UTF-8',
      });
      return {
        args: run.args,
        ...(run.stdin !== undefined ? { stdin: run.stdin } : {}),
        stdout: normalise(result.stdout, workdir),
        stderr: normalise(result.stderr, workdir),
        status: result.status,
      };
    });
  } finally {
    rmSync(workdir, { recursive: true, force: true });
  }
}

describe('virsh conformance: simulator vs recorded virsh 9.0.0', () => {
  for (const scenario of scenarios) {
    const gap = knownGaps[scenario.id];
    it(`${scenario.id}: ${scenario.title}${gap ? ` [known gap: ${gap}]` : ''}`, () => {
      const recording = JSON.parse(readFileSync(recordingPath(scenario.id), 'utf8')) as Recording;
      if (gap)
        expect(transcript(simulate(scenario)), `${scenario.id} now matches: remove it from known-gaps.ts`).not.toBe(
          transcript(recording.runs),
        );
      else expect(transcript(simulate(scenario))).toBe(transcript(recording.runs));
    });
  }
});

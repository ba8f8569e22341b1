import fc from 'fast-check';
import { virshCommands } from '../../lib/shell/virsh/registry';
import { divergence, withWorkdir } from './compare';
import { LEFT_OUT, scriptArb, type Script } from './grammar';
import { nodeFiles } from './node-files';

/** The commands a differential run draws from: every simulated virsh command but those left out. */
export const differentialCommands = virshCommands.map((c) => c.name).filter((n) => !LEFT_OUT.has(n));

export const uriArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant('test:///default') },
  { weight: 3, arbitrary: fc.constantFrom(...nodeFiles).map((f) => `test://$WORKDIR/${f}`) },
  { weight: 1, arbitrary: fc.constantFrom('test:///default?x=1', 'test:///default#frag', 'test:/default', 'test://') },
);

export const differentialScripts = scriptArb(differentialCommands, uriArb);

/** fast-check's run: the first divergence, shrunk to the smallest script that still differs. */
export function checkBatch(runs: number, seed: number) {
  return withWorkdir((workdir) => {
    let report = '';
    const result = fc.check(
      fc.property(differentialScripts, (script: Script) => {
        const d = divergence(script, workdir);
        if (d) report = d;
        return d === null;
      }),
      { numRuns: runs, seed, endOnFailure: false },
    );
    return { failed: result.failed, report, counterexample: result.counterexample, numRuns: result.numRuns, seed };
  });
}

/** Every divergence among `runs` samples, unshrunk (for surveying a seed). */
export function surveyBatch(runs: number, seed: number): string[] {
  return withWorkdir((workdir) =>
    fc
      .sample(differentialScripts, { numRuns: runs, seed })
      .map((script) => divergence(script, workdir))
      .filter((d): d is string => d !== null),
  );
}

import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';

/** scripts/build-lab-worker.mjs --check: the worker's bundle as it is built, nothing written. */
const bundle = JSON.parse(execFileSync('node', ['scripts/build-lab-worker.mjs', '--check'], { encoding: 'utf8' })) as {
  start: { bytes: number; inputs: string[] };
  later: string[];
};

test("the lab's worker starts without the shell: virsh's help tables and the console load later", () => {
  expect(bundle.start.inputs).toContain('mocks/worker/lab.worker.ts');
  expect(bundle.start.inputs).toContain('mocks/handlers/domains.ts');
  for (const lazy of ['lib/shell/virsh/help-data.gen.ts', 'lib/shell/console.ts', 'mocks/run-line.ts']) {
    expect(bundle.start.inputs).not.toContain(lazy);
    expect(bundle.later).toContain(lazy);
  }
});

test('what the worker loads at start is well under its old single script (903 KB)', () => {
  expect(bundle.start.bytes).toBeLessThan(500_000);
});

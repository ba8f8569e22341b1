import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { startImports } from '@/lib/server/lab-worker-start';

/** scripts/build-lab-worker.mjs --check: the worker's bundle as it is built, nothing written. */
const bundle = JSON.parse(execFileSync('node', ['scripts/build-lab-worker.mjs', '--check'], { encoding: 'utf8' })) as {
  start: { bytes: number; files: string[]; inputs: string[] };
  entry: string;
  hashed: { name: string; text: string };
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

test('public/lab-worker.js names every file the worker loads at start, so all are fetched in one round trip', () => {
  const imported = [...bundle.entry.matchAll(/^import "\.\/(lab-worker\/[\w-]+\.js)";$/gm)].map(
    (m) => `public/${m[1]}`,
  );
  expect(bundle.entry.trim().split('\n')).toHaveLength(imported.length);
  expect(imported).toEqual(bundle.start.files);
  expect(new Set(imported).size).toBe(imported.length);
  // The globals' files come before the lab's: MSW's cookie store reads localStorage when evaluated.
  const globals = imported.findIndex((f) => /\/globals-/.test(f));
  const main = imported.findIndex((f) => /\/main-/.test(f));
  expect(globals).toBeGreaterThanOrEqual(0);
  expect(main).toBe(imported.length - 1);
  expect(globals).toBeLessThan(main);
});

test("the pages start the worker's entry named by its content and preload exactly what it imports (docs/decisions/047-…)", () => {
  expect(bundle.hashed.name).toMatch(/^start-[0-9a-f]{10}\.js$/);
  const files = bundle.start.files.map((f) => f.replace(/^public/, ''));
  expect(startImports(bundle.hashed.text, `/lab-worker/${bundle.hashed.name}`)).toEqual(files);
  expect(startImports(bundle.entry, '/lab-worker.js')).toEqual(files);
});

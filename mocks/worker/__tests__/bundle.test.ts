import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startImports } from '@/lib/server/lab-worker-start';
import { base, installLab, memory } from '../../__tests__/lab-api';
import { server } from '../../node';
import { earlyPaths, type FirstAnswers } from '../first-answers';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** scripts/build-lab-worker.mjs --check: the worker's bundle as it is built, nothing written. */
const bundle = JSON.parse(execFileSync('node', ['scripts/build-lab-worker.mjs', '--check'], { encoding: 'utf8' })) as {
  first: {
    file: string;
    bytes: number;
    gzip: number;
    imports: string[];
    inputs: string[];
    answers: FirstAnswers;
    page: { file: string; bytes: number; gzip: number; inputs: string[] };
  };
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

test("the worker's first entry is a few KiB on its own: no chunk of the lab's, nothing of the simulator or MSW (decision 070)", () => {
  expect(bundle.first.file).toMatch(/^public\/lab-worker\/first-[0-9A-Z]+\.js$/);
  expect(bundle.first.imports).toEqual([]);
  expect(bundle.first.inputs.filter((i) => /lib\/sim|mocks\/handlers|node_modules\/msw|zod/.test(i))).toEqual([]);
  expect(bundle.first.gzip).toBeLessThan(3 * 1024);
  // It answers nothing itself (decision 080): the built-in lab's answers are the page's file.
  expect(bundle.first.inputs).not.toContain('mocks/worker/first-answers.ts');
});

test("the page's answers file is a few KiB of data and the latency rule: nothing of the simulator, MSW or zod (decision 080)", () => {
  expect(bundle.first.page.file).toMatch(/^public\/lab-worker\/answers-[0-9A-Z]+\.js$/);
  expect(bundle.first.page.inputs.sort()).toEqual(
    [
      '<define:FIRST_ANSWERS>',
      'lib/storage-keys.ts',
      'mocks/worker/first-latency.ts',
      'mocks/worker/first-page.ts',
    ].sort(),
  );
  expect(bundle.first.page.gzip).toBeLessThan(6 * 1024);
});

test("the first entry's answers are the full lab's for a browser with nothing stored, at any instant — the build computed them with the lab's handlers", async () => {
  // Every early GET of the overview and of a page without data of its own (EARLY_GETS).
  expect(Object.keys(bundle.first.answers).sort()).toEqual(earlyPaths().sort());
  expect(Object.keys(bundle.first.answers)).toEqual(
    expect.arrayContaining(['/api/lab', '/api/lab/history', '/api/lessons', '/api/domains', '/api/hosts']),
  );
  for (const now of [Date.now(), Date.UTC(2026, 11, 7, 8, 45), Date.UTC(2031, 0, 1, 23, 59)]) {
    installLab(memory(), () => now);
    for (const [path, [status, statusText, headers, body]] of Object.entries(bundle.first.answers)) {
      const r = await fetch(`${base}${path.slice('/api'.length)}`);
      expect({ path, status, statusText, headers, body }).toEqual({
        path,
        status: r.status,
        statusText: r.statusText,
        headers: [...r.headers],
        body: await r.text(),
      });
    }
  }
});

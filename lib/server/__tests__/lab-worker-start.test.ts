import { describe, expect, it } from 'vitest';
import { startImports } from '../lab-worker-start';

describe('startImports', () => {
  it('lists the static imports of the entry, in order, as paths beside the entry', () => {
    const entry = 'import "./globals-AB12.js";\nimport "./chunk-CD34.js";\nimport "./main-EF56.js";\n';
    expect(startImports(entry, '/lab-worker/start-0123.js')).toEqual([
      '/lab-worker/globals-AB12.js',
      '/lab-worker/chunk-CD34.js',
      '/lab-worker/main-EF56.js',
    ]);
  });

  it('resolves against the entry it was read from', () => {
    expect(startImports('import "./lab-worker/a.js";\n', '/lab-worker.js')).toEqual(['/lab-worker/a.js']);
  });

  it('names nothing the entry does not import statically', () => {
    expect(startImports('// a comment\nconst m = import("./shell-XY.js");\n', '/lab-worker/start-0.js')).toEqual([]);
  });
});

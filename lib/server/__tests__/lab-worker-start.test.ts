import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedLabWorkerStart, readLabWorkerStart, startImports } from '../lab-worker-start';

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

describe('cachedLabWorkerStart', () => {
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'lab-worker-'));
    writeFileSync(join(dir, 'start-aa11.js'), 'import "./main-1.js";\n');
    return dir;
  };
  const rebuild = (dir: string) => {
    rmSync(join(dir, 'start-aa11.js'));
    writeFileSync(join(dir, 'start-bb22.js'), 'import "./main-2.js";\n');
  };

  it('reads the folder once per server when it is not rebuilt (next start)', () => {
    const dir = folder();
    try {
      const start = cachedLabWorkerStart(dir, false);
      expect(start()).toEqual({ entry: '/lab-worker/start-aa11.js' });
      rebuild(dir);
      expect(start().entry).toBe('/lab-worker/start-aa11.js');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('reads it again once the watched build replaced the entry (next dev)', () => {
    const dir = folder();
    try {
      const start = cachedLabWorkerStart(dir, true);
      expect(start().entry).toBe('/lab-worker/start-aa11.js');
      rebuild(dir);
      // A folder's mtime has a filesystem's resolution: make the change visible whatever it is.
      utimesSync(dir, new Date(), new Date(Date.now() + 5000));
      expect(start()).toEqual({ entry: '/lab-worker/start-bb22.js' });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('names the first entry and the page’s answers file beside it, the answers only with a first entry (decision 080)', () => {
    const dir = folder();
    try {
      writeFileSync(join(dir, 'answers-GECHTCOR.js'), '');
      expect(cachedLabWorkerStart(dir, false)()).toEqual({ entry: '/lab-worker/start-aa11.js' });
      writeFileSync(join(dir, 'first-AFYPOWX5.js'), '');
      expect(cachedLabWorkerStart(dir, false)()).toEqual({
        entry: '/lab-worker/start-aa11.js',
        first: '/lab-worker/first-AFYPOWX5.js',
        answers: '/lab-worker/answers-GECHTCOR.js',
      });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('looks again while no worker is built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lab-worker-'));
    try {
      const start = cachedLabWorkerStart(dir, false);
      expect(start()).toEqual({});
      writeFileSync(join(dir, 'start-cc33.js'), '');
      expect(start().entry).toBe('/lab-worker/start-cc33.js');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe("readLabWorkerStart: the built-in lab's answers (decisions 080, 091)", () => {
  const built = (answers: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'lab-worker-'));
    writeFileSync(join(dir, 'start-aa11.js'), 'import "./main-1.js";\n');
    writeFileSync(join(dir, 'first-AB12.js'), '');
    writeFileSync(join(dir, 'answers-CD34.js'), answers);
    return dir;
  };

  it('gives the file and its text, for the page to carry inline', () => {
    const dir = built('window.__virtlabLab?.answer?.({},0);');
    try {
      expect(readLabWorkerStart(dir)).toEqual({
        entry: '/lab-worker/start-aa11.js',
        first: '/lab-worker/first-AB12.js',
        answers: '/lab-worker/answers-CD34.js',
        answersText: 'window.__virtlabLab?.answer?.({},0);',
      });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('gives no text that would end the inline script or open a comment: the page adds the file then', () => {
    for (const text of ["x('</script>')", "x('</SCRIPT ')", "x('<!--')"]) {
      const dir = built(text);
      try {
        const start = readLabWorkerStart(dir);
        expect(start.answers).toBe('/lab-worker/answers-CD34.js');
        expect(start.answersText).toBeUndefined();
      } finally {
        rmSync(dir, { recursive: true });
      }
    }
  });
});

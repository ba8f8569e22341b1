/**
 * Bundles the lab's worker (mocks/worker/lab.worker.ts) into public/: one module script,
 * public/lab-worker.js, served same-origin at /lab-worker.js with `Cache-Control: no-cache`
 * (next.config.js), so a new build is never served stale, and the files it imports under
 * public/lab-worker/, named by their content (served immutable). The inline <head> script starts it
 * while the page's JS loads (docs/decisions/022-lab-in-a-web-worker.md). public/lab-worker.js is
 * written here, not by esbuild: it imports every file the lab's first answers need, the worker's
 * globals first, so the browser fetches them all in one round trip (decision 041). The shell
 * (virsh's help tables are its grammar) is a chunk the worker imports on first use or once the page
 * is idle (docs/decisions/029-first-answer-and-a-lazy-shell.md): the build fails if it comes back
 * into what the worker loads at start. `next build` runs this
 * after its compile (next.config.js, decision 040); `--watch -- <command…>` rebuilds it — the first
 * entry and the answers file included — on every change while <command> (`next dev`) runs.
 */
import { spawn } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, context } from 'esbuild';
import { ENTRIES, entryScript, hashedEntry, startClosure } from './lab-worker-start.mjs';

const watch = process.argv.indexOf('--watch');
const options = {
  entryPoints: ENTRIES,
  outdir: 'public/lab-worker',
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  format: 'esm',
  splitting: true,
  platform: 'browser',
  target: 'es2022',
  minify: watch < 0,
  sourcemap: watch < 0 ? false : 'inline',
  legalComments: 'none',
  metafile: true,
  // MSW's cookie store without tough-cookie's jar and tldts, as next.config.js does for the page.
  alias: { 'tough-cookie': './lib/browser/no-cookies.ts' },
  define: { 'process.env.NODE_ENV': JSON.stringify(watch < 0 ? 'production' : 'development') },
  logLevel: 'warning',
  plugins: [
    {
      name: 'lab-worker-entry',
      setup(b) {
        b.onEnd(({ metafile }) => {
          if (!metafile || b.initialOptions.write === false) return;
          writeFileSync('public/lab-worker.js', entryScript(metafile, 'public'));
          // One start entry at a time (a watched rebuild writes a new one).
          for (const f of readdirSync('public/lab-worker'))
            if (f.startsWith('start-')) rmSync(`public/lab-worker/${f}`);
          const start = hashedEntry(metafile);
          writeFileSync(`public/lab-worker/${start.name}`, start.text);
        });
      },
    },
  ],
};

/**
 * The worker's first entry (mocks/worker/first.ts, docs/decisions/070-…, 080-…): a build of its own, nothing
 * shared with the lab's chunks; the pages start it on a first visit, and it imports the start entry later.
 * Beside it, the page's answers file (mocks/worker/first-page.ts): the built-in lab's answers to the early
 * GETs, computed here by the lab's own handlers (mocks/worker/first-answers.ts, bundled for Node and run
 * once). Both named by their content like the chunks.
 */
async function firstEntryBuild(write) {
  const gen = 'node_modules/.cache/virtlab/first-answers.mjs';
  await build({
    entryPoints: ['mocks/worker/first-answers.ts'],
    outfile: gen,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    alias: options.alias,
    logLevel: 'warning',
  });
  const { firstAnswers } = await import(`${pathToFileURL(gen).href}?${Date.now()}`);
  const answers = await firstAnswers(0);
  const result = await build({
    entryPoints: { first: 'mocks/worker/first.ts' },
    outdir: 'public/lab-worker',
    entryNames: '[name]-[hash]',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: options.target,
    minify: options.minify,
    legalComments: 'none',
    // The page answers the early GETs itself (decision 080): the entry only checks and hands over.
    define: options.define,
    metafile: true,
    write,
    logLevel: 'warning',
  });
  // The built-in lab's answers for the page (mocks/worker/first-page.ts): a classic script named by its content.
  const page = await build({
    entryPoints: { answers: 'mocks/worker/first-page.ts' },
    outdir: 'public/lab-worker',
    entryNames: '[name]-[hash]',
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: options.target,
    minify: options.minify,
    legalComments: 'none',
    alias: options.alias,
    define: { ...options.define, FIRST_ANSWERS: JSON.stringify(answers) },
    metafile: true,
    write,
    logLevel: 'warning',
  });
  const pageText = page.outputFiles?.[0]?.text;
  const [pageFile, pageOut] = Object.entries(page.metafile.outputs)[0];
  const [file, out] = Object.entries(result.metafile.outputs)[0];
  const text = result.outputFiles?.[0]?.text;
  return {
    file,
    bytes: out.bytes,
    gzip: text === undefined ? undefined : gzipSync(text).length,
    imports: out.imports.map((i) => i.path),
    inputs: Object.keys(out.inputs),
    answers,
    page: {
      file: pageFile,
      bytes: pageOut.bytes,
      gzip: pageText === undefined ? undefined : gzipSync(pageText).length,
      inputs: Object.keys(pageOut.inputs),
    },
  };
}

/** What the worker loads before its first answer must not hold the shell. */
const LAZY = ['lib/shell/virsh/help-data.gen.ts', 'lib/shell/console.ts'];

if (process.argv.includes('--check')) {
  // For mocks/worker/__tests__/bundle.test.ts: what the worker loads at start and what later, nothing written.
  const { metafile } = await build({ ...options, write: false });
  const start = startClosure(metafile);
  const later = Object.keys(metafile.outputs).filter((o) => !start.files.has(o));
  const inputsOf = (os) => [...new Set(os.flatMap((o) => Object.keys(metafile.outputs[o].inputs)))];
  const first = await firstEntryBuild(false);
  console.log(
    JSON.stringify({
      first,
      start: { bytes: start.bytes, files: start.order, inputs: [...start.inputs] },
      entry: entryScript(metafile, 'public'),
      hashed: hashedEntry(metafile),
      later: inputsOf(later),
    }),
  );
} else if (watch < 0) {
  rmSync('public/lab-worker', { recursive: true, force: true });
  const { metafile } = await build(options);
  const eager = LAZY.filter((f) => startClosure(metafile).inputs.has(f));
  if (eager.length) throw new Error(`the lab's worker loads ${eager.join(', ')} at start: import it lazily`);
  await firstEntryBuild(true);
} else {
  rmSync('public/lab-worker', { recursive: true, force: true });
  const ctx = await context(options);
  // Built once before the command starts, so `next dev` finds public/lab-worker.js (next.config.js checks).
  await ctx.rebuild();
  await ctx.watch();
  // The first entry and the answers file too, so that a first visit under `next dev` takes decisions 070/080's
  // path as `next start`'s does: rebuilt (one at a time, the old files removed) whenever a file they are
  // built from changes — the lab's handlers the answers are computed with included. This context only
  // watches (nothing written); firstEntryBuild writes.
  let firstBuilt = Promise.resolve();
  const firstCtx = await context({
    entryPoints: ['mocks/worker/first.ts', 'mocks/worker/first-page.ts', 'mocks/worker/first-answers.ts'],
    outdir: 'node_modules/.cache/virtlab/first-watch',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    packages: 'external',
    alias: options.alias,
    write: false,
    logLevel: 'warning',
    plugins: [
      {
        name: 'lab-worker-first',
        setup(b) {
          b.onEnd(({ errors }) => {
            if (errors.length) return;
            firstBuilt = firstBuilt.then(async () => {
              try {
                const old = readdirSync('public/lab-worker').filter((f) => /^(first|answers)-/.test(f));
                const { file, page } = await firstEntryBuild(true);
                for (const f of old)
                  if (`public/lab-worker/${f}` !== file && `public/lab-worker/${f}` !== page.file)
                    rmSync(`public/lab-worker/${f}`, { force: true });
              } catch (e) {
                console.error(`the lab worker's first entry or answers did not build: ${e}`);
              }
            });
          });
        },
      },
    ],
  });
  await firstCtx.rebuild();
  await firstBuilt;
  await firstCtx.watch();
  const [cmd, ...args] = process.argv.slice(process.argv.indexOf('--', watch) + 1);
  const child = spawn(cmd, args, { stdio: 'inherit' });
  for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
  child.on('exit', async (code) => {
    await ctx.dispose();
    await firstCtx.dispose();
    process.exit(code ?? 0);
  });
}

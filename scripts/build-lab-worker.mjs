/**
 * Bundles the lab's worker (mocks/worker/lab.worker.ts) into one minified classic script,
 * public/lab-worker.js, served same-origin at /lab-worker.js with `Cache-Control: no-cache`
 * (next.config.js), so a new build is never served stale. One file, not Turbopack's chain of
 * chunks that the worker fetched one after another: the inline <head> script starts it while the
 * page's JS loads (docs/decisions/022-lab-in-a-web-worker.md). `npm run build`, `npm start`, the
 * e2e server and the bench run this first; `--watch -- <command…>` rebuilds it on every change
 * while <command> (`next dev`) runs.
 */
import { spawn } from 'node:child_process';
import { build, context } from 'esbuild';

const watch = process.argv.indexOf('--watch');
const options = {
  entryPoints: ['mocks/worker/lab.worker.ts'],
  outfile: 'public/lab-worker.js',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: watch < 0,
  sourcemap: watch < 0 ? false : 'inline',
  legalComments: 'none',
  // MSW's cookie store without tough-cookie's jar and tldts, as next.config.js does for the page.
  alias: { 'tough-cookie': './lib/browser/no-cookies.ts' },
  define: { 'process.env.NODE_ENV': JSON.stringify(watch < 0 ? 'production' : 'development') },
  logLevel: 'warning',
};

if (watch < 0) await build(options);
else {
  const ctx = await context(options);
  await ctx.watch();
  const [cmd, ...args] = process.argv.slice(process.argv.indexOf('--', watch) + 1);
  const child = spawn(cmd, args, { stdio: 'inherit' });
  for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
  child.on('exit', async (code) => {
    await ctx.dispose();
    process.exit(code ?? 0);
  });
}

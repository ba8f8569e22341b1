/**
 * Bundles the command-line tools (bin/virsh.ts, bin/xm.ts, bin/xl.ts) into dist/*.mjs that node
 * runs directly: no tsx, no type stripping at start-up (docs/decisions/014-cli-and-host-shell.md).
 * `--if-stale` rebuilds only when a source the last build read is newer than its bundle, so the
 * `npm run virsh` hooks cost a few stat calls when nothing changed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';

const tools = ['virsh', 'xm', 'xl'];
const meta = 'dist/meta.json';

function stale() {
  if (!existsSync(meta) || tools.some((t) => !existsSync(`dist/${t}.mjs`))) return true;
  const built = Math.min(...tools.map((t) => statSync(`dist/${t}.mjs`).mtimeMs));
  const inputs = Object.keys(JSON.parse(readFileSync(meta, 'utf8')).inputs);
  return ['package.json', ...inputs].some((f) => !existsSync(f) || statSync(f).mtimeMs > built);
}

if (!process.argv.includes('--if-stale') || stale()) {
  const { build } = await import('esbuild');
  const r = await build({
    entryPoints: Object.fromEntries(tools.map((t) => [t, `bin/${t}.ts`])),
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    metafile: true,
    logLevel: 'warning',
  });
  const { writeFileSync } = await import('node:fs');
  writeFileSync(meta, JSON.stringify(r.metafile));
}

import { createHash } from 'node:crypto';

/** The worker's two esbuild entries: its globals first, then the lab (docs/decisions/041-…). */
export const ENTRIES = { globals: 'mocks/worker/globals.ts', main: 'mocks/worker/lab.worker.ts' };

/**
 * The output files an entry loads before it runs — itself and every chunk it imports statically —
 * in the order a module graph evaluates them (depth first, imports before importers), from an
 * esbuild metafile of scripts/build-lab-worker.mjs. Other dynamic imports (the shell) load on first use.
 */
function evaluationOrder(metafile, root, seen, out) {
  if (seen.has(root)) return;
  seen.add(root);
  for (const i of metafile.outputs[root].imports)
    if (i.kind === 'import-statement') evaluationOrder(metafile, i.path, seen, out);
  out.push(root);
}

/**
 * What the lab's worker loads before its first answer: the globals entry's closure, then the lab's
 * (in that order: MSW's cookie store reads the globals when it is evaluated), with the source files
 * they hold and their size.
 */
export function startClosure(metafile) {
  const outputs = metafile.outputs;
  const entry = (source) => Object.keys(outputs).find((o) => outputs[o].entryPoint === source);
  const seen = new Set();
  const order = [];
  for (const source of [ENTRIES.globals, ENTRIES.main]) evaluationOrder(metafile, entry(source), seen, order);
  const files = new Set(order);
  const inputs = new Set(order.flatMap((o) => Object.keys(outputs[o].inputs)));
  const bytes = order.reduce((sum, o) => sum + outputs[o].bytes, 0);
  return { order, files, inputs, bytes };
}

/**
 * public/lab-worker.js: one static import per file of the start closure, in evaluation order. The
 * browser sees them all when it parses this file and fetches them at once — one round trip, where
 * entry → lab → its chunks took three — and evaluates the globals before anything that reads them,
 * whatever order esbuild gives the chunks' own imports.
 */
export function entryScript(metafile, outdir) {
  const rel = (o) => `./${o.slice(outdir.length + 1)}`;
  return `${startClosure(metafile)
    .order.map((o) => `import ${JSON.stringify(rel(o))};`)
    .join('\n')}\n`;
}

/**
 * The same entry beside the chunks and named by its content, as they are (served immutable): the
 * one the pages start (after their first paint, decision 064), so a second visit reads the whole start
 * from the HTTP cache without asking the server (decision 047).
 * public/lab-worker.js stays, revalidated on every load, for whatever names the worker by its old path.
 */
export function hashedEntry(metafile) {
  const text = entryScript(metafile, 'public/lab-worker');
  return { name: `start-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.js`, text };
}

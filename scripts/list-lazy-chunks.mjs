// @ts-check
/**
 * Lists every chunk the pages' lazy imports can load (the console, virsh's tools, the menus, the
 * dialogs, the lesson panel…) into public/lazy-chunks.json, for components/lab/warm-chunks.ts: once
 * the page is idle it fetches them into the HTTP cache without evaluating them, so a click works
 * offline (decision 046) and the page's load carries no chunk evaluation it did not ask for
 * (docs/decisions/048-…). Run by `next build` after its compile (next.config.js).
 *
 * Turbopack writes each `import()` of the client as a loader module whose body names its chunks:
 * `Promise.all(["static/chunks/a.js","static/chunks/b.js"].map(…))`. No such list found means that
 * format changed: the build fails rather than ship a page that warms nothing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const loader = /Promise\.all\(\[((?:"static\/chunks\/[\w.-]+",?)+)\]\.map\(/g;

/**
 * The chunk addresses named by the loaders in these chunk texts, each once, sorted.
 * @param {string[]} texts
 * @param {string} base Turbopack's chunk base path
 */
export function lazyChunks(texts, base = '/_next/') {
  const found = new Set();
  for (const text of texts)
    for (const [, list] of text.matchAll(loader)) for (const path of JSON.parse(`[${list}]`)) found.add(base + path);
  return [...found].sort();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = join(process.cwd(), '.next/static/chunks');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const chunks = lazyChunks(texts);
  if (chunks.length === 0)
    throw new Error(`no lazy-import chunk lists found in ${dir}: Turbopack's loader format changed?`);
  writeFileSync(join(process.cwd(), 'public/lazy-chunks.json'), `${JSON.stringify(chunks)}\n`);
}

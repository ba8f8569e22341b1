import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files the lab's worker imports before its first answer, as paths: the static imports its
 * entry lists (scripts/lab-worker-start.mjs, `entryScript`), resolved against the entry's own path.
 */
export function startImports(entry: string, entryPath: string): string[] {
  const base = new URL(entryPath, 'http://lab.invalid');
  return [...entry.matchAll(/^import "(\.\/[^"]+)";$/gm)].map((m) => new URL(m[1], base).pathname);
}

/**
 * What a page starts the lab's worker with: its entry, and the files that entry imports at once;
 * no entry when none is built, and the page starts /lab-worker.js (LAB_WORKER_URL).
 */
export interface LabWorkerStart {
  entry?: string;
  imports: string[];
}

/**
 * The worker's start entry this build wrote beside its chunks, named by its content
 * (scripts/build-lab-worker.mjs, `hashedEntry`; written before the pages are prerendered: decision
 * 040), read when a page is rendered. With none built (`next dev` run alone, before its first
 * build) there is none, and nothing to preload. No `@/` imports: proxy.ts imports this, and the
 * bench's bare Next.js page (bench/ui.ts), built with this folder as its root, compiles proxy.ts too.
 */
export function labWorkerStart(): LabWorkerStart {
  const dir = join(process.cwd(), 'public', 'lab-worker');
  try {
    const name = readdirSync(dir).find((f) => /^start-[0-9a-f]+\.js$/.test(f));
    if (name) {
      const entry = `/lab-worker/${name}`;
      return { entry, imports: startImports(readFileSync(join(dir, name), 'utf8'), entry) };
    }
  } catch {
    /* no worker built yet */
  }
  return { imports: [] };
}

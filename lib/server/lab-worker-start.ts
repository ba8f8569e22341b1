import { readdirSync, readFileSync, statSync } from 'node:fs';
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
 * What a page starts the lab's worker with: its entry; none when none is built, and the page starts
 * /lab-worker.js (LAB_WORKER_URL).
 */
export interface LabWorkerStart {
  entry?: string;
  /** The worker's first entry (mocks/worker/first.ts), which a first visit starts before its first paint. */
  first?: string;
  /** The built-in lab's answers for the page itself (mocks/worker/first-page.ts, decision 080), with `first`. */
  answers?: string;
  /**
   * That file's text, which the page's `<head>` carries inline (decision 091): absent when it could end the
   * inline script early (`</script`, `<!--`), and then the page adds the file instead.
   */
  answersText?: string;
}

/** A script's text that can stand inline in a `<script>` element: nothing that would end it or open a comment. */
const inlinable = (text: string) => !/<\/script|<!--/i.test(text);

/** The start entry in `dir` (public/lab-worker), and the first entry beside it, read from the disk. */
export function readLabWorkerStart(dir: string): LabWorkerStart {
  try {
    const files = readdirSync(dir);
    const name = files.find((f) => /^start-[0-9a-f]+\.js$/.test(f));
    const first = files.find((f) => /^first-[0-9A-Z]+\.js$/.test(f));
    const answers = files.find((f) => /^answers-[0-9A-Z]+\.js$/.test(f));
    const text = first && answers ? readFileSync(join(dir, answers), 'utf8') : undefined;
    if (name)
      return {
        entry: `/lab-worker/${name}`,
        ...(first ? { first: `/lab-worker/${first}` } : {}),
        ...(first && answers ? { answers: `/lab-worker/${answers}` } : {}),
        ...(text && inlinable(text) ? { answersText: text } : {}),
      };
  } catch {
    /* no worker built yet */
  }
  return {};
}

const mtime = (dir: string) => {
  try {
    return statSync(dir).mtimeMs;
  } catch {
    return -1;
  }
};

/**
 * A reader of `dir`'s start entry that reads the disk once (the layout asks on every render under `next dev`).
 * `watched`: the folder is rebuilt while the server runs (`next dev` beside the worker's watched
 * build, which writes a new entry and deletes the old one, changing the folder's mtime): read again
 * when the folder changed. A build found nothing (no worker built yet) is looked for again.
 */
export function cachedLabWorkerStart(dir: string, watched: boolean): () => LabWorkerStart {
  let kept: { start: LabWorkerStart; stamp: number } | undefined;
  return () => {
    const stamp = watched ? mtime(dir) : 0;
    if (kept?.start.entry && kept.stamp === stamp) return kept.start;
    kept = { start: readLabWorkerStart(dir), stamp };
    return kept.start;
  };
}

/**
 * The worker's start entry this build wrote beside its chunks, named by its content
 * (scripts/build-lab-worker.mjs, `hashedEntry`; written before the pages are prerendered: decision
 * 040), read once per server (`next start`), or again when the folder changed under `next dev`. With
 * none built (`next dev` run alone, before its first build) there is none, and the page starts
 * /lab-worker.js. No `@/` imports (proxy.ts imported this until decision 064, and the bench's bare
 * Next.js page, built with this folder as its root, compiles proxy.ts).
 */
export const labWorkerStart = cachedLabWorkerStart(
  join(process.cwd(), 'public', 'lab-worker'),
  process.env.NODE_ENV !== 'production',
);

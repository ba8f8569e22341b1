import { earlyPaths } from '@/lib/browser/early-worker';

export { earlyPaths };
import { createClock, installClock } from '../clock';
import { createLessonStore, installLessonStore } from '../lessons';
import { createStore, installStore, type StorageLike } from '../store';
import { requestToWire } from './protocol';
import { serve } from './serve';

/** One early answer as the page's answers file holds it: status, status text, headers, body text. */
export type FirstAnswer = [status: number, statusText: string, headers: [string, string][], body: string];
/** The early answers of a first visit, by API path (no query). */
export type FirstAnswers = Record<string, FirstAnswer>;

const ORIGIN = 'http://lab.invalid';

/**
 * What the lab's own handlers answer those early GETs in a browser with nothing stored, at the lab
 * clock's instant `now`: the built-in lab (`freshLab`), a clock at 1×, no lesson, nothing kept beside.
 * Run by the build (scripts/build-lab-worker.mjs) to make the page's answers file (./first-page.ts), and by
 * its test against the full lab at other instants (a first visit's answers do not depend on the time).
 * It installs a lab of its own: run it in a process of its own, or reinstall after.
 */
export async function firstAnswers(now: number): Promise<FirstAnswers> {
  const memory = new Map<string, string>();
  const storage: StorageLike = {
    getItem: (k) => memory.get(k) ?? null,
    setItem: (k, v) => void memory.set(k, v),
    removeItem: (k) => void memory.delete(k),
  };
  const s = createStore(storage, () => now);
  s.setSettings({ latencyMs: 0 });
  installStore(s);
  installLessonStore(createLessonStore(storage));
  installClock(createClock(storage, () => now));
  let id = 0;
  const ask = async (path: string) => serve(await requestToWire(new Request(`${ORIGIN}${path}`), id++));
  const out: FirstAnswers = {};
  for (const path of earlyPaths().sort()) {
    const w = await ask(path);
    out[path] = [w.status, w.statusText, w.headers, new TextDecoder().decode(w.body)];
  }
  if (memory.size !== 1) throw new Error(`the early GETs stored something: ${[...memory.keys()].join(', ')}`);
  return out;
}

/**
 * The main thread's own work on load, measured so that a busy machine does not inflate it: each
 * main-thread task's CPU time (`tdur` in a Chromium trace, the events Lighthouse reads), on a fresh
 * profile at a phone's viewport, for 5 s after navigation, traced with the categories Lighthouse
 * traces with (they cost the page CPU time of their own, which Lighthouse then charges: trace.ts).
 * "TBT×4" = Σ max(0, m × CPU − 50 ms), m = 4, or 2 for a task that laid the page out (lantern's
 * `layoutTaskMultiplier`): the blocking time Lighthouse's simulation would give those tasks on a
 * quiet machine, where it reads each task's wall time. Median of `runs`. LIGHTHOUSE_CATEGORIES=0
 * traces with the timeline's categories only (the figure of sessions 7–10).
 * `npx tsx bench/main-thread.ts http://127.0.0.1:PORT/path [runs]` against a running `next start`.
 */
import { onFreshPhone, runAsScript } from './phone';
import {
  busiest,
  LIGHTHOUSE_CATEGORIES,
  namedThreads,
  startTrace,
  stopTrace,
  type TraceEvent,
  threadOf,
} from './trace';

/**
 * With DETAIL=1: each task whose 4× would block (CPU > 12.5 ms; DETAIL_MS=8 lists smaller ones too), with
 * when it ran against the first contentful paint and what took its CPU time — the
 * events directly inside it (script evaluation by URL, function calls, style, layout, parsing).
 */
function detail(events: TraceEvent[], main: string) {
  // The page's workers (the lab's): their tasks' CPU time inside each listed task's wall time — a thread
  // that competes with the main thread for a core on a two-core machine (decision 085).
  const pid = Number(main.split(':')[0]);
  const workers = new Set([
    ...namedThreads(events, 'DedicatedWorker thread', pid),
    ...namedThreads(events, 'DedicatedWorker Thread', pid),
  ]);
  const workerTasks = events.filter(
    (e) => e.name === 'RunTask' && e.tdur !== undefined && e.dur !== undefined && workers.has(threadOf(e)),
  );
  /** CPU ms the workers ran within [from, to] (a worker task's CPU time prorated by its overlap). */
  const beside = (from: number, to: number) =>
    workerTasks.reduce((s, w) => {
      const overlap = Math.min(to, w.ts + w.dur!) - Math.max(from, w.ts);
      return overlap > 0 && w.dur! > 0 ? s + (w.tdur! * overlap) / w.dur! / 1000 : s;
    }, 0);
  const inMain = events.filter((e) => threadOf(e) === main && e.tdur !== undefined && e.dur !== undefined);
  // Lighthouse reads each task's wall time (dur), this bench its CPU time (tdur): both are shown,
  // and a task is listed when either would block at 4×.
  const over = Number(process.env.DETAIL_MS ?? 12.5) * 1000;
  const tasks = inMain.filter((e) => e.name === 'RunTask' && (e.tdur! > over || e.dur! > over));
  const t0 = Math.min(...inMain.filter((e) => e.name === 'RunTask').map((e) => e.ts));
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === pid);
  if (fcp) console.log(`  first contentful paint at ${((fcp.ts - t0) / 1000).toFixed(0)} ms`);
  for (const task of tasks) {
    const inside = inMain.filter(
      (e) => e !== task && e.name !== 'RunTask' && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!,
    );
    // Only the outermost events (not nested in another event of this task).
    const outer = inside.filter(
      (e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && o.dur! > e.dur!),
    );
    const what = outer
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 5)
      .map((e) => {
        const d = e.args?.data;
        const where = (d?.url ?? '').replace(/^https?:\/\/[^/]+/, '') || d?.functionName || '';
        return `${(e.tdur! / 1000).toFixed(1)}/${(e.dur! / 1000).toFixed(1)} ${e.name}${where ? ` ${where}` : ''}`;
      });
    console.log(
      `  task at ${((task.ts - t0) / 1000).toFixed(0)} ms: CPU ${(task.tdur! / 1000).toFixed(1)} ms, wall ${(task.dur! / 1000).toFixed(1)} ms, worker beside ${beside(task.ts, task.ts + task.dur!).toFixed(1)} ms — ${what.join(' · ')}`,
    );
  }
}

/**
 * Each main-thread task's CPU time (ms) and the multiplier lantern would give it: 2 when a Layout
 * event is inside it, else 4 (Simulator._estimateCPUTimeRemaining).
 */
function charged(events: TraceEvent[], main: string): { cpu: number; multiplier: number }[] {
  const inMain = events.filter((e) => threadOf(e) === main).sort((a, b) => a.ts - b.ts);
  const layouts = inMain.filter((e) => e.name === 'Layout').map((e) => e.ts);
  return inMain
    .filter((e) => e.name === 'RunTask' && e.tdur !== undefined && e.dur !== undefined)
    .map((t) => ({
      cpu: t.tdur! / 1000,
      multiplier: layouts.some((ts) => ts >= t.ts && ts < t.ts + t.dur!) ? 2 : 4,
    }));
}

export interface MainThread {
  tbt4: number;
  longest: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchMainThread(url: string, runs = 3): Promise<MainThread> {
  const out = await onFreshPhone(runs, async (page, _context, browser) => {
    await startTrace(browser, page, process.env.LIGHTHOUSE_CATEGORIES === '0' ? [] : LIGHTHOUSE_CATEGORIES);
    await page.goto(url);
    await page.waitForTimeout(5000);
    const events = await stopTrace(browser);
    // Renderers that ran this page's scripts (not a browser-internal chrome:// page the build opens).
    const ours = new Set(events.filter((e) => e.args?.data?.url?.startsWith(new URL(url).origin)).map((e) => e.pid));
    const mains = new Set([...namedThreads(events, 'CrRendererMain')].filter((t) => ours.has(Number(t.split(':')[0]))));
    // The page's main thread: the renderer main thread that ran the most.
    const { thread: main, cpu } = busiest(events, mains);
    if (process.env.DETAIL && main) detail(events, main);
    const tasks = main ? charged(events, main) : [];
    return {
      tbt4: Math.round(tasks.reduce((s, t) => s + Math.max(0, t.multiplier * t.cpu - 50), 0)),
      longest: Math.round(Math.max(0, ...cpu)),
    };
  });
  return { tbt4: median(out.map((o) => o.tbt4)), longest: median(out.map((o) => o.longest)) };
}

runAsScript(import.meta.url, 3, (url, runs) =>
  benchMainThread(url, runs).then((r) => console.log(url, JSON.stringify(r))),
);

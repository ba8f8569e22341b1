/**
 * What a click costs by CPU time, which a busy machine inflates far less than the wall times of
 * bench/ui.ts: on web01's page at zero latency, `clicks` settled Suspend/Resume clicks in a Chromium
 * trace; per click, the CPU time (`tdur`) of the page's main thread and of the lab's worker thread,
 * and how many tasks each ran (the answer, then the world's refetches: decision 042).
 * `npx tsx bench/click-cpu.ts http://127.0.0.1:PORT [clicks]` against a running `next start`.
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../walkthrough/chromium';
import { runAsScript } from './phone';
import { busiest, namedThreads, startTrace, stopTrace, sum, type TraceEvent, threadOf } from './trace';

export interface ClickCpu {
  mainMs: number;
  workerMs: number;
  mainTasks: number;
  workerTasks: number;
  /** An action posted straight to the lab's worker → its answer, wall time: p50, p95 (ms). */
  command: [number, number];
  /** Five GETs posted at once (a click's refetches) → the last answer, wall time: p50, p95 (ms). */
  refetches: [number, number];
}

/**
 * In the page: `n` rounds of `paths` posted to the lab's worker at once (window.__virtlabLab, the
 * inline script's), each round timed until its last answer, 100 ms apart. Ids far above the page's.
 */
async function workerRounds(page: Page, paths: [string, string][][], n: number): Promise<[number, number]> {
  const times = await page.evaluate(
    async ([rounds, count]) => {
      const lab = (window as unknown as { __virtlabLab: { worker: Worker } }).__virtlabLab.worker;
      let id = 1e9;
      const out: number[] = [];
      for (let i = 0; i < count; i++) {
        const round = rounds[i % rounds.length];
        const ids = new Set<number>();
        const t0 = performance.now();
        const done = new Promise<void>((resolve) => {
          const on = (e: MessageEvent<{ type: string; id: number }>) => {
            if (e.data.type !== 'response' || !ids.delete(e.data.id) || ids.size) return;
            lab.removeEventListener('message', on);
            resolve();
          };
          lab.addEventListener('message', on);
        });
        for (const [method, path] of round) {
          ids.add(++id);
          const body = method === 'GET' ? null : (new TextEncoder().encode('{}').buffer as ArrayBuffer);
          const url = `${location.origin}${path}`;
          lab.postMessage({ type: 'request', id, method, url, headers: [], body }, body ? [body] : []);
        }
        await done;
        out.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 100));
      }
      return out;
    },
    [paths, n] as const,
  );
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 10) / 10;
  return [at(0.5), at(0.95)];
}

const web01 = '/api/hosts/kvm1/domains/web01';
const refetchPaths: [string, string][] = [
  '/api/hosts',
  '/api/events',
  '/api/lessons',
  '/api/lab/history',
  '/api/journal',
].map((p) => ['GET', p]);

export async function benchClickCpu(origin: string, clicks = 40): Promise<ClickCpu> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    // `__name`: the helper tsx's transform calls in named closures.
    await context.addInitScript(`window.__name = (f) => f;
      localStorage.setItem('virtlab:settings', '{"latencyMs":0}');
      localStorage.setItem('virtlab:oriented', '1');`);
    const page = await context.newPage();
    await page.goto(`${origin}/hosts/kvm1/domains/web01`);
    // Clicked and waited for inside the page: Playwright's own polling would run on the main thread.
    const click = (i: number) =>
      page.evaluate(
        async ([name, want]) => {
          const badge = document.querySelector('[role="status"][aria-label="Domain state"]');
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
          if (!badge || !button) throw new Error(`no ${name} button or no state`);
          const shown = new Promise<void>((resolve) => {
            const obs = new MutationObserver(() => {
              if (!badge.textContent?.startsWith(want)) return;
              obs.disconnect();
              resolve();
            });
            obs.observe(badge, { subtree: true, childList: true, characterData: true });
          });
          button.click();
          await shown;
          await new Promise((r) => setTimeout(r, 250)); // the refetches after the paint, then quiet
        },
        i % 2 ? ['Resume', 'running'] : ['Suspend', 'paused'],
      );
    await page.getByRole('status', { name: 'Domain state' }).filter({ hasText: 'running' }).waitFor();
    await page.waitForTimeout(2000);
    for (let i = 0; i < 6; i++) await click(i); // warm-up: the shell's chunk, the JIT
    await startTrace(browser, page);
    for (let i = 0; i < clicks; i++) await click(i);
    const events = await stopTrace(browser);
    // The page's renderer: the one whose main thread ran the most; the lab's worker lives in it.
    const { thread: mainThread, cpu: main } = busiest(events, namedThreads(events, 'CrRendererMain'));
    const pid = Number(mainThread?.split(':')[0]);
    const worker = busiest(events, namedThreads(events, 'DedicatedWorker thread', pid)).cpu;
    if (process.env.DETAIL && mainThread) detail(events, mainThread, clicks);
    const per = (x: number) => Math.round((x / clicks) * 100) / 100;
    const command = await workerRounds(
      page,
      [[['POST', `${web01}/actions/suspend`]], [['POST', `${web01}/actions/resume`]]],
      clicks,
    );
    const refetches = await workerRounds(page, [refetchPaths], clicks);
    return {
      command,
      refetches,
      mainMs: per(sum(main)),
      workerMs: per(sum(worker)),
      mainTasks: per(main.length),
      workerTasks: per(worker.length),
    };
  } finally {
    await browser.close();
  }
}

/** With DETAIL=1: the main thread's CPU per click by what its tasks ran first (event, and script URL). */
function detail(events: TraceEvent[], main: string, clicks: number) {
  type Timed = TraceEvent & { dur: number; tdur: number };
  const mine = events.filter((e): e is Timed => threadOf(e) === main && e.dur !== undefined && e.tdur !== undefined);
  const by = new Map<string, number>();
  for (const task of mine.filter((e) => e.name === 'RunTask')) {
    const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    const first = inside.sort((a, b) => b.dur - a.dur)[0];
    const url = (first?.args?.data?.url ?? '').replace(/^.*\//, '');
    const what = first ? `${first.name}${url ? ` ${url}` : ''}` : '(task)';
    by.set(what, (by.get(what) ?? 0) + task.tdur / 1000);
  }
  for (const [what, ms] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 12))
    console.log(`  ${(ms / clicks).toFixed(2)} ms/click  ${what}`);
}

runAsScript(import.meta.url, 40, (url, n) =>
  benchClickCpu(url.replace(/\/$/, ''), n).then((r) => console.log(url, JSON.stringify(r))),
);

/**
 * The lab's start path on a first visit, from one Chromium trace per run (decision 047): when the
 * lab's worker thread ran its first task, when the page received its first API answer, and each
 * request made before that answer (sent → finished, ms from navigation; its priority; "(cache)"
 * when the HTTP cache answered it). The lab's entry itself is fetched by the browser for the worker
 * and is not in the trace: the worker's first task is when it had come. Then the worker's own steps (STEPS).
 * Fresh phone profiles, at zero simulated latency unless LATENCY=default; ROWS=0 leaves out the requests.
 * `npx tsx bench/start-path.ts http://127.0.0.1:PORT/path [runs]` against a running `next start`.
 */
import { onFreshPhone, runAsScript } from './phone';
import { namedThreads, startTrace, stopTrace, type TraceEvent, threadOf } from './trace';

type Net = TraceEvent & {
  args: {
    data: { requestId?: string; url?: string; priority?: string; fromCache?: boolean; documentLoaderURL?: string };
  };
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Navigation → the first /api answer the page received (as bench/ui.ts counts it); 0 before any. */
const firstAnswer = () =>
  Math.min(
    Number.MAX_VALUE,
    ...performance.getEntriesByName('virtlab:api-answer').map((m) => m.startTime),
    ...performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.startsWith('/api/'))
      .map((e) => (e as PerformanceResourceTiming).responseEnd),
  ) % Number.MAX_VALUE;

export async function benchStartPath(url: string, runs = 5) {
  const origin = new URL(url).origin;
  const out = await onFreshPhone(runs, async (page, _context, browser) => {
    // At zero simulated latency, as bench/ui.ts measures the first answer (LATENCY=default: the lab's 150 ms).
    if (process.env.LATENCY !== 'default')
      await page.addInitScript(() => localStorage.setItem('virtlab:settings', '{"latencyMs":0}'));
    await startTrace(browser, page, ['blink.user_timing', 'loading']);
    await page.goto(url);
    await page.waitForFunction(firstAnswer, null, { timeout: 20_000, polling: 50 }).catch(() => undefined);
    const answer = Math.round(await page.evaluate(firstAnswer));
    // The answers file and the document as the network service timed them (not when the page's main thread heard of it).
    const timing = await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
        .filter((e) => e.entryType === 'navigation' || e.name.includes('/lab-worker/answers-'))
        .map((e) => {
          const r = e as PerformanceResourceTiming;
          return `${r.entryType === 'navigation' ? 'document' : 'answers'} request ${Math.round(r.requestStart)} response ${Math.round(r.responseStart)}→${Math.round(r.responseEnd)}`;
        })
        .join(' · '),
    );
    const events = (await stopTrace(browser)) as Net[];
    const nav = events.filter(
      (e) => e.name === 'navigationStart' && e.args.data?.documentLoaderURL?.startsWith(origin),
    );
    const t0 = nav[nav.length - 1]?.ts;
    const ms = (ts: number) => (t0 === undefined ? Number.NaN : Math.round((ts - t0) / 1000));
    const cached = new Set(
      events
        .filter((e) => e.name === 'ResourceReceiveResponse' && e.args.data?.fromCache)
        .map((e) => e.args.data.requestId),
    );
    const sent = new Map(
      events
        .filter((e) => e.name === 'ResourceSendRequest' && e.args.data?.url?.startsWith(origin))
        .map((e) => [e.args.data.requestId, e]),
    );
    const rows = events
      .filter((e) => e.name === 'ResourceFinish' && sent.has(e.args.data?.requestId) && ms(e.ts) <= answer)
      .map((e) => {
        const s = sent.get(e.args.data.requestId)!;
        const from = cached.has(e.args.data.requestId) ? ' (cache)' : '';
        return `${ms(s.ts)}→${ms(e.ts)} ${s.args.data.priority}${from} ${new URL(s.args.data.url!).pathname}`;
      });
    const pid = nav[nav.length - 1]?.pid;
    const worker = namedThreads(events, 'DedicatedWorker thread', pid);
    const workerTasks = events.filter((e) => e.name === 'RunTask' && worker.has(threadOf(e))).map((e) => ms(e.ts));
    const marks = Object.fromEntries(
      STEPS.map((name) => [name, ms(events.find((e) => e.name === name && e.pid === pid)?.ts ?? Number.NaN)]),
    );
    const detail =
      process.env.DETAIL === '1'
        ? [`navigation at ${t0} µs; network: ${timing}`, ...mainTasks(events, pid, ms, answer)]
        : [];
    return { answer, workerThread: workerTasks.length ? Math.min(...workerTasks) : Number.NaN, marks, rows, detail };
  });
  for (const o of out)
    console.log(
      `answer ${o.answer} ms, worker thread ${o.workerThread} ms, ${STEPS.map((s) => `${s.slice(8)} ${o.marks[s]}`).join(' · ')}${
        process.env.ROWS === '0' ? '' : `\n  ${o.rows.join('\n  ')}`
      }${o.detail.length ? `\n  main thread: ${o.detail.join('\n               ')}` : ''}`,
    );
  const steps = Object.fromEntries(STEPS.map((s) => [s.slice(8), median(out.map((o) => o.marks[s]))]));
  return { answer: median(out.map((o) => o.answer)), workerThread: median(out.map((o) => o.workerThread)), ...steps };
}

/**
 * DETAIL=1: the page's main-thread tasks from navigation until just after the answer that took ≥ 2 ms of wall
 * time or ran a script — `start+wall (cpu) what` in ms from navigation, "what" being the scripts evaluated
 * (their file names), the HTML parsed, or the task's longest event — so the order of events on the way to the
 * answer can be read whatever the machine's load (the CPU times).
 */
function mainTasks(events: Net[], pid: number | undefined, ms: (ts: number) => number, answer: number): string[] {
  const main = namedThreads(events, 'CrRendererMain', pid);
  const on = events.filter((e) => main.has(threadOf(e)));
  const tasks = on.filter(
    (e) => e.name === 'RunTask' && e.dur !== undefined && ms(e.ts) >= 0 && ms(e.ts) <= answer + 20,
  );
  const inside = (t: Net) => on.filter((e) => e !== t && e.ts >= t.ts && e.ts < t.ts + t.dur! && e.dur !== undefined);
  const file = (u?: string) => (u ? (u.split('/').pop() ?? u).slice(0, 28) : '');
  return tasks
    .map((t) => {
      const within = inside(t);
      const scripts = within.filter((e) => e.name === 'EvaluateScript').map((e) => `eval ${file(e.args?.data?.url)}`);
      const parse = within.some((e) => e.name === 'ParseHTML') ? ['parse HTML'] : [];
      const calls = within
        .filter((e) => e.name === 'FunctionCall' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame')
        .map((e) => `${e.name} ${file(e.args?.data?.url)}`.trim());
      const longest = [...within].sort((a, b) => b.dur! - a.dur!)[0];
      const what = [...parse, ...scripts, ...calls.slice(0, 2)];
      const most = longest ? `longest ${longest.name} ${Math.round(longest.dur! / 1000)}` : '';
      return { t, what: [...what, most].filter(Boolean).join(', ') };
    })
    .filter(({ t, what }) => t.dur! >= 2000 || what.includes('eval'))
    .map(({ t, what }) => `${ms(t.ts)}+${Math.round(t.dur! / 1000)} (${Math.round((t.tdur ?? 0) / 1000)}) ${what}`);
}

/**
 * The lab worker's steps to its first answer, marked by the worker itself (mocks/worker/globals.ts,
 * lab.worker.ts, mocks/store.ts): its first module running (every start file fetched and compiled), all of
 * them evaluated, the first request received, the store's first IndexedDB read begun and done, that
 * request's answer posted.
 */
const STEPS = [
  'virtlab:worker-made',
  'virtlab:first-evaluating',
  'virtlab:first-decided',
  'virtlab:app-asked',
  'virtlab:full-lab-asked',
  'virtlab:worker-evaluating',
  'virtlab:worker-evaluated',
  'virtlab:worker-request',
  'virtlab:store-reading',
  'virtlab:store-read',
  'virtlab:worker-answered',
];

runAsScript(import.meta.url, 3, (url, runs) =>
  benchStartPath(url, runs).then((r) => console.log(url, JSON.stringify(r))),
);

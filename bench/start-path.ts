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
    return { answer, workerThread: workerTasks.length ? Math.min(...workerTasks) : Number.NaN, marks, rows };
  });
  for (const o of out)
    console.log(
      `answer ${o.answer} ms, worker thread ${o.workerThread} ms, ${STEPS.map((s) => `${s.slice(8)} ${o.marks[s]}`).join(' · ')}${
        process.env.ROWS === '0' ? '' : `\n  ${o.rows.join('\n  ')}`
      }`,
    );
  const steps = Object.fromEntries(STEPS.map((s) => [s.slice(8), median(out.map((o) => o.marks[s]))]));
  return { answer: median(out.map((o) => o.answer)), workerThread: median(out.map((o) => o.workerThread)), ...steps };
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

/**
 * The paint-vs-script race lantern's LCP depends on (docs/perf-log.md, "Session 14 — /compare and LCP"):
 * Lighthouse keeps in the LCP's graph every script whose first `EvaluateScript` began before the observed
 * LCP. Over N first visits on a fresh phone profile, traced: how many of the page's scripts began
 * evaluating before the first contentful paint, and before the LCP candidate Chrome settled on, the
 * first paint's and the LCP's time from navigation, the HTML's bytes and its parse tasks before the paint.
 * Counts and orders of events, not durations: they hold under load far better than Lighthouse's figures.
 * `npx tsx bench/paint-race.ts http://127.0.0.1:PORT/path [runs]`
 */
import { onFreshPhone, runAsScript } from './phone';
import { LIGHTHOUSE_CATEGORIES, namedThreads, startTrace, stopTrace, type TraceEvent } from './trace';

export interface Race {
  /** Scripts (by URL, the page's origin) whose first EvaluateScript began before the first paint. */
  beforePaint: number;
  /** … before the last LCP candidate. */
  beforeLcp: number;
  fcp: number;
  lcp: number;
  /**
   * … of those, how many began after the main thread had committed the first paint's frame (its last
   * Commit before the paint's timestamp, which is the frame's presentation): run while the frame was on its way.
   */
  inGap: number;
  /** From that commit to the first paint's timestamp, ms. */
  gap: number;
  /** ParseHTML tasks of the document before the first paint. */
  parses: number;
  html: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function paintRace(url: string, runs = 10): Promise<Race[]> {
  const origin = new URL(url).origin;
  // The document's own inline scripts are evaluated under its URL: not a request lantern could keep.
  const isDocument = (u: string) => !u.includes('/_next/') && !u.endsWith('.js');
  return onFreshPhone(runs, async (page, _context, browser) => {
    // Lighthouse's own categories (their cost slows the parse as Lighthouse's trace does); LIGHTHOUSE_CATEGORIES=0: lighter.
    await startTrace(
      browser,
      page,
      process.env.LIGHTHOUSE_CATEGORIES === '0' ? ['loading', 'v8.execute'] : LIGHTHOUSE_CATEGORIES,
    );
    const response = await page.goto(url);
    const html = (await response?.body())?.length ?? 0;
    await page.waitForTimeout(3000);
    const events: TraceEvent[] = await stopTrace(browser);
    const ours = new Set(events.filter((e) => e.args?.data?.url?.startsWith(origin)).map((e) => e.pid));
    const mains = [...namedThreads(events, 'CrRendererMain')].filter((t) => ours.has(Number(t.split(':')[0])));
    const main = new Set(mains);
    const on = (e: TraceEvent) => main.has(`${e.pid}:${e.tid}`);
    const nav = events.find((e) => e.name === 'navigationStart' && on(e))?.ts ?? 0;
    const fcp = events.find((e) => e.name === 'firstContentfulPaint' && on(e))?.ts ?? Number.POSITIVE_INFINITY;
    const lcps = events.filter((e) => e.name === 'largestContentfulPaint::Candidate' && on(e));
    const lcp = lcps.length ? lcps[lcps.length - 1].ts : fcp;
    const firstEval = new Map<string, number>();
    for (const e of events)
      if (
        e.name === 'EvaluateScript' &&
        on(e) &&
        e.args?.data?.url?.startsWith(origin) &&
        !isDocument(e.args.data.url)
      ) {
        const u = e.args.data.url;
        if (!firstEval.has(u) || firstEval.get(u)! > e.ts) firstEval.set(u, e.ts);
      }
    const starts = [...firstEval.values()];
    const commits = events
      .filter((e) => (e.name === 'Commit' || e.name === 'Paint') && on(e) && e.ts < fcp)
      .map((e) => e.ts);
    const committed = commits.length ? Math.max(...commits) : fcp;
    if (process.env.DETAIL)
      for (const [u, t] of [...firstEval].sort((a, b) => a[1] - b[1]))
        console.log(
          `  ${Math.round((t - nav) / 1000)} ms ${t < fcp ? 'before' : 'after '} the paint: ${u.slice(origin.length)}`,
        );
    return {
      beforePaint: starts.filter((t) => t < fcp).length,
      beforeLcp: starts.filter((t) => t < lcp).length,
      inGap: starts.filter((t) => t >= committed && t < fcp).length,
      gap: Math.round((fcp - committed) / 1000),
      fcp: Math.round((fcp - nav) / 1000),
      lcp: Math.round((lcp - nav) / 1000),
      parses: events.filter((e) => e.name === 'ParseHTML' && on(e) && e.ts < fcp).length,
      html,
    };
  });
}

runAsScript(import.meta.url, 10, (url, runs) =>
  paintRace(url, runs).then((all) => {
    for (const r of all) console.log(JSON.stringify(r));
    const n = (f: (r: Race) => boolean) => all.filter(f).length;
    console.log(
      `${url}: scripts evaluated before the first paint, per visit ${all.map((r) => r.beforePaint).join(' ')}` +
        ` (visits with none: ${n((r) => r.beforePaint === 0)} of ${all.length}; of them after the paint's commit ${all.map((r) => r.inGap).join(' ')}, commit → paint ${all.map((r) => r.gap).join(' ')} ms); before the LCP ${all.map((r) => r.beforeLcp).join(' ')};` +
        ` FCP median ${median(all.map((r) => r.fcp))} ms, LCP median ${median(all.map((r) => r.lcp))} ms; HTML ${all[0]?.html} B`,
    );
  }),
);

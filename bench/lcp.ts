/**
 * Which element is the largest contentful paint, and when it painted: Lighthouse 12 names it in
 * `largest-contentful-paint-element`, but on this machine that audit often fails (its TraceElements
 * gatherer: "RootCauses … frame_sequence"). Read from the page's own PerformanceObserver instead, on
 * a fresh phone profile (every candidate in order: the last is the LCP), with the page's first-paint
 * and first-answer marks beside it. `npx tsx bench/lcp.ts http://127.0.0.1:PORT/path [runs]`.
 */
import { onFreshPhone, runAsScript } from './phone';

export interface LcpCandidate {
  at: number;
  size: number;
  element: string;
}

export async function lcpCandidates(url: string, runs = 1): Promise<LcpCandidate[][]> {
  return onFreshPhone(runs, async (page) => {
    await page.addInitScript(() => {
      const seen: LcpCandidate[] = [];
      (window as unknown as { __lcp: LcpCandidate[] }).__lcp = seen;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { size: number; element: Element | null })[]) {
          const el = e.element;
          const what = el
            ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 50)}"`
            : '(removed)';
          seen.push({ at: Math.round(e.startTime), size: e.size, element: what });
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(url);
    await page.waitForTimeout(4000);
    return page.evaluate(() => (window as unknown as { __lcp: LcpCandidate[] }).__lcp);
  });
}

runAsScript(import.meta.url, 1, (url, runs) =>
  lcpCandidates(url, runs).then((all) => {
    for (const run of all) console.log(url, run.map((c) => `${c.at} ms ${c.size} px² ${c.element}`).join('  →  '));
  }),
);

import { expect, test } from './fixtures';

/**
 * /compare never moves what it has painted (decision 076). Every layout shift the browser reports
 * from the navigation on (a buffered PerformanceObserver, so shifts before the page's scripts ran
 * count too) is summed once the page's last deferred part — the rounds tables, mounted one step
 * after the chart (decision 071) — is in the DOM, with the CPU slowed 4× as Lighthouse's phone run
 * does. Before this fix the page was streamed with its controls in a Suspense boundary shown a frame
 * after the first paint: the explanations, painted where the controls go, were pushed down (0.29 at
 * 1366 px). Nothing here waits for time: the sum is read after the last part is mounted and the
 * frame after it is drawn, and `takeRecords()` collects any entry not yet delivered.
 *
 * The page's own content (everything in <main>) may not move at all. The frame around it has been
 * seen to shift by 0.00005–0.005 in about one load of 24 on a loaded machine (the header's Undo/Redo
 * group, once the console bar's button; session 15's perf log, h67: on main and on the branch, cause
 * not found), far under what Lighthouse scores (CLS is "good" up to 0.1, and it reported 0 on every
 * run): those are held under 0.01 in all, so that this test keeps failing on /compare's own shift
 * (0.29–0.56) and on any shift of the frame a user could see, without failing CI on that flake.
 */
const sizes = [
  { width: 390, height: 844, locale: '' },
  { width: 1024, height: 768, locale: '' },
  { width: 1366, height: 768, locale: '' },
  { width: 1024, height: 768, locale: '/ja' },
];

for (const { width, height, locale } of sizes) {
  test.describe(`${width} px`, () => {
    // The context is made at this size: the page never sees another viewport.
    test.use({ viewport: { width, height } });
    test(`${locale || '/en'}/compare at ${width} px under 4× CPU throttling: no layout shift from the navigation to the last table`, async ({
      lab: page,
    }) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(() => {
        const w = window as unknown as {
          __shifts: { value: number; inMain: boolean; what: string[] }[];
          __shiftObserver: PerformanceObserver;
        };
        w.__shifts = [];
        const keep = (entries: PerformanceEntryList) => {
          for (const e of entries as unknown as { value: number; sources: { node?: Node | null }[] }[])
            w.__shifts.push({
              value: e.value,
              inMain: e.sources.some((s) => {
                const n = s.node;
                const el = n instanceof Element ? n : (n?.parentElement ?? null);
                return !!el?.closest('main');
              }),
              what: e.sources.map((s) => `${s.node?.nodeName ?? '?'} ${(s.node?.textContent ?? '').slice(0, 40)}`),
            });
        };
        w.__shiftObserver = new PerformanceObserver((list) => keep(list.getEntries()));
        w.__shiftObserver.observe({ type: 'layout-shift', buffered: true });
        // Entries the observer has not delivered yet are taken when the test reads the sum.
        (w as unknown as { __takeShifts: () => void }).__takeShifts = () => keep(w.__shiftObserver.takeRecords());
      });
      await page.goto(`${locale}/compare`);
      // The last deferred part: the rounds' disclosure under the totals (ResultsPanel's DeferredMount).
      await expect(page.locator('details > summary')).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('table').first()).toBeVisible();
      const shifts = await page.evaluate(
        () =>
          new Promise<{ value: number; inMain: boolean; what: string[] }[]>((resolve) =>
            // The frame that draws the last part, then the task after it: its shifts are recorded.
            requestAnimationFrame(() =>
              setTimeout(() => {
                const w = window as unknown as {
                  __shifts: { value: number; inMain: boolean; what: string[] }[];
                  __takeShifts: () => void;
                };
                w.__takeShifts();
                resolve(w.__shifts);
              }),
            ),
          ),
      );
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      expect(
        shifts.filter((s) => s.inMain),
        'layout shifts of the page itself (value, moved nodes)',
      ).toEqual([]);
      expect(
        shifts.reduce((sum, s) => sum + s.value, 0),
        JSON.stringify(shifts),
      ).toBeLessThan(0.01);
    });
  });
}

import { expect, test } from '@playwright/test';
import { firstLoads, shared } from '../bench/first-load';

/**
 * What every page pays before and right after its first paint is its first-load JS (the chunks its
 * HTML names), which races the paint (docs/decisions/081-…). The build this suite serves is measured
 * from Next's own route-bundle-stats.json (uncompressed bytes, as Next counts them): a route that
 * pulls the simulator or the shells into its first load (/drill did: 1.6 MB) fails here, and so
 * does the frame growing past what every page can afford. Raise a budget only with a decision.
 */
const EVERY_ROUTE = 720_000;
const EVERY_PAGE = 560_000;

test('no route carries more than its budget of first-load JS', () => {
  const loads = firstLoads('.');
  expect(loads.length).toBeGreaterThan(5);
  const over = loads.filter((l) => l.bytes > EVERY_ROUTE).map((l) => `${l.route}: ${l.bytes} bytes`);
  expect(over, `first-load JS over ${EVERY_ROUTE} bytes`).toEqual([]);
  // The drill's simulator is loaded after the paint: its first load is the frame's plus its own page.
  const drill = loads.find((l) => l.route === '/[locale]/drill');
  expect(drill?.bytes).toBeLessThan(700_000);
});

test("the framework's and the frame's chunks, which every page loads, stay within their budget", () => {
  const every = shared(firstLoads('.'), '.');
  expect(every.bytes).toBeLessThanOrEqual(EVERY_PAGE);
});

/**
 * What the load benches share: a fresh Chromium profile at a phone's viewport (Lighthouse's mobile
 * preset, 412×823 at 1.75×), opened, used and closed, and the command line `url [number]` they take.
 */
import { type BrowserContext, type Browser, chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../walkthrough/chromium';

const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

/** Runs `fn` once per run, each time in a new phone context of one browser; closes both whatever happens. */
export async function onFreshPhone<T>(
  runs: number,
  fn: (page: Page, context: BrowserContext, browser: Browser) => Promise<T>,
): Promise<T[]> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const out: T[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext(PHONE);
      out.push(await fn(await context.newPage(), context, browser));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** `npx tsx bench/<file>.ts URL [n]` run directly (not imported): calls `main` with the URL and n. */
export function runAsScript(moduleUrl: string, fallback: number, main: (url: string, n: number) => Promise<unknown>) {
  if (moduleUrl !== `file://${process.argv[1]}`) return;
  const [url = 'http://127.0.0.1:3210/', n = String(fallback)] = process.argv.slice(2);
  void main(url, Number(n));
}

/**
 * The overview's filter keystroke by CPU time, which a busy machine inflates far less than the wall
 * figures of bench/ui.ts: the 1,000-domain lab loaded, the name box focused, then bench/ui.ts's ten
 * keys ("vm-7", Backspace, "7", four Backspaces; each 400 ms after the last) typed under a trace. For
 * each key: the CPU time of the main-thread task that dispatched its `input` event (the keystroke's
 * own render, before the frame that paints it), and of every task until the next key (the list's
 * transition). Builds alternate when several origins are given, `rounds` times.
 * `npx tsx bench/keystroke-cpu.ts ORIGIN_A [ORIGIN_B] [rounds]` against running `next start`s.
 */
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../walkthrough/chromium';
import { namedThreads, startTrace, stopTrace, threadOf, type TraceEvent } from './trace';
import { bigSeed, domainLink, loadUntilPainted, newContext } from './ui';

const KEYS = ['v', 'm', '-', '7', 'Backspace', '7', 'Backspace', 'Backspace', 'Backspace', 'Backspace'];
type Dispatch = TraceEvent & { args?: { data?: { type?: string } } };

async function once(browser: import('@playwright/test').Browser, at: string) {
  const last = domainLink('node20', 'vm-20-050');
  const context = await newContext(browser, last, { seed: bigSeed() });
  const page = await context.newPage();
  await loadUntilPainted(page, () => page.goto(`${at}/`), last);
  await page.evaluate(() => window.__perf.settled(500));
  await page.getByRole('searchbox', { name: 'Name' }).click();
  await page.waitForTimeout(300);
  await startTrace(browser, page);
  for (const k of KEYS) {
    await page.keyboard.press(k);
    await page.waitForTimeout(400);
  }
  const events = await stopTrace(browser);
  await context.close();
  const inputs = (events as Dispatch[])
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input')
    .sort((a, b) => a.ts - b.ts);
  const main = inputs[0] && threadOf(inputs[0]);
  if (!main || !namedThreads(events, 'CrRendererMain').has(main)) throw new Error('no input event traced');
  const tasks = events.filter((e) => threadOf(e) === main && e.name === 'RunTask' && e.tdur !== undefined);
  const taskOf = (e: TraceEvent) => tasks.find((t) => t.ts <= e.ts && e.ts <= t.ts + t.dur!);
  return inputs.map((input, i) => {
    const next = inputs[i + 1]?.ts ?? Number.POSITIVE_INFINITY;
    const after = tasks.filter((t) => t.ts > input.ts && t.ts < next);
    return {
      key: (taskOf(input)?.tdur ?? 0) / 1000,
      until: after.reduce((s, t) => s + t.tdur!, 0) / 1000,
    };
  });
}

async function main() {
  const args = process.argv.slice(2);
  const rounds = /^\d+$/.test(args.at(-1) ?? '') ? Number(args.pop()) : 3;
  const browser = await chromium.launch(chromiumLaunchOptions);
  const r1 = (n: number) => n.toFixed(1);
  for (let round = 1; round <= rounds; round++)
    for (const at of args) {
      const load = loadavg()[0];
      const keys = await once(browser, at);
      console.log(
        `${at} round ${round} (load ${load.toFixed(1)}): keystroke task CPU ${keys.map((k) => r1(k.key)).join(' ')} ms (worst ${r1(Math.max(...keys.map((k) => k.key)))}); tasks until the next key ${keys.map((k) => Math.round(k.until)).join(' ')} ms`,
      );
    }
  await browser.close();
}

void main();

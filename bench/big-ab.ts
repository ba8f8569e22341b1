/**
 * The 1,000-domain list of two builds, measured alternately in one run so that both see the same
 * machine (a shared 2-core box's load moves every wall time): `A B A B …`, each round bench/ui.ts's
 * big part (three loads' list render, ten keystrokes) plus one traced load whose main-thread tasks
 * are read by CPU time — the render's own cost, which the load inflates far less than its wall time.
 * Each build is a folder with a `.next` built by `next build`, served by `next start DIR` (bench/ui.ts's serve).
 * `npx tsx bench/big-ab.ts DIR_A DIR_B [rounds]` (ports BENCH_PORT and 100 above it).
 */
import { loadavg } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../walkthrough/chromium';
import { busiest, namedThreads, startTrace, stopTrace, sum } from './trace';
import { bigLab, bigSeed, domainLink, loadUntilPainted, newContext, serve } from './ui';

/** A on BENCH_PORT, B 100 above it. */
const BASE = Number(process.env.BENCH_PORT ?? 3220);

/** One load of `/` with the big lab, traced: the main thread's longest task and all its tasks over 5 ms, CPU ms. */
async function tracedLoad(browser: Browser, at: string) {
  const last = domainLink('node20', 'vm-20-050');
  const context = await newContext(browser, last, { seed: bigSeed() });
  const page = await context.newPage();
  await startTrace(browser, page);
  await loadUntilPainted(page, () => page.goto(`${at}/`), last);
  await page.waitForTimeout(1000);
  const events = await stopTrace(browser);
  await context.close();
  const { cpu } = busiest(events, namedThreads(events, 'CrRendererMain'));
  return { longest: Math.max(0, ...cpu), over5: sum(cpu.filter((c) => c > 5)) };
}

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const r1 = (n: number) => Math.round(n * 10) / 10;

async function main() {
  const [a, b, n = '3'] = process.argv.slice(2);
  if (!a || !b) throw new Error('usage: npx tsx bench/big-ab.ts DIR_A DIR_B [rounds]');
  const builds = [a, b];
  const servers = await Promise.all(builds.map((d, i) => serve(d, BASE + 100 * i)));
  const browser = await chromium.launch(chromiumLaunchOptions);
  const out = builds.map(() => ({
    renders: [] as number[],
    keys: [] as number[],
    longest: [] as number[],
    over5: [] as number[],
  }));
  try {
    for (let round = 0; round < Number(n); round++)
      for (const [i] of builds.entries()) {
        const load = loadavg()[0];
        const at = `http://127.0.0.1:${BASE + 100 * i}`;
        const big = await bigLab(browser, at);
        const traced = await tracedLoad(browser, at);
        const o = out[i];
        o.renders.push(...big.renders);
        o.keys.push(Math.max(...big.keys.map((k) => k.paint)));
        o.longest.push(traced.longest);
        o.over5.push(traced.over5);
        console.log(
          `${'AB'[i]} round ${round + 1} (load ${load.toFixed(1)}): renders ${big.renders.map(Math.round).join(' ')} ms; keystrokes ${big.keys.map((k) => Math.round(k.paint)).join(' ')} ms (handlers ${big.keys.map((k) => Math.round(k.handled)).join(' ')}); traced longest task ${r1(traced.longest)} ms CPU, tasks > 5 ms ${r1(traced.over5)} ms CPU`,
        );
      }
    for (const [i, o] of out.entries())
      console.log(
        `${'AB'[i]} ${builds[i]}: list render median ${r1(med(o.renders))} ms (${o.renders.map(Math.round).join(' ')}); worst keystroke per round ${o.keys.map(r1).join(' ')} ms; longest task CPU median ${r1(med(o.longest))} ms; tasks > 5 ms ${r1(med(o.over5))} ms`,
      );
  } finally {
    await browser.close();
    for (const s of servers) if (s.pid) process.kill(-s.pid);
  }
}

void main();

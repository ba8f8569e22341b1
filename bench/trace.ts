/**
 * Reading a Chromium trace (Playwright's `browser.startTracing` / `stopTracing`) for the benches that
 * count CPU time by thread: bench/main-thread.ts (a load) and bench/click-cpu.ts (clicks).
 */
import type { Browser, Page } from '@playwright/test';

export interface TraceEvent {
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; frame?: string } };
}

/** The categories Lighthouse reads tasks from, and the threads' names. */
/**
 * What Lighthouse 12 adds to those when it traces a page (its trace gatherer's default categories).
 * Not free: with `…timeline.invalidationTracking` on, each DOM or style change records an event with
 * a JavaScript stack, and a render that creates a few hundred elements took 160–185 ms of CPU instead
 * of 17–21 ms (docs/perf-log.md, "Session 11"). Lighthouse's blocking time is made of those tasks.
 */
export const LIGHTHOUSE_CATEGORIES = [
  'disabled-by-default-lighthouse',
  'loading',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'blink.console',
  'disabled-by-default-devtools.screenshot',
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-devtools.timeline.frame',
  'latencyInfo',
  'disabled-by-default-devtools.timeline.invalidationTracking',
];

export const startTrace = (browser: Browser, page: Page, more: string[] = []) =>
  browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata', ...more],
  });

export const stopTrace = async (browser: Browser): Promise<TraceEvent[]> =>
  (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;

/** A thread's key: its process and thread ids. */
export const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;

/** The threads called `name` (CrRendererMain, DedicatedWorker thread…), of process `pid` when given. */
export const namedThreads = (events: TraceEvent[], name: string, pid?: number) =>
  new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === name && (pid === undefined || e.pid === pid))
      .map(threadOf),
  );

/** Each task's CPU time (ms), by thread, for the threads given. */
export function taskCpu(events: TraceEvent[], threads: Set<string>): Map<string, number[]> {
  const cpu = new Map<string, number[]>();
  for (const e of events)
    if (e.name === 'RunTask' && e.tdur !== undefined && threads.has(threadOf(e)))
      cpu.set(threadOf(e), [...(cpu.get(threadOf(e)) ?? []), e.tdur / 1000]);
  return cpu;
}

export const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** Of `threads`, the one whose tasks took the most CPU, and its tasks' CPU times (ms). */
export function busiest(events: TraceEvent[], threads: Set<string>): { thread?: string; cpu: number[] } {
  const [top] = [...taskCpu(events, threads)].sort((a, b) => sum(b[1]) - sum(a[1]));
  return { thread: top?.[0], cpu: top?.[1] ?? [] };
}

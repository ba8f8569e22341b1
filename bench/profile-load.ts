/**
 * Where a first visit's main-thread time goes, to find what Lighthouse's blocking time and LCP are
 * made of (its own LCP-element audit fails with Debian's Chromium): a fresh profile at a phone's
 * viewport with the CPU slowed 4× (as Lighthouse's mobile preset simulates), for `ms` after
 * navigation. Prints the LCP candidates (element, time), the long tasks, and the functions that
 * took the most self time inside long tasks (V8's sampling profiler), by script.
 * `npx tsx bench/profile-load.ts http://127.0.0.1:PORT/path [ms]` against a running `next start`.
 */
import { onFreshPhone, runAsScript } from './phone';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * The buffered LCP candidates, layout shifts and long tasks, read once the load is over. A string,
 * evaluated in the page as written (tsx would wrap named functions in a helper the page lacks).
 */
const observed = `(() => {
  const describe = (el) => el instanceof Element
    ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' “' + (el.textContent || '').trim().slice(0, 80) + '”'
    : '(not in the page any more)';
  const read = (type, map) => new Promise((resolve) => {
    const out = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) out.push(map(e)); }).observe({ type, buffered: true });
    setTimeout(() => resolve(out), 300);
  });
  return Promise.all([
    read('largest-contentful-paint', (e) => ({ at: Math.round(e.startTime), size: e.size, element: describe(e.element) })),
    read('longtask', (e) => ({ at: Math.round(e.startTime), ms: Math.round(e.duration) })),
    read('layout-shift', (e) => ({
      at: Math.round(e.startTime),
      value: Math.round(e.value * 1000) / 1000,
      moved: e.sources.map((s) => describe(s.node).slice(0, 60)),
    })),
  ]).then(([lcp, long, shifts]) => ({ lcp, long, shifts }));
})()`;

const short = (url: string) => url.replace(/^https?:\/\/[^/]+/, '') || '(native)';
/** A sampled function as it is reported: its name (or "(anonymous)") and where it is in which script. */
const frameKey = (f: ProfileNode['callFrame']) =>
  `${f.functionName || '(anonymous)'} ${short(f.url)}:${f.lineNumber}:${f.columnNumber}`;

/**
 * Stretches of the profile with no idle sample for more than 5 ms that last over 50 ms — the long
 * tasks, near enough (back-to-back tasks merge) — each with its own self time by function.
 */
function bursts(profile: Profile, byId: Map<number, ProfileNode>) {
  const out: { at: number; ms: number; self: Map<string, number> }[] = [];
  let t = 0;
  let cur: { at: number; ms: number; self: Map<string, number>; lastBusy: number } | null = null;
  profile.samples.forEach((id, i) => {
    t += (profile.timeDeltas[i] ?? 0) / 1000;
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const idle = f.functionName === '(idle)';
    if (idle) {
      if (cur && t - cur.lastBusy > 5) {
        if (cur.ms > 50) out.push(cur);
        cur = null;
      }
      return;
    }
    cur ??= { at: Math.round(t), ms: 0, self: new Map(), lastBusy: t };
    cur.lastBusy = t;
    cur.ms = Math.round(t - cur.at);
    const key = frameKey(f);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    cur.self.set(key, (cur.self.get(key) ?? 0) + dt);
  });
  const last = cur as { ms: number } | null;
  if (last && last.ms > 50) out.push(cur as unknown as (typeof out)[number]);
  return out;
}

export async function profileLoad(url: string, ms = 6000) {
  await onFreshPhone(1, async (page, context) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    await page.goto(url);
    await page.waitForTimeout(Math.max(0, ms - (Date.now() - t0)));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const { lcp, long, shifts } = (await page.evaluate(observed)) as {
      lcp: unknown[];
      long: { at: number; ms: number }[];
      shifts: unknown[];
    };
    console.log('LCP candidates:', JSON.stringify(lcp, null, 1));
    console.log('layout shifts:', JSON.stringify(shifts, null, 1));
    console.log('long tasks (at, ms):', long.map((l) => `${l.at}+${l.ms}`).join(' '));
    console.log(
      'blocking (4× CPU, measured):',
      long.reduce((s, l) => s + Math.max(0, l.ms - 50), 0),
      'ms',
    );
    // Self time per function, from the samples.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    const byScript = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const n = byId.get(id);
      if (!n) return;
      const f = n.callFrame;
      if (f.functionName === '(idle)' || f.functionName === '(program)') return;
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      const key = frameKey(f);
      self.set(key, (self.get(key) ?? 0) + dt);
      byScript.set(short(f.url), (byScript.get(short(f.url)) ?? 0) + dt);
    });
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`)
        .join('\n');
    console.log(`self time by script (4× CPU):\n${top(byScript, 15)}`);
    for (const b of bursts(profile, byId)) {
      console.log(`busy ${b.at}–${b.at + b.ms} ms after the profile started (${b.ms} ms):`);
      console.log(top(b.self, 6).replace(/^/gm, '    '));
    }
    console.log(`self time by function:\n${top(self, 20)}`);
  });
}

runAsScript(import.meta.url, 6000, profileLoad);

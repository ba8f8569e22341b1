/**
 * What ran inside each long main-thread task of a load (CPU > 12.5 ms, the tasks lantern charges at
 * 4×), by JavaScript function: one fresh phone load traced with Lighthouse's categories plus V8's
 * sampling profiler, the samples that fall inside each task summed by function (self time) and
 * printed with a few characters of the minified source at that function, which is enough to know it.
 * `npx tsx bench/task-profile.ts http://127.0.0.1:PORT/path [ms]` against a running `next start`.
 */
import { onFreshPhone, runAsScript } from './phone';
import {
  busiest,
  LIGHTHOUSE_CATEGORIES,
  namedThreads,
  startTrace,
  stopTrace,
  threadOf,
  type TraceEvent,
} from './trace';

interface Node {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
type Chunk = TraceEvent & {
  id?: string;
  args: { data?: { cpuProfile?: { nodes?: Node[]; samples?: number[] }; timeDeltas?: number[] } };
};

async function profile(url: string, ms: number) {
  await onFreshPhone(1, async (page, _context, browser) => {
    await startTrace(browser, page, [...LIGHTHOUSE_CATEGORIES, 'disabled-by-default-v8.cpu_profiler']);
    await page.goto(url);
    await page.waitForTimeout(ms);
    const events = await stopTrace(browser);
    const ours = new Set(events.filter((e) => e.args?.data?.url?.startsWith(new URL(url).origin)).map((e) => e.pid));
    const mains = new Set([...namedThreads(events, 'CrRendererMain')].filter((t) => ours.has(Number(t.split(':')[0]))));
    const { thread: main } = busiest(events, mains);
    if (!main) return;
    const pid = Number(main.split(':')[0]);
    // The main thread's profile: its ProfileChunk events, in order (one profile per thread).
    const head = events.find((e) => e.name === 'Profile' && threadOf(e) === main) as Chunk | undefined;
    const chunks = events.filter(
      (e) => e.name === 'ProfileChunk' && e.pid === pid && (e as Chunk).id === head?.id,
    ) as Chunk[];
    const nodes = new Map<number, Node>();
    const samples: { ts: number; node: number }[] = [];
    let ts = (head?.args?.data as { startTime?: number } | undefined)?.startTime ?? 0;
    for (const c of chunks) {
      for (const n of c.args.data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const s = c.args.data?.cpuProfile?.samples ?? [];
      const d = c.args.data?.timeDeltas ?? [];
      s.forEach((node, i) => {
        ts += d[i] ?? 0;
        samples.push({ ts, node });
      });
    }
    const sources = new Map<string, string>();
    const snippet = async (u: string, line: number, col: number) => {
      if (!u.startsWith('http')) return '';
      if (!sources.has(u)) sources.set(u, await (await fetch(u)).text().catch(() => ''));
      const text = sources.get(u)!.split('\n')[line] ?? '';
      return text.slice(col, col + 70).replace(/\s+/g, ' ');
    };
    const tasks = events
      .filter((e) => threadOf(e) === main && e.name === 'RunTask' && (e.tdur ?? 0) > 12_500)
      .sort((a, b) => a.ts - b.ts);
    const t0 = Math.min(...events.filter((e) => threadOf(e) === main && e.name === 'RunTask').map((e) => e.ts));
    for (const task of tasks) {
      const inside = samples.filter((s) => s.ts >= task.ts && s.ts <= task.ts + task.dur!);
      const self = new Map<string, number>();
      const step = inside.length ? task.dur! / 1000 / inside.length : 0;
      for (const s of inside) {
        const n = nodes.get(s.node);
        if (!n) continue;
        const f = n.callFrame;
        const key = `${f.functionName || '(anon)'}|${f.url}|${f.lineNumber}|${f.columnNumber}`;
        self.set(key, (self.get(key) ?? 0) + step);
      }
      console.log(
        `task at ${((task.ts - t0) / 1000).toFixed(0)} ms: CPU ${(task.tdur! / 1000).toFixed(1)}, wall ${(task.dur! / 1000).toFixed(1)} ms, ${inside.length} samples`,
      );
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8);
      for (const [key, t] of top) {
        const [fn, u, line, col] = key.split('|');
        const file = u.replace(/^https?:\/\/[^/]+/, '');
        console.log(
          `  ${t.toFixed(1)} ms ${fn} ${file}:${line}:${col}  ${await snippet(u, Number(line), Number(col))}`,
        );
      }
    }
  });
}

runAsScript(import.meta.url, 3000, (url, ms) => profile(url, ms));

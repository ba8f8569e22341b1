/**
 * First-load JS per route of a build, from Next's own `.next/diagnostics/route-bundle-stats.json`:
 * the bytes Next counts (uncompressed) and each chunk gzipped one by one (what the network carries),
 * with the part every page of the app shares (the framework and the frame: the chunks every
 * `/[locale]…` route loads) apart. Deterministic: a loaded machine changes none of it.
 * `npx tsx bench/first-load.ts [build dir] [base build dir]` — with a base, both side by side.
 * e2e/first-load-budget.spec.ts holds the budgets (docs/decisions/081-…).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface RouteLoad {
  route: string;
  /** Next's own figure: the route's first-load chunks, uncompressed. */
  bytes: number;
  gzip: number;
  chunks: string[];
}

export function routeStats(
  dir: string,
): { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] }[] {
  return JSON.parse(readFileSync(join(dir, '.next/diagnostics/route-bundle-stats.json'), 'utf8'));
}

export function firstLoads(dir: string): RouteLoad[] {
  const gz = new Map<string, number>();
  const gzipOf = (p: string) =>
    gz.get(p) ?? gz.set(p, gzipSync(readFileSync(join(dir, p)), { level: 9 }).length).get(p)!;
  return routeStats(dir)
    .map((s) => ({
      route: s.route,
      bytes: s.firstLoadUncompressedJsBytes,
      gzip: s.firstLoadChunkPaths.reduce((sum, p) => sum + gzipOf(p), 0),
      chunks: s.firstLoadChunkPaths,
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** The chunks every app page loads (the framework's and the frame's), as one pseudo-route. */
export function shared(loads: RouteLoad[], dir: string): RouteLoad {
  const app = loads.filter((l) => l.route.startsWith('/[locale]'));
  const chunks = app[0].chunks.filter((c) => app.every((l) => l.chunks.includes(c)));
  const size = (p: string) => readFileSync(join(dir, p));
  return {
    route: '(every page)',
    bytes: chunks.reduce((s, p) => s + size(p).length, 0),
    gzip: chunks.reduce((s, p) => s + gzipSync(size(p), { level: 9 }).length, 0),
    chunks,
  };
}

// Run as a script, not imported (the e2e imports it; Playwright loads it as CommonJS: no import.meta).
if (/first-load\.ts$/.test(process.argv[1] ?? '')) {
  const [dir = '.', base] = process.argv.slice(2);
  const table = (d: string) => {
    const loads = firstLoads(d);
    return new Map([...loads, shared(loads, d)].map((l) => [l.route, l]));
  };
  const now = table(dir);
  const before = base ? table(base) : null;
  const kib = (n: number) => (n / 1024).toFixed(1);
  console.log(
    base
      ? 'route | base bytes | bytes | base gzip KiB | gzip KiB | Δ gzip KiB'
      : 'route | bytes (uncompressed) | gzip KiB | chunks',
  );
  for (const [route, l] of now) {
    const b = before?.get(route);
    console.log(
      b
        ? `${route} | ${b.bytes} | ${l.bytes} | ${kib(b.gzip)} | ${kib(l.gzip)} | ${kib(l.gzip - b.gzip)}`
        : `${route} | ${l.bytes} | ${kib(l.gzip)} | ${l.chunks.length}`,
    );
  }
}

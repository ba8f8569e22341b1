/**
 * UI figures for issue 3, measured in one run on production builds:
 * first-load JS of `/` (gzip) against a bare Next.js page built now with the same Next, the mock
 * layer (MSW + simulator, loaded after first paint) separately; click → new state painted; cold
 * load until the domain list shows; a 1,000-domain lab: list render and one filter keystroke.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { bigWorld } from './big-world';
import type { Figure } from './shell';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const next = join(root, 'node_modules/.bin/next');

function firstLoadGzip(dir: string, route = '/'): number {
  const stats = JSON.parse(readFileSync(join(dir, '.next/diagnostics/route-bundle-stats.json'), 'utf8')) as { route: string; firstLoadChunkPaths: string[] }[];
  const entry = stats.find((s) => s.route === route);
  if (!entry) throw new Error(`no route ${route} in ${dir}`);
  return entry.firstLoadChunkPaths.reduce((sum, p) => sum + gzipSync(readFileSync(join(dir, p))).length, 0);
}

function buildBare(): string {
  const dir = join(root, 'bench-results/bare-next');
  mkdirSync(join(dir, 'app'), { recursive: true });
  writeFileSync(join(dir, 'app/layout.tsx'), "export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return <html lang=\"en\"><body>{children}</body></html>;\n}\n");
  writeFileSync(join(dir, 'app/page.tsx'), 'export default function Page() {\n  return <main>Hello</main>;\n}\n');
  writeFileSync(join(dir, 'next.config.js'), `module.exports = { turbopack: { root: ${JSON.stringify(root)} } };\n`);
  execFileSync(next, ['build', dir], { cwd: root, env, stdio: 'ignore' });
  return dir;
}

async function serve(port: number): Promise<ChildProcess> {
  const child = spawn(next, ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('next start did not come up');
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const round = (n: number) => Math.round(n * 10) / 10;

/** Time from navigation start until `text` is in the DOM, read inside the page (no polling error). */
async function loadUntil(browser: Browser, url: string, text: string, seed?: string): Promise<{ ms: number; page: Page; mockGzip: number }> {
  const context = await browser.newContext();
  if (seed) await context.addInitScript((s) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('virtlab:lab', s); sessionStorage.setItem('seeded', '1'); } }, seed);
  await context.addInitScript((t) => {
    const w = window as unknown as { __seen?: number };
    new MutationObserver(() => { if (w.__seen === undefined && document.body?.innerText.includes(t)) w.__seen = performance.now(); })
      .observe(document, { subtree: true, childList: true, characterData: true });
  }, text);
  const page = await context.newPage();
  let mockGzip = 0;
  page.on('response', async (r) => { if (r.url().endsWith('.js') && !r.url().includes('/_next/static/chunks/turbopack')) { try { const b = await r.body(); if (b.includes('setupWorker') || b.includes('TestGuestMagic')) mockGzip += gzipSync(b).length; } catch { /* gone */ } } });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __seen?: number }).__seen !== undefined, null, { timeout: 30_000 });
  const ms = await page.evaluate(() => (window as unknown as { __seen: number }).__seen);
  return { ms, page, mockGzip };
}

/** Click a button, then wait for the state badge to change and for the next frame to be painted. */
async function clickToPaint(page: Page, button: string, expect: string): Promise<number> {
  return page.evaluate(([name, want]) => new Promise<number>((resolve, reject) => {
    const btn = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    const badge = document.querySelector('[role="status"][aria-label="Domain state"]');
    if (!btn || !badge) return reject(new Error(`no ${name} button or state badge`));
    const t0 = performance.now();
    const obs = new MutationObserver(() => {
      if (!badge.textContent?.startsWith(want)) return;
      obs.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
    });
    obs.observe(badge, { subtree: true, childList: true, characterData: true });
    btn.click();
  }), [button, expect] as const);
}

export async function benchUi(opts: { build?: boolean } = {}): Promise<Figure[]> {
  if (opts.build !== false || !existsSync(join(root, '.next/BUILD_ID'))) execFileSync(next, ['build'], { cwd: root, env, stdio: 'ignore' });
  const bare = buildBare();
  const app = firstLoadGzip(root);
  const bareSize = firstLoadGzip(bare);
  const server = await serve(3210);
  const browser = await chromium.launch(existsSync('/usr/bin/chromium')
    ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] } : {});
  try {
    const cold: number[] = [];
    let mockGzip = 0;
    for (let i = 0; i < 5; i++) {
      const r = await loadUntil(browser, 'http://127.0.0.1:3210/', 'web01');
      cold.push(r.ms); mockGzip = Math.max(mockGzip, r.mockGzip);
      await r.page.context().close();
    }
    const d = await loadUntil(browser, 'http://127.0.0.1:3210/hosts/kvm1/domains/web01', 'web01');
    await d.page.getByRole('status', { name: 'Domain state' }).waitFor();
    await d.page.evaluate(() => fetch('/api/settings', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ latencyMs: 0 }) }).catch(() => {}));
    const clicks: number[] = [];
    for (let i = 0; i < 100; i++) clicks.push(await clickToPaint(d.page, i % 2 ? 'Resume' : 'Suspend', i % 2 ? 'running' : 'paused'));
    await d.page.context().close();
    const seed = JSON.stringify({ version: 1, savedAt: Date.now(), lab: { world: bigWorld(), journal: [], transitions: [], seq: 0 } });
    const big = await loadUntil(browser, 'http://127.0.0.1:3210/', 'vm-20-050', seed);
    const render = await big.page.evaluate(() => {
      const entries = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/'));
      const dataAt = Math.max(...entries.map((e) => (e as PerformanceResourceTiming).responseEnd));
      return (window as unknown as { __seen: number }).__seen - dataAt;
    });
    const search = big.page.getByRole('searchbox');
    await search.focus();
    const keystroke = await big.page.evaluate(() => new Promise<number>((resolve) => {
      const input = document.querySelector('input[type="search"]') as HTMLInputElement;
      const t0 = performance.now();
      const obs = new MutationObserver(() => { obs.disconnect(); requestAnimationFrame(() => resolve(performance.now() - t0)); });
      obs.observe(document.querySelector('main') ?? document.body, { subtree: true, childList: true, characterData: true });
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, 'vm-7');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }));
    await big.page.context().close();
    return [
      { name: 'first-load JS of / (gzip), app', value: Math.round(app / 1024), unit: 'KiB', target: `≤ 1.5 × bare = ${Math.round((bareSize * 1.5) / 1024)} KiB` },
      { name: 'first-load JS of / (gzip), bare Next.js page', value: Math.round(bareSize / 1024), unit: 'KiB', target: 'reference' },
      { name: 'app ÷ bare', value: round(app / bareSize), unit: '×', target: '≤ 1.5' },
      { name: 'mock layer (MSW + simulator + shell, loaded after first paint, gzip)', value: Math.round(mockGzip / 1024), unit: 'KiB', target: 'reported separately' },
      { name: 'cold load until the domain list shows (median of 5)', value: round(pct(cold, 50)), unit: 'ms', target: '≤ 400' },
      { name: 'click → new state painted, p50 (100 actions, zero latency)', value: round(pct(clicks, 50)), unit: 'ms', target: 'informational' },
      { name: 'click → new state painted, p95', value: round(pct(clicks, 95)), unit: 'ms', target: '≤ 50' },
      { name: '1,000 domains on 20 hosts: list render after data', value: round(render), unit: 'ms', target: '≤ 200' },
      { name: '1,000 domains: one filter keystroke to DOM update', value: round(keystroke), unit: 'ms', target: '≤ 16' },
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchUi({ build: !process.argv.includes('--no-build') }).then((fs) => { for (const f of fs) console.log(`${f.name}: ${f.value} ${f.unit} (target ${f.target})`); });
}

/**
 * `npm run walkthrough -- <lesson-id>… | --all | --lesson-file FILE… [--lang en|ja] [--pdf] [--headed] [--slow-mo N] [--out DIR] [--base-url URL] [--port N]`
 *
 * `--lesson-file FILE` reads a lesson file (docs/lesson-format.md) — refused with the field and the
 * reason as the app would refuse it — imports it through /learn's form and drives it like a
 * built-in lesson. `--pdf` also prints each handout to <out>/<lesson-id>/handout.pdf (A4).
 *
 * Drives lessons through the app with Playwright, as the e2e specs do (walkthrough/drive.ts), and
 * writes an illustrated handout per lesson to <out>/<lesson-id>/index.html with an index at
 * <out>/index.html (default out: handouts/, handouts/ja/ with --lang ja: the Japanese pages, texts
 * and handouts). Without --base-url it serves the production build
 * itself (building first when the sources are newer than .next/BUILD_ID). --headed --slow-mo 600
 * plays it in a visible browser for a classroom, where a display exists. Debian's Chromium is
 * used when /usr/bin/chromium exists.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { problemText } from '../lib/api/lesson-file';
import { localizeOutline } from '../lib/lessons/i18n';
import { lessonOutline } from '../lib/lessons/outline';
import { lessonById, lessons } from '../lib/lessons/registry';
import type { Lesson } from '../lib/lessons/types';
import { setWalkthroughLang } from '../walkthrough/lang';
import { writeIndex } from '../walkthrough/handout';
import { handoutRecorder } from '../walkthrough/handout-recorder';
import { chromiumLaunchOptions } from '../walkthrough/chromium';
import { importLessonFile, walkLesson } from '../walkthrough/drive';
import { writeHandoutPdf } from '../walkthrough/handout-pdf';
import { readLessonFileWithLink } from '../mocks/lab-file/lesson-link';

interface Options {
  ids: string[];
  all: boolean;
  headed: boolean;
  slowMo: number;
  out: string;
  baseUrl?: string;
  port: number;
  lang: 'en' | 'ja';
  lessonFiles: string[];
  pdf: boolean;
}

const USAGE =
  'usage: npm run walkthrough -- <lesson-id>…|--all|--lesson-file FILE… [--lang en|ja] [--pdf] [--headed] [--slow-mo N] [--out DIR] [--base-url URL] [--port N]';

function parse(argv: string[]): Options {
  const o: Options = {
    ids: [],
    all: false,
    headed: false,
    slowMo: 0,
    out: '',
    lang: 'en',
    lessonFiles: [],
    pdf: false,
    port: Number(process.env.WALKTHROUGH_PORT ?? 3210),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      return v;
    };
    if (a === '--all') o.all = true;
    else if (a === '--headed') o.headed = true;
    else if (a === '--pdf') o.pdf = true;
    else if (a === '--lesson-file') o.lessonFiles.push(value());
    else if (a === '--slow-mo') o.slowMo = Number(value());
    else if (a === '--out') o.out = value();
    else if (a === '--base-url') o.baseUrl = value();
    else if (a === '--port') o.port = Number(value());
    else if (a === '--lang') {
      const l = value();
      if (l !== 'en' && l !== 'ja') fail('--lang is en or ja');
      o.lang = l;
    } else if (a === '-h' || a === '--help') {
      console.log(`${USAGE}\n\nlessons:\n${lessons.map((l) => `  ${l.id}`).join('\n')}`);
      process.exit(0);
    } else if (a.startsWith('-')) fail(`unknown option ${a}`);
    else o.ids.push(a);
  }
  if (!Number.isFinite(o.slowMo) || o.slowMo < 0) fail('--slow-mo needs a number of milliseconds');
  if (!o.all && o.ids.length === 0 && o.lessonFiles.length === 0) fail('name a lesson, pass --all or --lesson-file');
  o.out ||= o.lang === 'ja' ? 'handouts/ja' : 'handouts';
  return o;
}

function fail(message: string): never {
  console.error(`walkthrough: ${message}\n${USAGE}`);
  process.exit(2);
}

/** The newest modification time under the folders the build reads. */
function newestSource(dirs: string[]): number {
  let newest = 0;
  const walk = (p: string) => {
    for (const e of readdirSync(p, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name.startsWith('.') || e.name === '__tests__') continue;
      const full = join(p, e.name);
      if (e.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const d of dirs) if (existsSync(d)) walk(d);
  return newest;
}

function ensureBuild() {
  const id = '.next/BUILD_ID';
  if (existsSync(id) && statSync(id).mtimeMs >= newestSource(['app', 'components', 'lib', 'mocks', 'public'])) return;
  console.log('walkthrough: building the app (next build)…');
  const r = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) fail('next build failed');
}

const answers = async (url: string) => {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
};

async function serve(port: number): Promise<{ url: string; server: ChildProcess }> {
  const url = `http://127.0.0.1:${port}`;
  if (await answers(url)) fail(`something already answers on ${url}: pass --base-url ${url} to use it, or --port N`);
  ensureBuild();
  const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (let t = 0; t < 120; t++) {
    if (await answers(url)) return { url, server };
    await new Promise((r) => setTimeout(r, 500));
  }
  process.kill(-server.pid!, 'SIGTERM');
  return fail(`next start did not answer on ${url}`);
}

async function launch(o: Options): Promise<Browser> {
  let headless = !o.headed;
  if (o.headed && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.warn('walkthrough: --headed needs a display (DISPLAY is not set); running headless');
    headless = true;
  }
  return chromium.launch({
    headless,
    slowMo: o.slowMo,
    ...chromiumLaunchOptions,
  });
}

/** A lesson file read, checked and replayed as the app would; a refused one stops the run with the reason. */
async function lessonFromFile(path: string, lang: Options['lang']): Promise<Chosen> {
  if (!existsSync(path)) fail(`no file ${path}`);
  const { read: r } = await readLessonFileWithLink(readFileSync(path, 'utf8'));
  if (!r.ok) fail(`${path} is refused: ${problemText(r.problem)}`);
  if (lang !== 'en' && !r.lesson.texts?.[lang]) fail(`${path} has no ${lang} texts: run it without --lang ${lang}`);
  return { lesson: r.lesson, file: resolve(path) };
}

/** A lesson to walk; an imported one names its file. */
interface Chosen {
  lesson: Lesson;
  file?: string;
}

/** One lesson in a fresh browser profile (so a fresh lab), latency zero. */
async function walk(browser: Browser, baseURL: string, { lesson, file }: Chosen, o: Options): Promise<boolean> {
  const out = o.out;
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  await context.addInitScript(() => localStorage.setItem('virtlab:settings', JSON.stringify({ latencyMs: 0 })));
  const page = await context.newPage();
  const outline = localizeOutline(lessonOutline(lesson), o.lang);
  const started = Date.now();
  try {
    if (file) await importLessonFile(page, file, outline.title);
    const handout = handoutRecorder(page, outline, out);
    await walkLesson(page, outline, handout.hooks, handout.onStep);
    await handout.finish();
    if (o.pdf) console.log(`    PDF → ${await writeHandoutPdf(browser, join(out, lesson.id))}`);
    console.log(
      `  ✓ ${lesson.id} (${outline.steps.length} steps, ${((Date.now() - started) / 1000).toFixed(1)} s) → ${join(out, lesson.id, 'index.html')}`,
    );
    return true;
  } catch (e) {
    await page.screenshot({ path: join(out, lesson.id, 'failed.png') }).catch(() => {});
    console.error(
      `  ✗ ${lesson.id}: ${(e as Error).message.split('\n').slice(0, 6).join('\n    ')}\n    (page at the failure: ${join(out, lesson.id, 'failed.png')})`,
    );
    return false;
  } finally {
    await context.close();
  }
}

async function main() {
  const o = parse(process.argv.slice(2));
  setWalkthroughLang(o.lang);
  const chosen: Chosen[] = [
    ...(o.all ? [...lessons] : o.ids.map((id) => lessonById(id) ?? fail(`no lesson '${id}' (--help lists them)`))).map(
      (lesson) => ({ lesson }),
    ),
    ...(await Promise.all(o.lessonFiles.map((f) => lessonFromFile(f, o.lang)))),
  ];
  const served = o.baseUrl ? null : await serve(o.port);
  const baseURL = o.baseUrl ?? served!.url;
  const stop = () => {
    if (served?.server.pid)
      try {
        process.kill(-served.server.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  let ok = 0;
  try {
    const browser = await launch(o);
    console.log(`walkthrough: ${chosen.length} lesson${chosen.length === 1 ? '' : 's'} on ${baseURL}`);
    for (const c of chosen) if (await walk(browser, baseURL, c, o)) ok++;
    await browser.close();
    writeIndex(
      o.out,
      [...lessons, ...chosen.map((c) => c.lesson)].map((l) => l.id),
    );
  } finally {
    stop();
  }
  console.log(`walkthrough: ${ok} of ${chosen.length} done; handouts in ${resolve(o.out, 'index.html')}`);
  process.exit(ok === chosen.length ? 0 : 1);
}

void main();

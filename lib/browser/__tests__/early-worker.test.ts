import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EarlyAnswer } from '../early-worker';
import { runInlineScript } from './inline-page';

type Lab = NonNullable<Window['__virtlabLab']>;
const ANSWERS: Parameters<NonNullable<Lab['answer']>>[0] = {
  '/api/lab': [200, 'OK', [['content-type', 'application/json']], '{"status":"ok"}'],
  '/api/lab/history': [200, 'OK', [['content-type', 'application/json']], '[]'],
  '/api/lessons': [200, 'OK', [['content-type', 'application/json']], '[{"id":"one"}]'],
};

/**
 * The page's inline <head> script, run for real (lib/browser/early-worker.ts), with the first entry and the
 * answers file built, in a page at `path` with `storage` as its localStorage: what it posts to the worker it
 * makes, the scripts it adds, and its timers.
 */
function page(path: string, storage: Record<string, string> = {}, answers = '/lab-worker/answers-0.js') {
  const posted: { type: string; id?: number; url?: string }[] = [];
  const workers: string[] = [];
  const scripts: { src?: string; onerror?: () => void }[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const parsed: (() => void)[] = [];
  let fromWorker: (e: { data: unknown }) => void = () => {};
  class FakeWorker {
    constructor(url: string) {
      workers.push(url);
    }
    postMessage(m: { type: string }) {
      posted.push(m);
    }
    addEventListener(type: string, fn: (e: { data: unknown }) => void) {
      if (type === 'message') fromWorker = fn;
    }
  }
  const keys = () => Object.keys(storage);
  const lab = runInlineScript(
    {
      document: {
        cookie: '',
        hidden: false,
        createElement: () => ({}),
        head: { appendChild: (s: object) => scripts.push(s) },
        addEventListener: (type: string, fn: () => void) => {
          if (type === 'DOMContentLoaded') parsed.push(fn);
        },
      },
      localStorage: {
        getItem: (k: string) => storage[k] ?? null,
        key: (i: number) => keys()[i] ?? null,
        length: keys().length,
      },
      location: { pathname: path, origin: 'http://lab.test' },
      requestAnimationFrame: () => 0,
      setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
      Worker: FakeWorker,
    },
    '/lab-worker/start-0.js',
    '/lab-worker/first-0.js',
    answers,
  );
  const requests = () => posted.flatMap((m) => (m.type === 'request' ? [new URL(m.url!).pathname] : []));
  const settled = async (p: Promise<unknown> | undefined) =>
    Promise.race([p?.then(() => true), new Promise((r) => setImmediate(() => r(false)))]);
  return {
    lab,
    posted,
    workers,
    scripts,
    timers,
    requests,
    settled,
    parsed: () => {
      for (const fn of parsed) fn();
    },
    fromWorker: (data: unknown) => fromWorker({ data }),
  };
}
const text = (e: EarlyAnswer | undefined) => new TextDecoder().decode(e!.answer.body);

describe('the inline script on a first visit (decision 080)', () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it('answers the early GETs in the page from the built-in lab’s answers, and asks the worker only what they lack', async () => {
    const p = page('/ja/hosts/kvm1/domains/web01');
    expect(p.workers).toEqual(['/lab-worker/first-0.js']);
    expect(p.scripts.map((s) => s.src)).toEqual(['/lab-worker/answers-0.js']);
    // The domain's own data has no built-in answer: the worker is asked at once (its full lab answers).
    expect(p.requests()).toEqual(['/api/hosts/kvm1/domains/web01']);
    p.lab.answer!(ANSWERS, 0);
    expect(p.requests()).toEqual(['/api/hosts/kvm1/domains/web01']);
    const lab = await p.lab.early['/api/lab'];
    expect(lab?.answer).toMatchObject({
      status: 200,
      statusText: 'OK',
      headers: [['content-type', 'application/json']],
    });
    expect(lab!.answer.id).toBeLessThan(0);
    expect(text(lab)).toBe('{"status":"ok"}');
    expect(text(await p.lab.early['/api/lessons'])).toBe('[{"id":"one"}]');
    // The load fallback (3 s) and the stalled file's (10 s) are the only timers; the answers needed none.
    expect(p.timers.filter((t) => t.ms !== 3000 && t.ms !== 10000)).toEqual([]);
  });

  it('adds no file when the answers are inline (decision 091): the script after it answers at once', async () => {
    const p = page('/', {}, 'inline');
    expect(p.workers).toEqual(['/lab-worker/first-0.js']);
    expect(p.scripts).toEqual([]);
    expect(p.requests()).toEqual([]);
    p.lab.answer!(ANSWERS, 0);
    expect(await p.settled(p.lab.early['/api/lab'])).toBe(true);
    expect(text(await p.lab.early['/api/lessons'])).toBe('[{"id":"one"}]');
    // The overview's lists are not in these answers: the worker is asked for them, nothing else.
    expect(p.requests().sort()).toEqual(['/api/domains', '/api/hosts']);
    // The document parsed after they ran: nothing more is asked.
    p.parsed();
    expect(p.requests().sort()).toEqual(['/api/domains', '/api/hosts']);
    // Answers that did not run (not written, or an error in them): the worker is asked once the document is parsed.
    const q = page('/compare', {}, 'inline');
    expect(q.requests()).toEqual([]);
    q.parsed();
    expect(q.requests()).toEqual(['/api/lab', '/api/lab/history', '/api/lessons']);
    for (const t of q.timers.filter((x) => x.ms === 10000)) t.fn();
    expect(q.requests()).toHaveLength(3);
  });

  it('waits the lab’s simulated latency before answering', async () => {
    const p = page('/');
    p.lab.answer!(ANSWERS, 150);
    expect(await p.settled(p.lab.early['/api/lab'])).toBe(false);
    const latency = p.timers.filter((t) => t.ms === 150);
    expect(latency).toHaveLength(3);
    for (const t of latency) t.fn();
    expect(await p.settled(p.lab.early['/api/lab'])).toBe(true);
    // Answers the file lacks (here '/''s lists) go to the worker.
    expect(p.requests().sort()).toEqual(['/api/domains', '/api/hosts']);
  });

  it('asks the worker for every early GET when the answers file does not load', () => {
    const p = page('/compare');
    p.scripts[0].onerror!();
    expect(p.requests()).toEqual(['/api/lab', '/api/lab/history', '/api/lessons']);
  });

  it('asks the worker for them when the answers file has not run 10 s on, and only once', () => {
    const p = page('/compare');
    expect(p.requests()).toEqual([]);
    for (const t of p.timers.filter((x) => x.ms === 10000)) t.fn();
    expect(p.requests()).toEqual(['/api/lab', '/api/lab/history', '/api/lessons']);
    // The file running late answers nothing twice.
    p.lab.answer!(ANSWERS, 0);
    p.scripts[0].onerror!();
    expect(p.requests()).toHaveLength(3);
  });

  it('counts a stored lab the first entry found as a notice, and lets writes go only once it has decided', async () => {
    const p = page('/');
    const hear = vi.fn();
    p.lab.hear = hear;
    expect(await p.settled(p.lab.decided)).toBe(false);
    p.fromWorker({ type: 'decided', fresh: false });
    expect(p.lab.heard).toBe(1);
    expect(hear).toHaveBeenCalledTimes(1);
    expect(await p.settled(p.lab.decided)).toBe(true);
  });

  it('counts nothing when the first entry found nothing stored', async () => {
    const p = page('/');
    p.fromWorker({ type: 'decided', fresh: true });
    expect(p.lab.heard).toBe(0);
    expect(await p.settled(p.lab.decided)).toBe(true);
  });

  it('answers nothing itself when a lab is marked stored: no first entry, no answers file, writes not held', () => {
    const p = page('/', { 'virtlab:lab-stored': '1' });
    expect(p.workers).toEqual([]);
    expect(p.scripts).toEqual([]);
    expect(p.lab.decided).toBeUndefined();
    expect(p.lab.answer).toBeUndefined();
    // The full lab, started after the paint (or when the app asks first), is asked every early GET at once.
    p.lab.start!();
    expect(p.workers).toEqual(['/lab-worker/start-0.js']);
    expect(p.requests().sort()).toEqual(['/api/domains', '/api/hosts', '/api/lab', '/api/lab/history', '/api/lessons']);
    expect(p.scripts).toEqual([]);
    expect(p.lab.decided).toBeUndefined();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { type InlinePage, runInlineScript } from './inline-page';

/**
 * When the page's inline <head> script asks for the full lab (decision 085): on a first visit, its first
 * entry runs from the start and the full lab's `load` waits for the page's load event and then an idle
 * moment (hydration done), unless the app needs the full lab earlier (`start`); with a lab stored, the full
 * lab is started at the first paint as before (decision 064).
 */
function page(storage: Record<string, string> = {}) {
  const posted: string[] = [];
  const workers: string[] = [];
  const frames: (() => void)[] = [];
  const idle: { fn: () => void; timeout?: number }[] = [];
  const loadListeners: (() => void)[] = [];
  const inputListeners: Record<string, (() => void)[]> = {};
  const timers: { fn: () => void; ms: number }[] = [];
  const doc = {
    readyState: 'interactive',
    cookie: '',
    hidden: false,
    createElement: () => ({}),
    head: { appendChild() {} },
  };
  let painted = false;
  class FakeWorker {
    constructor(url: string) {
      workers.push(url);
    }
    postMessage(m: { type: string }) {
      posted.push(m.type);
    }
    addEventListener() {}
  }
  const keys = () => Object.keys(storage);
  const stand: InlinePage & Record<string, unknown> = {
    document: doc,
    localStorage: {
      getItem: (k: string) => storage[k] ?? null,
      key: (i: number) => keys()[i] ?? null,
      length: keys().length,
    },
    location: { pathname: '/hosts/kvm1/domains/web01', origin: 'http://lab.test' },
    requestAnimationFrame: (fn: FrameRequestCallback) => frames.push(() => fn(0)),
    setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
    Worker: FakeWorker,
    performance: {
      mark() {},
      getEntriesByName: (name: string) => (painted && name === 'first-contentful-paint' ? [{ startTime: 1 }] : []),
    },
    addEventListener: (type: string, fn: () => void) => {
      if (type === 'load') loadListeners.push(fn);
      else (inputListeners[type] ??= []).push(fn);
    },
    requestIdleCallback: (fn: () => void, o?: { timeout?: number }) => idle.push({ fn, timeout: o?.timeout }),
  };
  const lab = runInlineScript(stand, '/lab-worker/start-0.js', '/lab-worker/first-0.js', '/lab-worker/answers-0.js');
  /** Runs the frames queued so far (each may queue the next). */
  const frame = () => {
    for (const f of frames.splice(0)) f();
  };
  return {
    lab,
    posted,
    workers,
    idle,
    timers,
    frame,
    paint: () => {
      painted = true;
    },
    /** The learner presses a pointer or a key (the listeners the script added for it). */
    input: (type: string) => {
      for (const f of inputListeners[type] ?? []) f();
    },
    loaded: () => {
      doc.readyState = 'complete';
      for (const f of loadListeners.splice(0)) f();
    },
  };
}

describe("the full lab's load (decision 085)", () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it('on a first visit, is asked for after the page has loaded and gone idle, not at the first paint', () => {
    const p = page();
    expect(p.workers).toEqual(['/lab-worker/first-0.js']);
    p.frame();
    p.paint();
    p.frame();
    expect(p.posted).not.toContain('load');
    expect(p.idle).toHaveLength(0);
    p.loaded();
    expect(p.posted).not.toContain('load');
    expect(p.idle).toHaveLength(1);
    expect(p.idle[0].timeout).toBeGreaterThan(0);
    p.idle[0].fn();
    expect(p.posted.filter((t) => t === 'load')).toHaveLength(1);
  });

  it('on a first visit, is asked for at once when the app needs the full lab (start), and only once', () => {
    const p = page();
    p.lab.start?.();
    expect(p.posted.filter((t) => t === 'load')).toHaveLength(1);
    p.paint();
    p.frame();
    p.loaded();
    for (const i of p.idle) i.fn();
    expect(p.posted.filter((t) => t === 'load')).toHaveLength(1);
  });

  it("on a first visit, is asked for at the learner's first pointerdown or keydown, before the idle moment", () => {
    for (const type of ['pointerdown', 'keydown']) {
      const p = page();
      p.paint();
      p.frame();
      expect(p.posted).not.toContain('load');
      p.input(type);
      expect(p.posted.filter((t) => t === 'load')).toHaveLength(1);
      p.loaded();
      for (const i of p.idle) i.fn();
      p.input(type);
      expect(p.posted.filter((t) => t === 'load')).toHaveLength(1);
    }
  });

  it('with a lab stored, starts the full lab at the first paint, without waiting for the load event', () => {
    const p = page({ 'virtlab:lab-stored': '1' });
    expect(p.workers).toEqual([]);
    p.frame();
    expect(p.workers).toEqual([]);
    p.paint();
    p.frame();
    expect(p.workers).toEqual(['/lab-worker/start-0.js']);
    expect(p.idle).toHaveLength(0);
  });

  it('on a first visit whose load event is late, is asked for 1.5 s after the first paint (other tabs wait for the lab meanwhile)', () => {
    const p = page();
    p.paint();
    p.frame();
    expect(p.posted).not.toContain('load');
    const cap = p.timers.filter((t) => t.ms === 1500);
    expect(cap).toHaveLength(1);
    cap[0].fn();
    expect(p.posted.filter((t) => t === 'load')).toHaveLength(1);
    p.loaded();
    for (const i of p.idle) i.fn();
    expect(p.posted.filter((t) => t === 'load')).toHaveLength(1);
  });
});

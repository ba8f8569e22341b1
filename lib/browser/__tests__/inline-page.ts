import { earlyWorkerScript } from '../early-worker';

type Lab = NonNullable<Window['__virtlabLab']>;

/** What the inline <head> script reads of the page; `Worker` absent as in a page with none. */
export interface InlinePage {
  document: object;
  localStorage: object;
  location: object;
  requestAnimationFrame: (fn: FrameRequestCallback) => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  Worker?: unknown;
}

/**
 * Runs the page's inline script for real (lib/browser/early-worker.ts, with these arguments) against a
 * stand-in page, with `window` as a global as the app reads it; returns what the script set up.
 */
export function runInlineScript(page: InlinePage, ...args: Parameters<typeof earlyWorkerScript>): Lab {
  const window = {} as { __virtlabLab?: Lab };
  (globalThis as unknown as { window: unknown }).window = window;
  const globals: Record<string, unknown> = { window, ...page };
  new Function(...Object.keys(globals), earlyWorkerScript(...args))(...Object.values(globals));
  return window.__virtlabLab!;
}

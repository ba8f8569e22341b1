import { mirrorStorage } from './mirror-storage';
import type { FromWorker } from './protocol';

// The worker's start, timed for bench/start-path.ts: its first module runs once every start file has
// been fetched and compiled (the entry imports them statically, decision 041).
performance.mark('virtlab:worker-evaluating');

/**
 * Imported first by the worker's entry, before MSW: its cookie store asks for localStorage when
 * its module is evaluated, and the store reads the settings from there (./mirror-storage.ts).
 */
export const scope = self as unknown as {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent) => void) | null;
};

export const mirror = mirrorStorage((key, value) => scope.postMessage({ type: 'storage', key, value }));
(globalThis as { localStorage?: unknown }).localStorage = mirror.storage;

import { LAB_WORKER_URL } from '@/lib/browser/early-worker';
import { TAB_ID } from '@/lib/browser/lab-channel';
import type { ToWorker } from './protocol';

/** The page's keys the lab reads: settings, the first-paint mark, a lab kept by an earlier VirtLab. */
function storedKeys(): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith('virtlab:')) out[k] = localStorage.getItem(k) ?? '';
    }
  } catch {
    /* storage blocked: the lab starts from its defaults */
  }
  return out;
}

/**
 * The page's lab worker, and what became of it before this looked (the inline script's `state`):
 * it has answered, or it could not be started or its script failed.
 */
export interface LabWorker {
  worker: Worker | null;
  keepsStorage: boolean;
  state?: 'answered' | 'failed';
}
let lab: LabWorker | null = null;

/**
 * The lab's worker, one per page: the one the inline <head> script started while the page's JS
 * loaded (lib/browser/early-worker.ts), which has sent it the page's keys and keeps the keys it
 * writes back; or, if the script could not, one started here, whose keys the page's side
 * (./ask.ts) keeps (`keepsStorage`). It is named with this tab's id, which the worker's
 * BroadcastChannel posts carry (lib/browser/lab-channel.ts).
 */
export function labWorker(): LabWorker {
  if (lab) return lab;
  const early = window.__virtlabLab;
  // On a first visit the first entry runs already and loads the full lab after the first paint
  // itself (the script's `load`); otherwise the app asks for the lab first, and it starts now.
  if (!early?.worker) early?.start?.();
  if (early?.worker) return (lab = { worker: early.worker, keepsStorage: false, state: early.state });
  let worker: Worker;
  try {
    worker = new Worker(LAB_WORKER_URL, { name: TAB_ID, type: 'module' });
  } catch {
    return (lab = { worker: null, keepsStorage: true, state: 'failed' });
  }
  worker.postMessage({
    type: 'init',
    storage: storedKeys(),
    indexedDB: typeof indexedDB !== 'undefined',
  } satisfies ToWorker);
  return (lab = { worker, keepsStorage: true });
}

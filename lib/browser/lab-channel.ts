/**
 * Tabs tell each other that the lab changed: after every write the writing tab posts its
 * revision, and the others refetch what they show (lib/browser/lab-sync.ts). A tab ignores its
 * own posts (the lab's worker and its page share one tab id).
 */
export const CHANNEL = 'virtlab:lab';
// The lab's worker is named with its page's id (lib/browser/early-worker.ts, mocks/worker/start.ts),
// so its posts are the page's own.
export const TAB_ID =
  (typeof document === 'undefined' && typeof self !== 'undefined' && self.name) ||
  (typeof window !== 'undefined' && window.__virtlabLab?.tab) ||
  Math.random().toString(36).slice(2);

export interface LabChanged {
  tab: string;
  rev: number;
}

let channel: BroadcastChannel | null | undefined;
export function announce(rev: number) {
  channel ??= typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  channel?.postMessage({ tab: TAB_ID, rev } satisfies LabChanged);
}

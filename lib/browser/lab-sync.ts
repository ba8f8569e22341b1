import type { QueryClient } from '@tanstack/react-query';
import { CHANNEL, type LabChanged, TAB_ID } from './lab-channel';

/**
 * One lab per browser: when another tab changes it, everything this tab shows is asked for again
 * (the API reads the lab that tab wrote), so the tabs agree within a moment of each change — also
 * when the change came before this listened (at hydration): the page's inline script counted it.
 */
export function followOtherTabs(qc: QueryClient): () => void {
  if (typeof BroadcastChannel !== 'function') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<LabChanged>) => {
    if (e.data?.tab !== TAB_ID) void qc.invalidateQueries();
  };
  // A change another tab made before this listened (the inline script counted its notice from the
  // page's first moment, lib/browser/early-worker.ts): what this page has may predate it.
  if (window.__virtlabLab?.heard) void qc.invalidateQueries();
  return () => channel.close();
}

import type { QueryClient } from '@tanstack/react-query';

/**
 * One lab per browser: when another tab changes it, everything this tab shows is asked for again
 * (the API reads the lab that tab wrote), so the tabs agree within a moment of each change — also
 * when the change came before this listened (at hydration): the page's inline script counted it.
 *
 * It follows the inline script's own channel (lib/browser/early-worker.ts: open from the page's first
 * moment, other tabs' notices only), so no notice falls between two channels: each one the script
 * counts after this has read the count calls `hear`. No channel (a real backend: no lab worker, no
 * notices; or no BroadcastChannel) — nothing to follow.
 */
export function followOtherTabs(qc: QueryClient): () => void {
  const lab = typeof window === 'undefined' ? undefined : window.__virtlabLab;
  if (!lab?.channel) return () => {};
  const hear = () => void qc.invalidateQueries();
  lab.hear = hear;
  // A change another tab made before this listened: what this page has may predate it.
  if (lab.heard) hear();
  return () => {
    if (lab.hear === hear) lab.hear = undefined;
  };
}

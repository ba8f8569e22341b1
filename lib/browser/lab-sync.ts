import type { QueryClient } from '@tanstack/react-query';
import { CHANNEL, type LabChanged, TAB_ID } from './lab-channel';

/**
 * One lab per browser: when another tab changes it, everything this tab shows is asked for again
 * (the API reads the lab that tab wrote), so the tabs agree within a moment of each change.
 */
export function followOtherTabs(qc: QueryClient): () => void {
  if (typeof BroadcastChannel !== 'function') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<LabChanged>) => {
    if (e.data?.tab !== TAB_ID) void qc.invalidateQueries();
  };
  return () => channel.close();
}

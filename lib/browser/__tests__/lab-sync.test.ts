import type { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** The page as the inline <head> script leaves it (lib/browser/early-worker.ts): its tab id and the notices it counted. */
function page(heard: number) {
  (globalThis as unknown as { window: unknown }).window = { __virtlabLab: { tab: 'this-tab', early: {}, heard } };
}
const client = () => {
  const invalidateQueries = vi.fn(async () => {});
  return { qc: { invalidateQueries } as unknown as QueryClient, invalidateQueries };
};
const tick = () => new Promise((r) => setTimeout(r, 20));

describe('followOtherTabs', () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
    vi.resetModules();
  });

  it('asks again for what the page has when another tab changed the lab before it listened', async () => {
    page(1);
    const { followOtherTabs } = await import('../lab-sync');
    const { qc, invalidateQueries } = client();
    const stop = followOtherTabs(qc);
    expect(invalidateQueries).toHaveBeenCalledTimes(1);
    stop();
  });

  it('asks nothing when no notice came before; then follows other tabs’ notices, not its own', async () => {
    page(0);
    const { followOtherTabs } = await import('../lab-sync');
    const { CHANNEL } = await import('../lab-channel');
    const { qc, invalidateQueries } = client();
    const stop = followOtherTabs(qc);
    expect(invalidateQueries).not.toHaveBeenCalled();
    const other = new BroadcastChannel(CHANNEL);
    other.postMessage({ tab: 'this-tab', rev: 1 });
    await tick();
    expect(invalidateQueries).not.toHaveBeenCalled();
    other.postMessage({ tab: 'another-tab', rev: 2 });
    await tick();
    expect(invalidateQueries).toHaveBeenCalledTimes(1);
    other.close();
    stop();
  });
});

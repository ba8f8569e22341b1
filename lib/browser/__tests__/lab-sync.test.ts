import type { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInlineScript } from './inline-page';
import { CHANNEL } from '../lab-channel';

type Lab = NonNullable<Window['__virtlabLab']>;

/**
 * The page's inline <head> script, run for real (lib/browser/early-worker.ts) in a page that has not
 * painted yet and has no Worker: it opens the page's channel and counts other tabs' notices.
 */
function page(): Lab {
  return runInlineScript({
    document: { cookie: '', hidden: false },
    localStorage: { getItem: () => null, length: 0 },
    location: { pathname: '/' },
    requestAnimationFrame: () => 0,
    setTimeout: () => 0,
  });
}
const client = () => {
  const invalidateQueries = vi.fn(async () => {});
  return { qc: { invalidateQueries } as unknown as QueryClient, invalidateQueries };
};
/** BroadcastChannel delivers in a later task. */
const delivered = () => new Promise((r) => setTimeout(r, 50));

describe('followOtherTabs', () => {
  const open: BroadcastChannel[] = [];
  const otherTab = () => {
    const c = new BroadcastChannel(CHANNEL);
    open.push(c);
    return c;
  };
  afterEach(() => {
    for (const c of open.splice(0)) c.close();
    delete (globalThis as { window?: unknown }).window;
  });

  it('asks again for what the page has when another tab changed the lab before it listened', async () => {
    const lab = page();
    open.push(lab.channel!);
    otherTab().postMessage({ tab: 'another-tab', rev: 1 });
    await delivered();
    expect(lab.heard).toBe(1);
    const { followOtherTabs } = await import('../lab-sync');
    const { qc, invalidateQueries } = client();
    const stop = followOtherTabs(qc);
    expect(invalidateQueries).toHaveBeenCalledTimes(1);
    stop();
  });

  it('hears a notice the page’s channel gets after the app read the count (one channel, no gap)', async () => {
    const lab = page();
    open.push(lab.channel!);
    // Posted before the app subscribes, delivered to the page's channel after: with a second channel of
    // its own, opened after the post, the app never got it and had read `heard` as 0.
    otherTab().postMessage({ tab: 'another-tab', rev: 1 });
    const { followOtherTabs } = await import('../lab-sync');
    const { qc, invalidateQueries } = client();
    const stop = followOtherTabs(qc);
    expect(invalidateQueries).not.toHaveBeenCalled();
    await delivered();
    expect(invalidateQueries).toHaveBeenCalledTimes(1);
    stop();
  });

  it('follows other tabs’ notices, not its own, until it stops', async () => {
    const lab = page();
    open.push(lab.channel!);
    const { followOtherTabs } = await import('../lab-sync');
    const { qc, invalidateQueries } = client();
    const stop = followOtherTabs(qc);
    expect(invalidateQueries).not.toHaveBeenCalled();
    const other = otherTab();
    other.postMessage({ tab: lab.tab, rev: 1 });
    await delivered();
    expect(invalidateQueries).not.toHaveBeenCalled();
    other.postMessage({ tab: 'another-tab', rev: 2 });
    await delivered();
    expect(invalidateQueries).toHaveBeenCalledTimes(1);
    stop();
    other.postMessage({ tab: 'another-tab', rev: 3 });
    await delivered();
    expect(invalidateQueries).toHaveBeenCalledTimes(1);
    expect(lab.heard).toBe(2);
  });

  it('follows nothing where the inline script opened no channel (a real backend)', async () => {
    (globalThis as unknown as { window: unknown }).window = {};
    const { followOtherTabs } = await import('../lab-sync');
    const { qc, invalidateQueries } = client();
    const stop = followOtherTabs(qc);
    otherTab().postMessage({ tab: 'another-tab', rev: 1 });
    await delivered();
    expect(invalidateQueries).not.toHaveBeenCalled();
    stop();
  });
});

import type { Page } from '@playwright/test';

/**
 * Which components rendered in each React commit, read through the hook React DevTools uses
 * (`__REACT_DEVTOOLS_GLOBAL_HOOK__`: React calls `onCommitFiberRoot` after every commit, in production
 * builds too). Nothing is added to the app: the hook exists only in the test's browser.
 *
 * `watchCommits(page, selector)` installs it before the page loads; after `startWatching`, each commit
 * records how many components *above* the element matched by `selector` rendered in it (their fiber
 * did work: React's PerformedWork flag). A component that renders re-makes its children's props, so 0
 * means that commit rendered nothing of the page around that element — only what is inside it.
 */
export async function watchCommits(page: Page, selector: string) {
  await page.addInitScript((sel) => {
    type Fiber = { tag: number; flags: number; return: Fiber | null; alternate: Fiber | null };
    const w = window as unknown as { __commits?: number[]; __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown };
    // Function, class, forwardRef, memo and simple memo components (React's work tags).
    const components = new Set([0, 1, 11, 14, 15]);
    const top = (f: Fiber) => {
      let x = f;
      while (x.return) x = x.return;
      return x;
    };
    const renderers = new Map<number, unknown>();
    w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers,
      inject: (r: unknown) => {
        renderers.set(renderers.size + 1, r);
        return renderers.size;
      },
      checkDCE() {},
      onScheduleFiberRoot() {},
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      onCommitFiberRoot(_id: number, root: { current: Fiber }) {
        const el = w.__commits && document.querySelector(sel);
        if (!el) return;
        const key = Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
        let f = key ? (el as unknown as Record<string, Fiber>)[key] : undefined;
        // The DOM node keeps one of its fiber's two copies: take the one in the tree just committed.
        if (f && top(f) !== root.current) f = f.alternate ?? undefined;
        if (!f || top(f) !== root.current) return;
        let rendered = 0;
        for (let x = f.return; x; x = x.return) if (components.has(x.tag) && x.flags & 1) rendered++;
        w.__commits!.push(rendered);
      },
    };
  }, selector);
}

/** From now on, record each commit (the list of counts is cleared). */
export const startWatching = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { __commits: number[] }).__commits = [];
  });

/** The counts recorded since `startWatching`, one per commit that held the element. */
export const commits = (page: Page) => page.evaluate(() => (window as unknown as { __commits: number[] }).__commits);

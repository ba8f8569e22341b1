'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useMemo, useSyncExternalStore } from 'react';

const never = () => () => {};

/** Decodes a path segment as the URL holds it; domain names may hold any character. */
const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * The names a page shell reads from the address bar. The domain and lesson pages are one
 * prerendered shell each, served for every name (next.config.js rewrites them to `_`), so their
 * route params say `_`: the real names are in the browser's URL. Null while prerendering and
 * hydrating (the shell's HTML is the same for every name), then the groups of `pattern` decoded.
 */
export function useUrlSegments(pattern: RegExp): string[] | null {
  const inBrowser = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  const pathname = usePathname();
  // The same array while the address is the same (a page defers it: a new one each render would cost a
  // background render each time — decision 089). Keyed on the pattern's text: a literal is a new object each render.
  const { source, flags } = pattern;
  return useMemo(() => {
    const m = inBrowser ? new RegExp(source, flags).exec(pathname) : null;
    return m ? m.slice(1).map(decode) : null;
  }, [inBrowser, pathname, source, flags]);
}

/**
 * The window's title (WCAG 2.4.2), once known in the browser: the shell's HTML has a generic one.
 * Next.js renders the shell's metadata <title> again after hydration and after a client
 * navigation, so while this page is shown the title is put back whenever that rewrites it.
 */
export function useWindowTitle(title: string | null) {
  useEffect(() => {
    if (!title) return;
    const put = () => {
      if (document.title !== title) document.title = title;
    };
    put();
    const watch = new MutationObserver(put);
    watch.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => watch.disconnect();
  }, [title]);
}

import { useEffect } from 'react';

/**
 * Other parts of the page (the lesson panel) ask the console drawer to open on a host. The drawer
 * owns whether it is open; this is a window event so neither imports the other.
 */
const EVENT = 'virtlab:open-console';

export const openConsole = (host: string) => window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: host }));

export function useOpenConsoleRequests(onRequest: (host: string) => void) {
  useEffect(() => {
    const listener = (e: Event) => onRequest((e as CustomEvent<string>).detail);
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, [onRequest]);
}

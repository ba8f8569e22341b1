import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Open/closed state for a panel that takes focus when it opens (the console drawer's input
 * autofocuses): closing it returns focus where it was before it opened — the lesson panel's
 * button, a domain page's control — rather than leaving it on the page's body.
 */
export function useOpenReturningFocus(panelId: string) {
  const [open, setOpenState] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const setOpen = useCallback((next: boolean | ((was: boolean) => boolean)) => {
    setOpenState((was) => {
      const now = typeof next === 'function' ? next(was) : next;
      if (now && !was && document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
      return now;
    });
  }, []);
  useEffect(() => {
    if (open) return;
    const target = opener.current;
    opener.current = null;
    const active = document.activeElement;
    const lost = !active || active === document.body || !!active.closest(`#${panelId}`);
    if (target?.isConnected && lost) target.focus();
  }, [open, panelId]);
  return [open, setOpen] as const;
}

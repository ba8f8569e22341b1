'use client';

import { type RefObject, useEffect, useState } from 'react';

/**
 * Whether an element's content is wider than its box, so it scrolls sideways — kept as it is resized,
 * and as the element comes and goes (`ref` is a callback ref). A region that scrolls must be a tab
 * stop (keyboard users scroll it); one that does not must not be. Measured only in the observer's
 * callback, which the browser calls once the element is laid out (also right after it is observed):
 * measuring in the effect itself made the browser compute the styles and layout of everything the
 * same render added (the domain page's lower half: 95 ms of CPU under Lighthouse, decision 058).
 * `measured`, when given, is called there too, with the element and whether it overflows: what reads or
 * sets the element's scroll belongs there, where the layout is already done (decision 064).
 */
export function useOverflowsX<T extends HTMLElement>(
  measured?: RefObject<((el: T, overflows: boolean) => void) | null>,
) {
  const [el, ref] = useState<T | null>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = () => {
      const o = el.scrollWidth > el.clientWidth;
      setOverflows(o);
      measured?.current?.(el, o);
    };
    const ro = new ResizeObserver(check);
    ro.observe(el);
    if (el.firstElementChild) ro.observe(el.firstElementChild);
    return () => ro.disconnect();
  }, [el, measured]);
  return { ref, el, overflows };
}

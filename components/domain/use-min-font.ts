'use client';

import { type RefObject, useEffect, useState } from 'react';

/**
 * A font size in an SVG's viewBox units that renders at no less than `minPx` CSS pixels, however
 * narrow the SVG is drawn (a lesson panel beside it at 1024 px); never below `base`, never above `max`.
 */
export function useMinFont(
  ref: RefObject<SVGSVGElement | null>,
  viewBoxWidth: number,
  base: number,
  minPx = 11,
  max = 17,
) {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([e]) => setWidth(Math.round(e.contentRect.width)));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  if (!width) return base;
  return Math.min(max, Math.max(base, (minPx * viewBoxWidth) / width));
}

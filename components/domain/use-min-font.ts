'use client';

import { type RefObject, useEffect, useState } from 'react';

/** The font size (viewBox units) that draws at `minPx` CSS pixels on an SVG `width` pixels wide. */
const fontFor = (width: number, viewBoxWidth: number, base: number, minPx: number, max: number) =>
  Math.min(max, Math.max(base, (minPx * viewBoxWidth) / width));

/**
 * A font size in an SVG's viewBox units that renders at no less than `minPx` CSS pixels, however
 * narrow the SVG is drawn (a lesson panel beside it at 1024 px); never below `base`, never above `max`.
 *
 * The size is found before the first render where it can be known without a layout: an SVG with a CSS
 * min-width (`minWidth` px) in a viewport no wider than that is drawn exactly that wide (a phone). Else
 * it starts at `base` and follows the SVG's measured width. It is kept as a size, not a width, so a
 * measure that gives the size already drawn renders nothing again: on a phone's first load, a second
 * render of every label was a task of its own (18–24 ms of CPU under Lighthouse's trace, decision 072).
 */
export function useMinFont(
  ref: RefObject<SVGSVGElement | null>,
  viewBoxWidth: number,
  base: number,
  { minPx = 11, max = 17, minWidth }: { minPx?: number; max?: number; minWidth?: number } = {},
) {
  const [font, setFont] = useState(() =>
    minWidth && typeof matchMedia === 'function' && matchMedia(`(max-width: ${minWidth}px)`).matches
      ? fontFor(minWidth, viewBoxWidth, base, minPx, max)
      : base,
  );
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([e]) => {
      const width = Math.round(e.contentRect.width);
      if (width) setFont(fontFor(width, viewBoxWidth, base, minPx, max));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, viewBoxWidth, base, minPx, max]);
  return font;
}

import type { FocusEvent, PointerEvent } from 'react';
import type { Hint } from './Hint';

export type HintComponent = typeof Hint;

let loaded: HintComponent | null = null;
/** Every LazyHint still waiting: the first one to want the code brings it for all. */
export const waiting = new Set<(hint: HintComponent) => void>();
export const loadedHint = () => loaded;
/** Hint's chunk (Radix Tooltip and its positioning code), loaded once for every LazyHint. */
export const loadHint = () =>
  import('./Hint').then((m) => {
    loaded = m.Hint;
    for (const take of waiting) take(m.Hint);
  });

/** The child's handlers LazyHint adds to: theirs run first. */
export type Handlers = {
  onPointerEnter?: (e: PointerEvent) => void;
  onPointerLeave?: (e: PointerEvent) => void;
  onPointerDown?: (e: PointerEvent) => void;
  onPointerUp?: (e: PointerEvent) => void;
  onFocus?: (e: FocusEvent) => void;
  onBlur?: (e: FocusEvent) => void;
};
export const both =
  <E>(theirs: ((e: E) => void) | undefined, ours: (e: E) => void) =>
  (e: E) => {
    theirs?.(e);
    ours(e);
  };

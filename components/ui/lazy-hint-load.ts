import type { FocusEvent, MouseEvent, PointerEvent } from 'react';
import type { Hint } from './Hint';

export type HintComponent = typeof Hint;

let loading: Promise<HintComponent> | null = null;
/** Hint's chunk (Radix Tooltip and its positioning code), loaded once for every LazyHint. */
export const loadHint = () => (loading ??= import('./Hint').then((m) => m.Hint));

/** Radix's `delayDuration` as Hint had it: a hover shorter than this shows no tooltip (a pointer passing over). */
export const HOVER_DELAY = 200;

/** The child's handlers LazyHint adds to: theirs run first. */
export type Handlers = {
  onPointerEnter?: (e: PointerEvent) => void;
  onPointerLeave?: (e: PointerEvent) => void;
  onPointerDown?: (e: PointerEvent) => void;
  onPointerUp?: (e: PointerEvent) => void;
  onClick?: (e: MouseEvent) => void;
  onFocus?: (e: FocusEvent) => void;
  onBlur?: (e: FocusEvent) => void;
};
export const both =
  <E>(theirs: ((e: E) => void) | undefined, ours: (e: E) => void) =>
  (e: E) => {
    theirs?.(e);
    ours(e);
  };

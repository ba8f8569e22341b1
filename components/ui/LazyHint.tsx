'use client';

import {
  type ComponentProps,
  cloneElement,
  type ReactElement,
  type Ref,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { focusCameFromTab } from './focus-origin';
import { type Handlers, type HintComponent, both, loadHint, loadedHint, waiting } from './lazy-hint-load';

type Props = Omit<ComponentProps<HintComponent>, 'defaultOpen'>;

/**
 * Hint for what every page shows at once (the header): Radix's tooltip code would otherwise be in
 * every page's first load (decision 008). Until it is wanted the child stands alone; the first hover,
 * Tab focus or (with `tapShows`) tap on any LazyHint loads it, and Hint then takes over each button,
 * open where that hover, focus or tap would have left it open — the button keeps the keyboard's
 * focus. Hint's button is a new element: never swapped in while a press is under way, or the press's
 * click would land on the old one and be lost.
 */
export function LazyHint({ children, ...hint }: Props) {
  const [Hint, setHint] = useState<HintComponent | null>(loadedHint);
  // What the learner did while the code was on its way, still in force (the pointer still over it…).
  const wanted = useRef<'hover' | 'focus' | 'tap' | null>(null);
  const pressed = useRef(false);
  const el = useRef<HTMLElement | null>(null);
  const held = useRef<HintComponent | null>(null);
  useEffect(() => {
    if (Hint) return;
    const take = (h: HintComponent) => {
      if (pressed.current) held.current = h;
      else setHint(() => h);
    };
    waiting.add(take);
    return () => void waiting.delete(take);
  }, [Hint]);
  /** A press ends after its click (dispatched after pointerup; later still after a touch), or after 1 s. */
  const press = () => {
    pressed.current = true;
    const release = () => {
      removeEventListener('click', after, true);
      clearTimeout(timer);
      pressed.current = false;
      const h = held.current;
      if (h) setHint(() => h);
    };
    const after = () => setTimeout(release, 0);
    const timer = setTimeout(release, 1000);
    addEventListener('click', after, { once: true, capture: true });
  };
  useLayoutEffect(() => {
    if (Hint && wanted.current === 'focus' && document.activeElement !== el.current) el.current?.focus();
  }, [Hint]);
  const theirs = (children.props as { ref?: Ref<HTMLElement> }).ref;
  const ref = (node: HTMLElement | null) => {
    el.current = node;
    if (typeof theirs === 'function') theirs(node);
    else if (theirs) theirs.current = node;
  };
  if (Hint)
    return (
      <Hint {...hint} defaultOpen={wanted.current !== null}>
        {cloneElement(children as ReactElement<{ ref?: unknown }>, { ref })}
      </Hint>
    );
  const want = (why: typeof wanted.current) => {
    wanted.current = why;
    void loadHint();
  };
  const own = children.props as Handlers;
  const handlers: Handlers & { ref: typeof ref } = {
    ref,
    onPointerEnter: both(own.onPointerEnter, (e) => e.pointerType === 'mouse' && want('hover')),
    onPointerLeave: both(own.onPointerLeave, () => wanted.current === 'hover' && (wanted.current = null)),
    onPointerDown: both(own.onPointerDown, press),
    onPointerUp: both(own.onPointerUp, (e) => hint.tapShows && e.pointerType === 'touch' && want('tap')),
    onFocus: both(own.onFocus, () => focusCameFromTab() && want('focus')),
    onBlur: both(own.onBlur, () => wanted.current === 'focus' && (wanted.current = null)),
  };
  return cloneElement(children, handlers);
}

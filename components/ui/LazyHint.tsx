'use client';

import {
  type ComponentProps,
  cloneElement,
  type ReactElement,
  type Ref,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { focusCameFromTab, handOverFocus } from './focus-origin';
import { type Handlers, type HintComponent, both, HOVER_DELAY, loadHint } from './lazy-hint-load';

type Props = Omit<ComponentProps<HintComponent>, 'defaultOpen'>;
type Want = 'hover' | 'focus' | 'tap';

const after = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Hint, mounted only when it is wanted. Every hinted button's hint (HintButton) and the header's: a Radix
 * tooltip (provider, root, trigger, portal) per button would be in the page's first load (decision 008)
 * and in its first render — eighteen of them on a domain page. Until this button is hovered (for as long
 * as Hint's own delay), Tab-focused or (with `tapShows`) tapped, the child stands alone; then Hint's code
 * is loaded (once, for all) and Hint takes this button over, open where that hover, focus or tap would
 * have left it. Hint's button is a new element: it gets the keyboard's focus if the old one had it, and
 * it is never swapped in while a press is under way, or the press's click would land on the old one and
 * be lost. Other buttons stay as they are until they are wanted themselves.
 */
export function LazyHint({ children, ...hint }: Props) {
  const [Hint, setHint] = useState<HintComponent | null>(null);
  // What the learner did that is still in force (the pointer still over it, the focus still on it…).
  const wanted = useRef<Want | null>(null);
  const pressed = useRef(false);
  const held = useRef<HintComponent | null>(null);
  const el = useRef<HTMLElement | null>(null);
  const focused = useRef(false);
  const swap = (h: HintComponent) => {
    focused.current = !!el.current && document.activeElement === el.current;
    setHint(() => h);
  };
  useLayoutEffect(() => {
    // Only the focus the old button lost with it (now on the body): a Tab or click that moved it on
    // between the swap and this commit is left where it went.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (Hint && focused.current && el.current && lost) handOverFocus(el.current);
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
  const want = (why: Want) => {
    wanted.current = why;
    const code = why === 'hover' ? Promise.all([loadHint(), after(HOVER_DELAY)]).then(([h]) => h) : loadHint();
    void code.then((h) => {
      if (wanted.current !== why) return; // the pointer left, the focus moved on, a press came first
      if (pressed.current) held.current = h;
      else swap(h);
    });
  };
  /** A press ends after its click (dispatched after pointerup; later still after a touch), or after 1 s. */
  const press = () => {
    // A press closes the tooltip (Radix): one not shown yet — for a hover or a Tab's focus — is not shown
    // after it (a tap's comes after, on its pointerup).
    wanted.current = null;
    pressed.current = true;
    const release = () => {
      removeEventListener('click', later, true);
      clearTimeout(timer);
      pressed.current = false;
      const h = held.current;
      if (h && wanted.current) swap(h);
    };
    const later = () => setTimeout(release, 0);
    const timer = setTimeout(release, 1000);
    addEventListener('click', later, { once: true, capture: true });
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

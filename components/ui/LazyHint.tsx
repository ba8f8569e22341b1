'use client';

import { cloneElement, type ReactElement, type ReactNode, type Ref, useId, useRef, useState } from 'react';
import { focusCameFromTab } from './focus-origin';
import { type Handlers, type HintComponent, both, HOVER_DELAY, loadHint } from './lazy-hint-load';

type Want = 'hover' | 'focus' | 'tap';
type Shown = { close: () => void };

const after = (ms: number) => new Promise((done) => setTimeout(done, ms));
/** The one hint open on the page: another one opening closes it. */
let shown: Shown | null = null;

/**
 * A button's hint, its tooltip mounted only when it is wanted: every hinted button (HintButton) and the
 * header's. A Radix tooltip per button would be in the page's first load (decision 008) and in its first
 * render — eighteen of them on a domain page. Until this button is hovered (for Hint's 200 ms delay),
 * Tab-focused or (with `tapShows`) tapped, the button stands alone; then Hint's code is loaded (once, for
 * all) and Hint is mounted BESIDE the button, anchored to it, open. The button itself is never replaced
 * (decision 083): it keeps its node, its focus and whatever a screen reader said of it. While the tooltip
 * is open the button's aria-describedby names it too. A press closes it (a tap or click on a `tapShows`
 * button — which does nothing else — opens it), and so do a blur, Escape, the pointer leaving both, or
 * another hint opening.
 */
export function LazyHint({
  children,
  content,
  tapShows = false,
  repeatsDescription = false,
}: {
  children: ReactElement;
  /** What the tooltip says; nothing (null, undefined, false) is no hint: the child stands alone, the same element. */
  content: ReactNode;
  tapShows?: boolean;
  /**
   * The tooltip says everything the child's own aria-describedby says (a reason, a hint): while it is open it
   * stands IN PLACE of that description, so a screen reader hears the reason once, never twice.
   */
  repeatsDescription?: boolean;
}) {
  const none = content == null || content === false;
  const noHint = useRef(none);
  noHint.current = none;
  const [Hint, setHint] = useState<HintComponent | null>(null);
  const [open, setOpen] = useState(false);
  // What the learner did that is still in force (the pointer still over it, the focus still on it…).
  const wanted = useRef<Want | null>(null);
  const el = useRef<HTMLElement | null>(null);
  const tip = useId();
  const self = useRef<Shown | null>(null);
  self.current ??= {
    close: () => {
      wanted.current = null;
      setOpen(false);
      if (shown === self.current) shown = null;
    },
  };
  const close = () => self.current?.close();
  const want = (why: Want) => {
    if (noHint.current) return;
    wanted.current = why;
    const code = why === 'hover' ? Promise.all([loadHint(), after(HOVER_DELAY)]).then(([h]) => h) : loadHint();
    void code.then((h) => {
      // the pointer left, the focus moved on, a press came first, the hint went away
      if (wanted.current !== why || noHint.current) return;
      if (shown !== self.current) shown?.close();
      shown = self.current;
      setHint(() => h);
      setOpen(true);
    });
  };
  /** The pointer went from the button or its tooltip to neither. */
  const left = (e: { relatedTarget: EventTarget | null; pointerType: string }, into: Element | null) => {
    if (e.pointerType === 'touch') return; // a finger leaves the button after every tap
    if (wanted.current === 'hover') wanted.current = null;
    if (!(e.relatedTarget instanceof Node && into?.contains(e.relatedTarget))) close();
  };
  const own = children.props as Handlers & { ref?: Ref<HTMLElement>; 'aria-describedby'?: string };
  const theirs = own.ref;
  const ref = (node: HTMLElement | null) => {
    el.current = node;
    if (typeof theirs === 'function') theirs(node);
    else if (theirs) theirs.current = node;
  };
  const showing = open && !none;
  const described = showing
    ? repeatsDescription
      ? tip
      : [own['aria-describedby'], tip].filter(Boolean).join(' ')
    : (own['aria-describedby'] ?? '');
  const handlers: Handlers & Record<string, unknown> = {
    ref,
    'aria-describedby': described || undefined,
    // A mounted hint marks its button, as Radix marks its triggers (e2e lazy-hints counts them).
    'data-hint': Hint && !none ? (showing ? 'open' : 'closed') : undefined,
    onPointerEnter: both(own.onPointerEnter, (e) => e.pointerType === 'mouse' && want('hover')),
    onPointerLeave: both(own.onPointerLeave, (e) => left(e, document.getElementById(tip))),
    onPointerDown: both(own.onPointerDown, close),
    onPointerUp: both(own.onPointerUp, (e) => tapShows && e.pointerType === 'touch' && want('tap')),
    // A disabled Button swallows its clicks (Button.tsx): only a `tapShows` button that does nothing
    // else gets here with one, and shows its hint; any other's click closes it.
    onClick: both(own.onClick, () => (tapShows ? want('tap') : close())),
    onFocus: both(own.onFocus, () => focusCameFromTab() && want('focus')),
    onBlur: both(own.onBlur, close),
  };
  return (
    <>
      {cloneElement(children, handlers)}
      {Hint && !none && (
        <Hint
          anchor={el}
          id={tip}
          open={showing}
          onClose={close}
          onPointerLeave={(e) => left(e, el.current)}
          content={content}
        />
      )}
    </>
  );
}

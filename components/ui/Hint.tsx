'use client';

import { Tooltip } from 'radix-ui';
import { type ReactElement, type ReactNode, useRef, useState } from 'react';
import { focusCameFromTab, focusHandedOver } from './focus-origin';

/**
 * A tooltip on hover and on keyboard focus (Tab). The same words must also reach screen readers
 * another way. Focus that did not come from Tab — a click, or a closing dialog handing focus back
 * to the button that opened it — closes it and keeps it closed until the pointer moves over the
 * button again, so a tooltip never outlives the dialog its button opened. It brings its own
 * provider; only LazyHint renders it, once the hint is wanted, so Radix's tooltip code loads then.
 * A touch screen has no hover: with `tapShows` (a disabled button's why), a tap opens it; a tap
 * elsewhere closes it. `defaultOpen`: open from the start (LazyHint, taking over after a hover, focus or tap).
 */
export function Hint({
  content,
  children,
  tapShows = false,
  defaultOpen = false,
}: {
  content: ReactNode;
  children: ReactElement;
  tapShows?: boolean;
  defaultOpen?: boolean;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const quiet = useRef(false);
  const touched = useRef(false);
  return (
    <Tooltip.Provider delayDuration={200}>
      <Tooltip.Root open={open} onOpenChange={(next) => setOpen(next && !quiet.current)}>
        <Tooltip.Trigger
          asChild
          onFocus={() => {
            if (focusHandedOver()) return; // LazyHint's new button taking the old one's focus
            // A tap that shows the hint focuses the button too (after its pointerup): not a click's focus.
            quiet.current = !focusCameFromTab() && !(tapShows && touched.current);
            if (quiet.current) setOpen(false);
          }}
          onPointerMove={(e) => {
            if (e.movementX || e.movementY) quiet.current = false;
          }}
          onPointerDown={(e) => {
            touched.current = e.pointerType === 'touch';
          }}
          // Not onClick: a disabled Button swallows its clicks (components/ui/Button.tsx).
          onPointerUp={(e) => {
            if (!tapShows || e.pointerType !== 'touch') return;
            quiet.current = false;
            setOpen(true);
          }}
        >
          {children}
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content
            side="bottom"
            sideOffset={6}
            collisionPadding={8}
            className="z-50 max-w-[min(24rem,calc(100vw-1rem))] rounded-md border border-line bg-panel px-3 py-2 text-sm text-fg shadow-lg"
          >
            {content}
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}

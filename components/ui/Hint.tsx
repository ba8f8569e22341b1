'use client';

import { Tooltip } from 'radix-ui';
import { Popper } from 'radix-ui/internal';
import type { PointerEvent, ReactNode, RefObject } from 'react';

// Radix's scoping (how its own primitives compose each other): the Popper Tooltip positions with is reached
// through this scope, so the anchor below is Tooltip's own.
const useTooltipScope = Tooltip.createTooltipScope();

/**
 * The tooltip of one hinted button (LazyHint renders it beside the button once its hint is wanted, so
 * Radix's tooltip code loads then). The button is not a Radix trigger and is never re-rendered into one: the
 * tooltip is anchored to that same element (Popper's virtual anchor) and LazyHint decides when it is open.
 * Radix still closes it on Escape and on a press outside it (`onClose`), positions it under the button
 * (above when there is no room) and gives it the role and id screen readers read through the button's
 * aria-describedby. Its padding on the button's side makes it touch the button, so the pointer can move from
 * one onto the other without leaving both (a tooltip must be hoverable).
 */
export function Hint({
  anchor,
  id,
  open,
  onClose,
  onPointerLeave,
  content,
}: {
  anchor: RefObject<HTMLElement | null>;
  id: string;
  open: boolean;
  onClose: () => void;
  onPointerLeave: (e: PointerEvent) => void;
  content: ReactNode;
}) {
  const scope = useTooltipScope(undefined);
  const popper = { __scopePopper: scope.__scopeTooltip };
  return (
    <Tooltip.Provider {...scope}>
      <Tooltip.Root {...scope} open={open} onOpenChange={(next) => next || onClose()}>
        <Popper.Anchor {...popper} virtualRef={anchor} />
        <Tooltip.Portal {...scope}>
          <Tooltip.Content
            {...scope}
            id={id}
            side="bottom"
            collisionPadding={8}
            onPointerLeave={onPointerLeave}
            className="z-50 data-[side=bottom]:pt-1.5 data-[side=top]:pb-1.5"
          >
            <div className="max-w-[min(24rem,calc(100vw-1rem))] rounded-md border border-line bg-panel px-3 py-2 text-sm text-fg shadow-lg">
              {content}
            </div>
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}

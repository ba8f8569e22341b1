'use client';

import { Tooltip } from 'radix-ui';
import type { ReactElement, ReactNode } from 'react';

/**
 * A tooltip on hover and keyboard focus. The same words must also reach screen readers another way.
 * It brings its own provider, so Radix's tooltip code loads only with the pages that have hints.
 */
export function Hint({ content, children }: { content: ReactNode; children: ReactElement }) {
  return (
    <Tooltip.Provider delayDuration={200}>
      <Tooltip.Root>
        <Tooltip.Trigger asChild>{children}</Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content
            side="bottom"
            sideOffset={6}
            className="z-50 max-w-sm rounded-md border border-line bg-panel px-3 py-2 text-sm text-fg shadow-lg"
          >
            {content}
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}

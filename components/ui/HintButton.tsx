'use client';

import { forwardRef, type ReactNode, useId } from 'react';
import { Button, type ButtonProps } from './Button';
import { LazyHint } from './LazyHint';

export interface HintButtonProps extends ButtonProps {
  /**
   * What the button does, shown on hover and Tab focus (a `title` shows nothing on a touch screen).
   * A string becomes a paragraph; other content stands as given.
   */
  hint?: ReactNode;
  /** The hint is also the button's description for screen readers (a short sentence, not a table). */
  describeHint?: boolean;
}

/**
 * A Button whose reason for being disabled (`disabledWhy`) and whose `hint` show in a tooltip: on hover,
 * on Tab focus, and — while it is disabled, so a tap does nothing else — on a tap. The reason also reaches
 * screen readers (aria-describedby) from the first render. The tooltip itself is mounted, and its code
 * loaded, only when it is wanted (LazyHint): every hinted button in the app, ActionButton's among them.
 */
export const HintButton = forwardRef<HTMLButtonElement, HintButtonProps>(function HintButton(
  { hint, describeHint, ...rest },
  ref,
) {
  const id = useId();
  const why = rest.disabledWhy;
  const described = why ?? (describeHint && typeof hint === 'string' ? hint : undefined);
  // One element whether or not there is a hint now: a button whose reason comes and goes keeps its node
  // and its focus (LazyHint with no content leaves the button alone). The tooltip says the reason and the
  // hint, so while open it stands in place of the reason's description (heard once).
  return (
    <>
      <LazyHint
        tapShows={!!why}
        repeatsDescription
        content={
          why || hint ? (
            <div className="flex flex-col gap-2">
              {why && <p className="font-medium text-danger">{why}</p>}
              {typeof hint === 'string' ? <p>{hint}</p> : hint}
            </div>
          ) : null
        }
      >
        <Button ref={ref} aria-describedby={described ? id : undefined} {...rest} />
      </LazyHint>
      {described && (
        <span id={id} className="sr-only">
          {described}
        </span>
      )}
    </>
  );
});

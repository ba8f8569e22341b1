'use client';

import { forwardRef, type ReactNode, useId } from 'react';
import { Button, type ButtonProps } from './Button';
import { Hint } from './Hint';

interface Props extends ButtonProps {
  /**
   * What the button does, shown on hover and Tab focus (a `title` shows nothing on a touch screen).
   * A string becomes a paragraph; other content stands as given.
   */
  hint?: ReactNode;
}

/**
 * A Button whose reason for being disabled (`disabledWhy`) and whose `hint` show as a tooltip: on
 * hover, on Tab focus, and — while it is disabled, so a tap does nothing else — on a tap. The
 * reason also reaches screen readers (aria-describedby). The one place for the touch rule: ActionButton
 * renders one too.
 */
export const HintButton = forwardRef<HTMLButtonElement, Props>(function HintButton({ hint, ...rest }, ref) {
  const id = useId();
  const why = rest.disabledWhy;
  if (!why && !hint) return <Button ref={ref} {...rest} />;
  return (
    <>
      <Hint
        tapShows={!!why}
        content={
          <div className="flex flex-col gap-2">
            {why && <p className="font-medium text-danger">{why}</p>}
            {typeof hint === 'string' ? <p>{hint}</p> : hint}
          </div>
        }
      >
        <Button ref={ref} aria-describedby={why ? id : undefined} {...rest} />
      </Hint>
      {why && (
        <span id={id} className="sr-only">
          {why}
        </span>
      )}
    </>
  );
});

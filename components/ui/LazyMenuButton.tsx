'use client';

import { Suspense, useState, type ButtonHTMLAttributes, type ReactNode } from 'react';

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'type'> {
  children: ReactNode;
  /** Starts loading the menu's code; called on hover and focus, so a press rarely waits. */
  preload: () => unknown;
  /** The real menu, open at once, whose trigger looks like this button. */
  menu: () => ReactNode;
}

/**
 * A menu button whose Radix menu (with its positioning code, ~25 KB gzip) loads on first use, so
 * pages do not carry it in their first load and a table does not mount a menu per row. Pressed
 * as Radix's trigger is (pointer down, or a click from Enter, Space or assistive tech), it
 * replaces itself with `menu()`; Radix then moves focus into the menu and back to its trigger.
 */
export function LazyMenuButton({ preload, menu, children, ...button }: Props) {
  const [armed, setArmed] = useState(false);
  const plain = (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      {...button}
      onPointerEnter={() => void preload()}
      onFocus={() => void preload()}
      onPointerDown={(e) => {
        if (e.button === 0 && !e.ctrlKey) {
          e.preventDefault();
          setArmed(true);
        }
      }}
      onClick={() => setArmed(true)}
    >
      {children}
    </button>
  );
  return armed ? <Suspense fallback={plain}>{menu()}</Suspense> : plain;
}

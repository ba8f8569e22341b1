'use client';

import { forwardRef, type ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';
const variants: Record<Variant, string> = {
  primary: 'bg-accent text-accent-fg border-accent hover:opacity-90',
  secondary: 'bg-panel text-fg border-line hover:bg-sunken',
  danger: 'bg-panel text-danger border-danger hover:bg-sunken',
  ghost: 'bg-transparent text-fg border-transparent hover:bg-sunken',
};

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: 'sm' | 'md';
  pending?: boolean;
  /** Why the button cannot be used now. It stays focusable (aria-disabled) so the reason can be read. */
  disabledWhy?: string;
}

/** A button that can say why it is disabled and show that its command is running. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size = 'md', pending, disabledWhy, className = '', children, onClick, disabled, ...rest },
  ref,
) {
  const off = disabled || !!disabledWhy || pending;
  // No colour transition: a state change shows at once (and ten buttons fading for 150 ms after each
  // click cost the next frames ~5–8 ms of style and paint work, measured in bench/ui.ts's clicks).
  return (
    <button
      ref={ref}
      type="button"
      aria-disabled={off || undefined}
      aria-busy={pending || undefined}
      onClick={(e) => {
        if (off) {
          e.preventDefault();
          return;
        }
        onClick?.(e);
      }}
      className={`inline-flex items-center justify-center gap-1.5 rounded-md border font-medium whitespace-nowrap
        ${size === 'sm' ? 'px-2 py-1 text-sm' : 'px-3 py-1.5 text-sm'} ${variants[variant]}
        aria-disabled:cursor-not-allowed aria-disabled:border-line aria-disabled:bg-sunken aria-disabled:text-muted aria-disabled:hover:opacity-100 ${className}`}
      {...rest}
    >
      {pending && (
        <span aria-hidden className="size-3 animate-spin rounded-full border-2 border-current border-t-transparent" />
      )}
      {children}
    </button>
  );
});

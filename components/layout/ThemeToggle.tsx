'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { LazyHint } from '@/components/ui/LazyHint';
import { applyTheme, readTheme, saveTheme, type ThemeChoice } from '@/lib/browser/theme';

const next: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };

/**
 * Cycles system → light → dark; "system" follows prefers-color-scheme as it changes. What it does shows
 * as a hint (hover, Tab focus) and is its description for screen readers; its name is the theme now.
 */
export function ThemeToggle() {
  const t = useTranslations('theme');
  const [choice, setChoice] = useState<ThemeChoice>('system');
  useEffect(() => setChoice(readTheme()), []);
  useEffect(() => {
    if (choice !== 'system') return;
    const mq = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => applyTheme('system');
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, [choice]);
  const id = useId();
  return (
    <>
      <LazyHint repeatsDescription content={<p>{t('title')}</p>}>
        <button
          type="button"
          onClick={() => {
            const c = next[choice];
            setChoice(c);
            saveTheme(c);
          }}
          className="rounded-md border border-line px-2.5 py-1 text-sm hover:bg-sunken"
          aria-describedby={id}
        >
          {t(choice)}
        </button>
      </LazyHint>
      <span id={id} className="sr-only">
        {t('title')}
      </span>
    </>
  );
}

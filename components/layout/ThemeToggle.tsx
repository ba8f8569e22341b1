'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { applyTheme, readTheme, saveTheme, type ThemeChoice } from '@/lib/browser/theme';

const next: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };

/** Cycles system → light → dark; "system" follows prefers-color-scheme as it changes. */
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
  return (
    <button
      type="button"
      onClick={() => {
        const c = next[choice];
        setChoice(c);
        saveTheme(c);
      }}
      className="rounded-md border border-line px-2.5 py-1 text-sm hover:bg-sunken"
      title={t('title')}
    >
      {t(choice)}
    </button>
  );
}

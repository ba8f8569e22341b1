'use client';

import { useEffect, useState } from 'react';
import { applyTheme, readTheme, saveTheme, type ThemeChoice } from '@/lib/browser/theme';

const next: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const label: Record<ThemeChoice, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };

/** Cycles system → light → dark; "system" follows prefers-color-scheme as it changes. */
export function ThemeToggle() {
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
      title="Switch light / dark theme"
    >
      {label[choice]}
    </button>
  );
}

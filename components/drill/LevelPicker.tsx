'use client';

import { useTranslations } from 'next-intl';
import type { Difficulty } from '@/lib/drills/types';

const LEVELS = [null, 1, 2, 3] as const;

/** Which difficulty a session asks (any, or one level). Changing it starts a new session. */
export function LevelPicker({
  level,
  onChange,
}: {
  level: Difficulty | null;
  onChange: (l: Difficulty | null) => void;
}) {
  const t = useTranslations('drill.level');
  return (
    <fieldset className="rounded-lg border border-line bg-panel p-3">
      <legend className="px-1 text-sm font-semibold">{t('legend')}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {LEVELS.map((l) => (
          <label key={l ?? 'any'} className="flex items-center gap-2 text-sm">
            <input type="radio" name="drill-level" checked={level === l} onChange={() => onChange(l)} />
            {l === null ? t('any') : t('one', { level: l })}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

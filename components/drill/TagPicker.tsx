'use client';

import { useTranslations } from 'next-intl';
import type { Tag } from '@/lib/drills/types';
import { allTags } from './drill-query';
import { useTagLabel } from './use-tag-label';

/** Which objectives and platforms a session asks about (none ticked: all). Changing them starts a new session. */
export function TagPicker({ selected, onChange }: { selected: Tag[]; onChange: (tags: Tag[]) => void }) {
  const t = useTranslations('drill');
  const label = useTagLabel();
  return (
    <fieldset className="rounded-lg border border-line bg-panel p-3">
      <legend className="px-1 text-sm font-semibold">{t('tags.legend')}</legend>
      <p className="mb-2 text-xs text-muted">{t('tags.hint')}</p>
      <ul className="space-y-1">
        {allTags.map((tag) => (
          <li key={tag}>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={selected.includes(tag)}
                onChange={(e) => onChange(e.target.checked ? [...selected, tag] : selected.filter((x) => x !== tag))}
              />
              {label(tag)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

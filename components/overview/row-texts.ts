'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { useVirshWord } from '@/components/ui/use-virsh-word';

/**
 * The words every domain row shows, looked up once per host table rather than by each of its rows
 * (and their badge and Actions button): with 1,000 domains, four translators per row were a good
 * part of the list's render (decision 042). Stable while the language is, so memoised rows stay so.
 */
export function useRowTexts() {
  const locale = useLocale();
  const t = useTranslations('overview');
  const virshWord = useVirshWord();
  return useMemo(
    () => ({
      locale,
      transient: t('transient'),
      managedSave: t('managedSave'),
      enabled: t('enabled'),
      disabled: t('disabled'),
      actions: t('actions'),
      actionsFor: (name: string) => t('actionsFor', { name }),
      word: virshWord,
    }),
    [locale, t, virshWord],
  );
}

export type RowTexts = ReturnType<typeof useRowTexts>;

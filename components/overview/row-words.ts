'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { useVirshWord } from '@/components/ui/use-virsh-word';

/**
 * The words every row of the overview shows, looked up once for the page rather than in each of a
 * thousand rows: a `useTranslations` per row component was a translator made, kept and collected per
 * row, and the list's render spent more in them than in its DOM (docs/perf-log.md, "Session 12").
 * States and reasons are a handful of words, each looked up once; "Actions for {name}" is formatted
 * once around a marker and the name put in its place.
 */
export function useRowWords() {
  const locale = useLocale();
  const t = useTranslations('overview');
  const virsh = useVirshWord();
  return useMemo(() => {
    const seen = new Map<string, string>();
    const [before, after = ''] = t('actionsFor', { name: '\u0000' }).split('\u0000');
    return {
      locale,
      word: (s: string) => {
        let w = seen.get(s);
        if (w === undefined) seen.set(s, (w = virsh(s)));
        return w;
      },
      transient: t('transient'),
      managedSave: t('managedSave'),
      enabled: t('enabled'),
      disabled: t('disabled'),
      actions: t('actions'),
      actionsFor: (name: string) => before + name + after,
    };
  }, [locale, t, virsh]);
}

export type RowWords = ReturnType<typeof useRowWords>;

'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ApiError } from '@/lib/api/client';
import type { LabFileProblem } from '@/lib/lab-file/format';

const keys = {
  'too-large': 'tooLarge',
  'not-json': 'notJson',
  'not-lab-file': 'notLabFile',
  'newer-version': 'newerVersion',
  damaged: 'damaged',
  tampered: 'tampered',
} as const satisfies Record<LabFileProblem, string>;

/**
 * Why a lab file was refused, in the page's language. A damaged file names the field at fault (its
 * path stays as the file spells it) and what is wrong with it, worded here, not in the schema's
 * English. The API's other details are English prose the sentence already says: shown on English pages only.
 */
export function useLabFileError() {
  const t = useTranslations('labFile.error');
  const english = useLocale() === 'en';
  return (problem: LabFileProblem | null, err: unknown) => {
    const detail = err instanceof Error ? err.message : '';
    if (!problem) return t('other', { detail });
    const fault = err instanceof ApiError ? err.fault : undefined;
    if (fault) return `${t(keys[problem])} ${t(`field.${fault.issue ?? 'value'}`, { field: fault.field })}`;
    return english && detail ? `${t(keys[problem])} (${detail})` : t(keys[problem]);
  };
}

'use client';

import { useTranslations } from 'next-intl';
import type { LabFileProblem } from '@/lib/lab-file/format';

const keys = {
  'too-large': 'tooLarge',
  'not-json': 'notJson',
  'not-lab-file': 'notLabFile',
  'newer-version': 'newerVersion',
  damaged: 'damaged',
  tampered: 'tampered',
} as const satisfies Record<LabFileProblem, string>;

/** Why a lab file was refused, in the page's language, with the API's detail (a field, a version) after it. */
export function useLabFileError() {
  const t = useTranslations('labFile.error');
  return (problem: LabFileProblem | null, err: unknown) => {
    const detail = err instanceof Error ? err.message : '';
    return problem ? `${t(keys[problem])} (${detail})` : t('other', { detail });
  };
}

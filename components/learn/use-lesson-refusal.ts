'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ApiError } from '@/lib/api/client';
import type { LessonProblemKind } from '@/lib/lessons/file/compile';

type Kind = LessonProblemKind | 'tooLarge' | 'tooMany';

/** Refusals the import answers before reading the file, by their code. */
const byCode: Record<string, Kind> = { TOO_LARGE: 'tooLarge', TOO_MANY_LESSONS: 'tooMany' };

/**
 * Why a lesson file was refused, in the page's language. English pages show the API's own sentence;
 * others word its reason (`learn.import.problem.<kind>`), the field's path kept as the file spells it
 * and commands, host names and tool output as they are — they are never translated.
 */
export function useLessonRefusal() {
  const t = useTranslations('learn.import.problem');
  const english = useLocale() === 'en';
  return (err: Error | null): string => {
    if (!err) return '';
    if (english || !(err instanceof ApiError)) return err.message;
    const kind = (err.reason?.kind ?? byCode[err.code]) as Kind | undefined;
    if (!kind || !t.has(kind)) return err.message;
    const path = err.fault?.field;
    const why = t(kind, { field: path ?? '', ...err.reason?.args });
    return path && kind !== 'unknown' ? `${path}: ${why}` : why;
  };
}

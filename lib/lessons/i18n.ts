import { lessonsJa } from './ja/index';
import type { LessonOutline } from './outline';
import type { Dialect } from '../shell/equivalents';
import type { Lesson } from './types';

export type LessonLocale = 'en' | 'ja';

/** One step's words in another language; `none` says why a dialect has no equivalent. */
export interface StepText {
  instruction: string;
  hint: string;
  none?: Partial<Record<Dialect, string>>;
}

/** A lesson's prose in another language, keyed by step id; commands stay as they are. */
export interface LessonText {
  title: string;
  concept: string;
  summary: string;
  goalText: string;
  hints: string[];
  steps: Record<string, StepText>;
}

const byLocale: Record<Exclude<LessonLocale, 'en'>, Record<string, LessonText>> = { ja: lessonsJa };

/** The lesson's own texts in `locale` (English is the lesson itself). */
export function lessonText(
  lesson: Pick<Lesson, 'id' | 'title' | 'concept' | 'summary' | 'goalText' | 'hints'>,
  locale: LessonLocale,
) {
  const t = locale === 'en' ? undefined : byLocale[locale][lesson.id];
  if (!t)
    return {
      title: lesson.title,
      concept: lesson.concept,
      summary: lesson.summary,
      goalText: lesson.goalText,
      hints: lesson.hints,
    };
  return { title: t.title, concept: t.concept, summary: t.summary, goalText: t.goalText, hints: t.hints };
}

/** An outline (as the API sends it) with its prose in `locale`. */
export function localizeOutline(outline: LessonOutline, locale: LessonLocale): LessonOutline {
  const t = locale === 'en' ? undefined : byLocale[locale][outline.id];
  if (!t) return outline;
  return {
    ...outline,
    ...lessonText(outline, locale),
    steps: outline.steps.map((s) => {
      const st = t.steps[s.id];
      if (!st) return s;
      const also = Object.fromEntries(
        Object.entries(s.also).map(([d, eq]) => [
          d,
          eq && 'none' in eq ? { none: st.none?.[d as Dialect] ?? eq.none } : eq,
        ]),
      );
      return { ...s, instruction: st.instruction, hint: st.hint, also };
    }),
  };
}

/** A lesson's title by id, in `locale` (the English one as the API gave it, otherwise). */
export const lessonTitleIn = (locale: string, id: string, english: string): string =>
  (locale === 'ja' ? byLocale.ja[id]?.title : undefined) ?? english;

/** A lesson list entry's texts in `locale`. */
export function localizeSummary<T extends { id: string; title: string; concept: string; summary: string }>(
  s: T,
  locale: LessonLocale,
): T {
  const t = locale === 'en' ? undefined : byLocale[locale][s.id];
  return t ? { ...s, title: t.title, concept: t.concept, summary: t.summary } : s;
}

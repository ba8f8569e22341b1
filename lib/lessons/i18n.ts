import { lessonsJa } from './ja/index';
import type { LessonOutline } from './outline';
import type { Dialect } from '../shell/equivalents';
import type { Lesson, LessonText, StepText } from './types';

export type LessonLocale = 'en' | 'ja';

export type { LessonText, StepText };

const byLocale: Record<Exclude<LessonLocale, 'en'>, Record<string, LessonText>> = { ja: lessonsJa };

/** Texts in `locale`: those an imported lesson carries, else the built-in translation by id. */
type Translatable = { id: string; texts?: Lesson['texts'] };
const textIn = (x: Translatable, locale: LessonLocale): LessonText | undefined =>
  locale === 'en' ? undefined : (x.texts?.[locale] ?? byLocale[locale][x.id]);

/** The lesson's own texts in `locale` (English is the lesson itself). */
export function lessonText(
  lesson: Pick<Lesson, 'id' | 'title' | 'concept' | 'summary' | 'goalText' | 'hints' | 'texts'>,
  locale: LessonLocale,
) {
  const t = textIn(lesson, locale);
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
  const t = textIn(outline, locale);
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
      return { ...s, title: st.title, instruction: st.instruction, hint: st.hint, also };
    }),
  };
}

/** A lesson's title by id, in `locale` (the English one as the API gave it, otherwise). */
export const lessonTitleIn = (locale: string, id: string, english: string): string =>
  (locale === 'ja' ? byLocale.ja[id]?.title : undefined) ?? english;

/** A lesson list entry's texts in `locale`. */
export function localizeSummary<
  T extends { id: string; title: string; concept: string; summary: string; texts?: Lesson['texts'] },
>(s: T, locale: LessonLocale): T {
  const t = textIn(s, locale);
  return t ? { ...s, title: t.title, concept: t.concept, summary: t.summary } : s;
}

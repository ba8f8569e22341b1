import { http, HttpResponse } from 'msw';
import type { ApiLesson, ApiLessonList } from '@/lib/api/contract';
import { clock } from '../clock';
import { noFields } from '@/lib/api/schemas/fields';
import { lessonParams } from '@/lib/api/schemas/requests';
import { clip } from '@/lib/api/schemas/messages';
import type { Lesson } from '@/lib/lessons/types';
import { notFound, type Parsed, parse, problem, readJson, withLab } from '../http';
import { loadLessonReader, lessonStore, toLesson, toLessonList } from '../lessons';
import { freshLab, store } from '../store';

type LessonParams = { id: string };

function findLesson(params: LessonParams): Parsed<Lesson> {
  const p = parse(lessonParams, params);
  if (!p.ok) return p;
  const lesson = lessonStore().find(params.id);
  return lesson ? { ok: true, value: lesson } : { ok: false, error: notFound(`no lesson '${clip(params.id)}'`) };
}

/**
 * Lessons (docs/decisions/006-lessons.md). Reading a lesson checks the running one against the
 * world as of now too, so a change that is not a command (a file written, a job that finished)
 * counts as soon as the panel asks.
 */
/** A lesson file is at most 64 KiB, and the browser keeps at most this many (they are stored with the lab, within its budget). */
const FILE_BYTES = 64 * 1024;
export const MAX_CUSTOM_LESSONS = 20;

export const lessonHandlers = [
  /**
   * Imports a lesson file (docs/lesson-format.md): read by its schema, then replayed — the goal must
   * not hold at the start and the solution must reach it — or refused with the field and the reason.
   */
  http.post('*/api/lessons/import', ({ request }) =>
    withLab(async () => {
      const text = await request.text();
      if (text.length > FILE_BYTES) return problem(413, 'TOO_LARGE', 'a lesson file is at most 64 KiB');
      // The reader replays the lesson through the shell: loaded on first use (mocks/http.ts, withShell).
      const [{ readLessonFileWithLink }, { problemText }] = await Promise.all([
        import('../lab-file/lesson-link'),
        import('@/lib/api/lesson-file'),
        loadLessonReader(),
      ]);
      // The replay's tools print in the page's language (`?lang=ja`), as its console does: a refusal quotes them.
      const ja = new URL(request.url).searchParams.get('lang') === 'ja';
      const l10n = ja ? (await import('@/lib/shell/l10n/ja')).virshForEnv : undefined;
      const { read, start } = await readLessonFileWithLink(text, ja ? { lang: 'ja', l10n } : undefined);
      if (!read.ok) {
        const { path, kind, args } = read.problem;
        return problem(422, 'LESSON_REFUSED', problemText(read.problem), { field: path, reason: { kind, args } });
      }
      const known = toLessonList(lessonStore()).lessons.filter((l) => l.custom && l.id !== read.lesson.id);
      if (known.length >= MAX_CUSTOM_LESSONS)
        return problem(409, 'TOO_MANY_LESSONS', `at most ${MAX_CUSTOM_LESSONS} imported lessons; remove one first`);
      lessonStore().addCustom(read.lesson, read.file, start?.ok ? start.world : undefined);
      return HttpResponse.json<ApiLesson>(toLesson(lessonStore(), read.lesson), { status: 201 });
    }),
  ),

  /** Forgets an imported lesson (a built-in one cannot be removed). */
  http.delete<LessonParams>('*/api/lessons/:id', ({ params }) =>
    withLab(() => {
      const lesson = findLesson(params);
      if (!lesson.ok) return lesson.error;
      if (!lessonStore().removeCustom(lesson.value.id))
        return problem(409, 'BUILT_IN', `'${clip(lesson.value.id)}' is a built-in lesson`);
      return HttpResponse.json<ApiLessonList>(toLessonList(lessonStore()));
    }),
  ),

  http.get('*/api/lessons', () =>
    withLab((lab, now) => {
      lessonStore().observe(lab.world, now);
      return HttpResponse.json<ApiLessonList>(toLessonList(lessonStore()));
    }),
  ),

  http.get<LessonParams>('*/api/lessons/:id', ({ params }) =>
    withLab((lab, now) => {
      const lesson = findLesson(params);
      if (!lesson.ok) return lesson.error;
      lessonStore().observe(lab.world, now);
      return HttpResponse.json<ApiLesson>(toLesson(lessonStore(), lesson.value));
    }),
  ),

  /** Starts the lesson, or starts it over: the lab becomes the lesson's starting world, progress is cleared. */
  // While the stored lab is unreadable this answers 503 like every command: it would overwrite the damaged data.
  http.post<LessonParams>('*/api/lessons/:id/start', ({ params, request }) =>
    withLab(async () => {
      const lesson = findLesson(params);
      if (!lesson.ok) return lesson.error;
      const body = await readJson(request, noFields);
      if (!body.ok) return body.error;
      // Like a lab reset: the clock goes back to the wall clock's time, the lesson's world starts now.
      clock().reset();
      store().commit(freshLab(clock().now(), lesson.value.world()));
      lessonStore().start(lesson.value);
      return HttpResponse.json<ApiLesson>(toLesson(lessonStore(), lesson.value));
    }),
  ),

  /** Stops checking: the panel closes, the lab stays as it is, progress is kept. */
  http.post('*/api/lessons/leave', ({ request }) =>
    withLab(async () => {
      const body = await readJson(request, noFields);
      if (!body.ok) return body.error;
      lessonStore().leave();
      return HttpResponse.json<ApiLessonList>(toLessonList(lessonStore()));
    }),
  ),
];

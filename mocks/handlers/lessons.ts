import { http, HttpResponse } from 'msw';
import type { ApiLesson, ApiLessonList } from '@/lib/api/contract';
import { lessonById } from '@/lib/lessons/registry';
import { clock } from '../clock';
import { noFields } from '@/lib/api/schemas/fields';
import { lessonParams } from '@/lib/api/schemas/requests';
import { clip } from '@/lib/api/schemas/messages';
import type { Lesson } from '@/lib/lessons/types';
import { notFound, type Parsed, parse, readJson, withLab } from '../http';
import { lessonStore, toLesson, toLessonList } from '../lessons';
import { freshLab, store } from '../store';

type LessonParams = { id: string };

function findLesson(params: LessonParams): Parsed<Lesson> {
  const p = parse(lessonParams, params);
  if (!p.ok) return p;
  const lesson = lessonById(params.id);
  return lesson ? { ok: true, value: lesson } : { ok: false, error: notFound(`no lesson '${clip(params.id)}'`) };
}

/**
 * Lessons (docs/decisions/006-lessons.md). Reading a lesson checks the running one against the
 * world as of now too, so a change that is not a command (a file written, a job that finished)
 * counts as soon as the panel asks.
 */
export const lessonHandlers = [
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

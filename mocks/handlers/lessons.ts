import { http, HttpResponse } from 'msw';
import type { ApiLesson, ApiLessonList } from '@/lib/api/contract';
import { lessonById } from '@/lib/lessons/registry';
import { clock } from '../clock';
import { latency, notFound, withLab } from '../http';
import { lessonStore, toLesson, toLessonList } from '../lessons';
import { freshLab, store } from '../store';

type LessonParams = { id: string };

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
      const lesson = lessonById(params.id);
      if (!lesson) return notFound(`no lesson '${params.id}'`);
      lessonStore().observe(lab.world, now);
      return HttpResponse.json<ApiLesson>(toLesson(lessonStore(), lesson));
    }),
  ),

  /** Starts the lesson, or starts it over: the lab becomes the lesson's starting world, progress is cleared. */
  http.post<LessonParams>('*/api/lessons/:id/start', async ({ params }) => {
    await latency();
    const lesson = lessonById(params.id);
    if (!lesson) return notFound(`no lesson '${params.id}'`);
    // Like a lab reset: the clock goes back to the wall clock's time, the lesson's world starts now.
    clock().reset();
    store().commit(freshLab(clock().now(), lesson.world()));
    lessonStore().start(lesson);
    return HttpResponse.json<ApiLesson>(toLesson(lessonStore(), lesson));
  }),

  /** Stops checking: the panel closes, the lab stays as it is, progress is kept. */
  http.post('*/api/lessons/leave', async () => {
    await latency();
    lessonStore().leave();
    return HttpResponse.json<ApiLessonList>(toLessonList(lessonStore()));
  }),
];

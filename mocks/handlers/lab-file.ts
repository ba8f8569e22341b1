import { http, HttpResponse } from 'msw';
import type { LabStatus } from '@/lib/api/contract';
import { type LabFile, type LabFileLessons, problemCode, sealLabFile } from '@/lib/lab-file/format';
import { clock } from '../clock';
import { answer, problem, withLab } from '../http';
import { readLabFile } from '../lab-file/read';
import { labStatus } from '../lab-status';
import { loadLessonReader, lessonStore, type StoredLessons } from '../lessons';
import { store, type Lab } from '../store';

export const labFileHandlers = [
  /** The lab, its clock and the lesson progress as one file (the Lab menu's export and share link). */
  http.get('*/api/lab/export', () =>
    withLab(async (lab, now) => {
      const lessons = lessonStore().snapshot() as LabFileLessons;
      return HttpResponse.json<LabFile>(await sealLabFile({ labTime: now, lab, lessons }, Date.now()));
    }),
  ),

  /**
   * A lab file replaces the lab, the clock and the lesson progress (when it carries any) — all or nothing: a file that
   * is not one, is damaged, was edited, is too large or comes from a newer VirtLab changes nothing.
   */
  http.post('*/api/lab/import', ({ request }) =>
    answer(async () => {
      const read = await readLabFile(await request.text());
      if (!read.ok)
        return problem(read.problem === 'too-large' ? 413 : 400, problemCode(read.problem), read.detail, read.fault);
      const { lab, labTime, lessons } = read.file;
      await loadLessonReader(); // the file's imported lessons are read with the lab's status
      store().commit(lab as Lab);
      clock().restore(labTime);
      // A file with no progress in it (a drill question's lab, `npm run lab-link`) keeps the learner's:
      // only the running lesson stops, its lab being gone. Damaged progress starts over as before.
      if (lessons === null && !lessonStore().damaged()) lessonStore().leave();
      else lessonStore().replace(lessons as StoredLessons | null);
      return HttpResponse.json<LabStatus>(labStatus());
    }),
  ),
];

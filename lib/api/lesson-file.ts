import { compileLessonFile, type FileProblem, type LinkedStart } from '../lessons/file/compile';
import { verifyLesson } from '../lessons/file/verify';
import type { ReplayLocale } from '../lessons/replay';
import { lessonById } from '../lessons/registry';
import type { Lesson } from '../lessons/types';
import { lessonFileSchema } from './schemas/lesson-file';
import { clip } from './schemas/messages';

export type ReadLesson = { ok: true; lesson: Lesson; file: unknown } | { ok: false; problem: FileProblem };

/** The first problem zod found, with its path (`steps.2.check.state.is`). */
const where = (path: readonly PropertyKey[]) => path.map((p) => clip(String(p), 32)).join('.');

/** The value at `path` in what was sent (undefined when a field is not there). */
const at = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    value,
  );

/**
 * A lesson file's text read, checked and replayed (docs/lesson-format.md): the lesson, or the
 * first problem — which field and why. Used by the import endpoint, `npm run walkthrough
 * -- --lesson-file` and the tests, so all three refuse the same files for the same reasons. A file
 * starting from a share link needs the link's world (`linked`): mocks/lab-file/lesson-link.ts reads it.
 * `locale`: the language the replayed tools print in, so a refusal quotes them as the page's console would.
 */
export function readLessonFile(textOrValue: string | unknown, linked?: LinkedStart, locale?: ReplayLocale): ReadLesson {
  let value: unknown = textOrValue;
  if (typeof textOrValue === 'string') {
    try {
      value = JSON.parse(textOrValue);
    } catch (e) {
      return {
        ok: false,
        problem: { path: '', message: `not JSON: ${clip((e as Error).message, 120)}`, kind: 'notJson' },
      };
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, problem: { path: '', message: 'a lesson file is a JSON object', kind: 'notObject' } };
  const parsed = lessonFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const unknown = issue?.code === 'unrecognized_keys' ? clip(issue.keys[0] ?? '', 32) : null;
    const missing = issue?.code === 'invalid_type' && at(value, issue.path) === undefined;
    const what =
      unknown !== null ? `unknown field '${unknown}'` : missing ? 'is missing' : (issue?.message ?? 'invalid');
    const kind = unknown !== null ? 'unknown' : missing ? 'missing' : issue?.code === 'invalid_type' ? 'type' : 'value';
    const path = where(issue?.path ?? []);
    return { ok: false, problem: { path, message: what, kind, args: { field: unknown ?? path } } };
  }
  if (lessonById(parsed.data.id))
    return {
      ok: false,
      problem: {
        path: 'id',
        message: `'${parsed.data.id}' is a built-in lesson; choose another id`,
        kind: 'builtinId',
        args: { id: parsed.data.id },
      },
    };
  const compiled = compileLessonFile(parsed.data, linked, locale);
  if (!compiled.ok) return compiled;
  const refused = verifyLesson(compiled.lesson, locale);
  return refused ? { ok: false, problem: refused } : { ok: true, lesson: compiled.lesson, file: value };
}

/** A problem as one sentence: `steps.2.check: why`. */
export const problemText = (p: FileProblem) => (p.path ? `${p.path}: ${p.message}` : p.message);

import { type ReadLesson, readLessonFile } from '@/lib/api/lesson-file';
import { decodeLabLink, LINK_PREFIX } from '@/lib/lab-file/link';
import type { LinkedStart } from '@/lib/lessons/file/compile';
import type { ReplayLocale } from '@/lib/lessons/replay';
import { readLabFile } from './read';

/**
 * Why a link's lab is refused, in the words of the lab-file import (lib/lab-file/format.ts), and as
 * the key a page words it by (`learn.import.problem.link`'s `why`).
 */
const WHY = {
  'too-large': ['tooLarge', 'its lab is too large'],
  'not-json': ['notJson', 'its lab is not JSON'],
  'not-lab-file': ['notLabFile', 'it does not carry a VirtLab lab'],
  'newer-version': ['newerVersion', 'its lab was made by a newer VirtLab'],
  damaged: ['damaged', 'its lab is damaged'],
  tampered: ['tampered', 'its lab was edited after it was shared'],
} as const;

/**
 * The world a lesson file's `start.link` carries: the `#lab=…` fragment decoded and read by the
 * same reader as an imported lab file (size, version, schema, digest), or the reason it cannot be —
 * in English, and as data (`why`, and a damaged lab's field as the file spells it) for other languages.
 */
export async function openLessonLink(link: string): Promise<LinkedStart> {
  const at = link.indexOf(`#${LINK_PREFIX}`);
  const json = at < 0 ? null : await decodeLabLink(link.slice(at));
  if (json === null)
    return {
      ok: false,
      message: `the link does not decode: its #${LINK_PREFIX} part is cut short or altered`,
      args: { why: 'undecodable', labField: '' },
    };
  const read = await readLabFile(json);
  if (!read.ok) {
    const [why, text] = WHY[read.problem];
    return { ok: false, message: `${text} (${read.detail})`, args: { why, labField: read.fault?.field ?? '' } };
  }
  return { ok: true, world: read.file.lab.world };
}

const linkOf = (value: unknown): string | undefined => {
  const start = value && typeof value === 'object' ? (value as { start?: unknown }).start : undefined;
  const link = start && typeof start === 'object' ? (start as { link?: unknown }).link : undefined;
  return typeof link === 'string' ? link : undefined;
};

/**
 * `readLessonFile` for a file that may start from a share link: the link is opened first (that is
 * asynchronous), and its world is returned to be kept beside the file (the lesson store reads synchronously).
 */
export async function readLessonFileWithLink(
  text: string,
  locale?: ReplayLocale,
): Promise<{ read: ReadLesson; start?: LinkedStart }> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { read: readLessonFile(text) };
  }
  const link = linkOf(value);
  if (link === undefined) return { read: readLessonFile(value, undefined, locale) };
  const start = await openLessonLink(link);
  return { read: readLessonFile(value, start, locale), start };
}

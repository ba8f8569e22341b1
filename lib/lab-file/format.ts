import type { FieldIssue, Transcript } from '../api/contract';
import type { World } from '../sim/types';

/**
 * A lab file: the whole lab (world, command history, state transitions), the lab clock's reading
 * and the lesson progress, as exported from the Lab menu and carried by a share link
 * (docs/decisions/020-drills-and-sharing.md). mocks/lab-file/read.ts checks one with its zod schema.
 */
export const LAB_FILE_FORMAT = 'virtlab-lab';
/** Raised when the shape changes; a newer file is refused by an older VirtLab with a message saying so. */
export const LAB_FILE_VERSION = 1;
/** The most a lab may take in the browser (mocks/store.ts BUDGET_CHARS): a bigger file could not be kept. */
export const MAX_LAB_FILE_BYTES = 4_000_000;

/** Why an import is refused: the API's code is `LAB_FILE_<PROBLEM>` (too-large → LAB_FILE_TOO_LARGE). */
export const labFileProblems = [
  'too-large',
  'not-json',
  'not-lab-file',
  'newer-version',
  'damaged',
  'tampered',
] as const;
export type LabFileProblem = (typeof labFileProblems)[number];
/** A damaged file's first fault: the field's path (`lab.world.hosts.0.cpu`) and what is wrong with it. */
export interface LabFileFault {
  field: string;
  issue: FieldIssue;
}
export const problemCode = (p: LabFileProblem) => `LAB_FILE_${p.toUpperCase().replaceAll('-', '_')}`;

/** Lesson progress as mocks/lessons.ts keeps it. */
export interface LabFileLessons {
  version: 1;
  active: string | null;
  progress: Record<string, { lesson: string; done: string[]; commands: unknown[]; complete: boolean }>;
  completed: string[];
}

export interface LabFileContent {
  /** The lab clock (ms since 1970) when the file was written; importing sets the clock to it. */
  labTime: number;
  lab: { world: World; journal: Transcript[]; transitions: unknown[]; seq: number };
  lessons: LabFileLessons | null;
}

export interface LabFile extends LabFileContent {
  format: typeof LAB_FILE_FORMAT;
  version: number;
  exportedAt: number;
  /** SHA-256 of the content (hex): a file edited by hand, or cut short, is told apart from an export. */
  digest: string;
}

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The digest of a file's content, as written in and checked against `digest`. */
export async function contentDigest(c: LabFileContent): Promise<string> {
  const text = JSON.stringify([c.labTime, c.lab, c.lessons]);
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** A lab file for `content`, digest included. */
export async function sealLabFile(content: LabFileContent, exportedAt: number): Promise<LabFile> {
  const { labTime, lab, lessons } = content;
  return {
    format: LAB_FILE_FORMAT,
    version: LAB_FILE_VERSION,
    exportedAt,
    labTime,
    lab,
    lessons,
    digest: await contentDigest({ labTime, lab, lessons }),
  };
}

/** A lab of only a world (a drill question's): no history, no lesson running. */
export const worldFile = (world: World, labTime: number) =>
  sealLabFile({ labTime, lab: { world, journal: [], transitions: [], seq: 0 }, lessons: null }, labTime);

/** The name an exported file gets: virtlab-lab-2026-01-05T0900.json. */
export const labFileName = (at: number) =>
  `virtlab-lab-${new Date(at).toISOString().slice(0, 16).replace(':', '')}.json`;

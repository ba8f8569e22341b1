import * as z from 'zod';
import {
  contentDigest,
  LAB_FILE_FORMAT,
  LAB_FILE_VERSION,
  type LabFile,
  type LabFileFault,
  type LabFileProblem,
  MAX_LAB_FILE_BYTES,
} from '@/lib/lab-file/format';
import { instant } from '../stored/scalars';
import { labSchema, lessonsSchema, storedFault, storedProblem } from '../stored/lab-schema';

/**
 * A lab file (lib/lab-file/format.ts) read for import: the lab inside is held to the same schema
 * as the stored lab (mocks/stored), so an imported lab can never be one the app calls damaged on
 * the next load. Each refusal has a code the UI words (`labFile.error.<code>`) and a detail.
 */
export const labFileSchema = z.strictObject({
  format: z.literal(LAB_FILE_FORMAT),
  version: z.literal(LAB_FILE_VERSION),
  exportedAt: instant,
  labTime: instant,
  lab: labSchema,
  lessons: lessonsSchema.nullable(),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});

export type ReadLabFile =
  | { ok: true; file: LabFile }
  | { ok: false; problem: LabFileProblem; detail: string; fault?: LabFileFault };

const refuse = (problem: LabFileProblem, detail: string, fault?: LabFileFault): ReadLabFile => ({
  ok: false,
  problem,
  detail,
  ...(fault ? { fault } : {}),
});

const bytes = (text: string) => new TextEncoder().encode(text).length;

export async function readLabFile(text: string): Promise<ReadLabFile> {
  const size = text.length > MAX_LAB_FILE_BYTES ? text.length : bytes(text);
  if (size > MAX_LAB_FILE_BYTES) return refuse('too-large', `${size} bytes; at most ${MAX_LAB_FILE_BYTES}`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return refuse('not-json', String((e as Error).message).slice(0, 120));
  }
  const head = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (head.format !== LAB_FILE_FORMAT) return refuse('not-lab-file', `format: ${String(head.format).slice(0, 40)}`);
  if (typeof head.version === 'number' && head.version > LAB_FILE_VERSION)
    return refuse('newer-version', `version ${head.version}; this VirtLab reads version ${LAB_FILE_VERSION}`);
  const checked = labFileSchema.safeParse(raw);
  if (!checked.success) return refuse('damaged', storedProblem(checked.error), storedFault(checked.error, raw));
  const file = raw as LabFile;
  if ((await contentDigest(file)) !== file.digest) return refuse('tampered', 'the digest does not match the content');
  return { ok: true, file };
}

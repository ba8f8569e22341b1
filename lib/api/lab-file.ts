import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type LabFile,
  type LabFileProblem,
  labFileName,
  labFileProblems,
  MAX_LAB_FILE_BYTES,
  problemCode,
} from '../lab-file/format';
import { encodeLabLink } from '../lab-file/link';
import { api, ApiError } from './client';
import type { LabStatus } from './contract';

/** The lab, its clock and lesson progress as a lab file (docs/decisions/020-drills-and-sharing.md). */
export const fetchLabFile = () => api<LabFile>('/lab/export');

/** The file's text and the name to save it under. */
export async function exportLab(): Promise<{ text: string; name: string }> {
  const file = await fetchLabFile();
  return { text: JSON.stringify(file, null, 1), name: labFileName(file.exportedAt) };
}

/** A link's fragment carrying the lab now; null when the lab is too big for a link. */
export const shareFragment = async () => encodeLabLink(JSON.stringify(await fetchLabFile()));

/** The problem an import failed with, for its message; null for any other failure. */
export function labFileProblem(e: unknown): LabFileProblem | null {
  return labFileProblems.find((p) => e instanceof ApiError && e.code === problemCode(p)) ?? null;
}

/** Replaces the lab with a file's (text); a file over the limit is refused before it is read whole. */
export function useImportLab() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (file: Blob | string) => {
      if (typeof file !== 'string' && file.size > MAX_LAB_FILE_BYTES)
        throw new ApiError(413, problemCode('too-large'), `${file.size} bytes`);
      const body = typeof file === 'string' ? file : await file.text();
      return api<LabStatus>('/lab/import', { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
    },
    onSuccess: () => qc.invalidateQueries(),
  });
}

import type { StoredFault } from '@/lib/api/contract';
import { notJson, storedFault, storedLabSchema, storedProblem } from '../stored/lab-schema';
import type { StoredLab } from './undo-records';

/**
 * Reading the stored text. Unreadable data — not JSON, an unknown or older version, or anything
 * the schema refuses — is never migrated silently or overwritten: the app shows the recovery
 * screen with the raw data (docs/decisions/003-frontend.md, 013).
 */
export const STORE_VERSION = 1;

export interface Stored {
  version: number;
  savedAt: number;
  /** Its undo points named by key (mocks/persist/undo-records.ts). */
  lab: StoredLab;
}

export type Unreadable = {
  ok: false;
  problem: 'corrupt' | 'old-version';
  detail: string;
  fault?: StoredFault;
  raw: string;
};

export function parseStored(raw: string): { ok: true; lab: StoredLab } | Unreadable {
  let parsed: Stored;
  try {
    parsed = JSON.parse(raw) as Stored;
  } catch (e) {
    return { ok: false, problem: 'corrupt', detail: `not JSON: ${(e as Error).message}`, fault: notJson('lab'), raw };
  }
  if (!parsed || typeof parsed !== 'object')
    return { ok: false, problem: 'corrupt', detail: 'not a saved lab', fault: { field: 'lab', issue: 'type' }, raw };
  if (typeof parsed.version === 'number' && parsed.version < STORE_VERSION) {
    return {
      ok: false,
      problem: 'old-version',
      detail: `saved by version ${parsed.version}; this VirtLab reads version ${STORE_VERSION}`,
      raw,
    };
  }
  if (parsed.version !== STORE_VERSION)
    return {
      ok: false,
      problem: 'corrupt',
      detail: `unknown version ${String(parsed.version)}`,
      fault: { field: 'version', issue: 'value' },
      raw,
    };
  // The whole value, checked once: a page never meets a host without a CPU or a state that does not exist.
  const checked = storedLabSchema.safeParse(parsed);
  if (!checked.success)
    return {
      ok: false,
      problem: 'corrupt',
      detail: storedProblem(checked.error),
      fault: storedFault(checked.error, parsed),
      raw,
    };
  return { ok: true, lab: parsed.lab };
}

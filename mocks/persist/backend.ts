import { STORE_KEY } from '@/lib/storage-keys';
import type { UndoWrite } from './undo-records';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Where the lab is kept: its JSON text and a revision that grows with every write, so a tab
 * can tell that another tab wrote since it last read. A write that the browser refuses (the
 * quota) rejects: the command that made it is then refused, not answered 200 and lost on reload.
 */
export interface LabBackend {
  read(): Promise<{ text: string | null; rev: number; beside?: Beside }>;
  revision(): Promise<number>;
  /** Undo records (mocks/persist/undo-records.ts) by key; undefined where none is stored. */
  undo(keys: string[]): Promise<(string | undefined)[]>;
  /** The lab's text, its revision, what is kept beside it and the undo records it changes, all or nothing. */
  write(text: string, rev: number, beside?: Beside, undo?: UndoWrite): Promise<void>;
  /**
   * Keeps what is stored beside the lab (the clock, lesson progress: `Beside`) in the lab's own
   * write, so one refused write takes back all of a command. A Storage backend leaves them to
   * whoever reads that Storage.
   */
  keepsBeside?: true;
}

/** The clock's and lesson progress's stored texts, by their keys (lib/storage-keys.ts). */
export type Beside = Record<string, string>;

export const REV_KEY = 'virtlab:lab-rev';
/** An undo record's key in a Storage. */
export const UNDO_KEY = (key: string) => `virtlab:undo:${key}`;
const UNDO_PREFIX = UNDO_KEY('');

/** A Storage (localStorage, or a map in tests) as a backend; null keeps the lab in this page's memory only. */
export function storageBackend(storage: StorageLike | null): LabBackend {
  const memory = new Map<string, string>();
  const s: StorageLike & Partial<Pick<Storage, 'key' | 'length'>> = storage ?? {
    getItem: (k) => memory.get(k) ?? null,
    setItem: (k, v) => void memory.set(k, v),
    removeItem: (k) => void memory.delete(k),
  };
  // 'all' (after an unreadable lab): every record this Storage lists, except those just put.
  const storedUndoKeys = (kept: Set<string>) =>
    Array.from({ length: s.length ?? 0 }, (_, i) => s.key?.(i) ?? '')
      .filter((k) => k.startsWith(UNDO_PREFIX))
      .map((k) => k.slice(UNDO_PREFIX.length))
      .filter((k) => !kept.has(k));
  const revision = () => Number(s.getItem(REV_KEY) ?? 0) || 0;
  return {
    read: async () => ({ text: s.getItem(STORE_KEY), rev: revision() }),
    revision: async () => revision(),
    undo: async (keys) => keys.map((k) => s.getItem(UNDO_KEY(k)) ?? undefined),
    // Not atomic as IndexedDB is: records first, so a text is never stored naming a record that is not.
    write: async (text, rev, _beside, undo) => {
      for (const [k, v] of undo?.put ?? []) s.setItem(UNDO_KEY(k), v);
      s.setItem(STORE_KEY, text);
      s.setItem(REV_KEY, String(rev));
      for (const k of undo?.drop === 'all' ? storedUndoKeys(new Set(undo.put.map(([k]) => k))) : (undo?.drop ?? []))
        s.removeItem(UNDO_KEY(k));
    },
  };
}

export const isBackend = (x: LabBackend | StorageLike | null): x is LabBackend => !!x && 'write' in x;

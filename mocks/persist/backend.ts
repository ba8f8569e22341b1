import { STORE_KEY } from '@/lib/storage-keys';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Where the lab is kept: its JSON text and a revision that grows with every write, so a tab
 * can tell that another tab wrote since it last read. A write that the browser refuses (the
 * quota) rejects: the command that made it is then refused, not answered 200 and lost on reload.
 */
export interface LabBackend {
  read(): Promise<{ text: string | null; rev: number; beside?: Beside }>;
  revision(): Promise<number>;
  write(text: string, rev: number, beside?: Beside): Promise<void>;
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

/** A Storage (localStorage, or a map in tests) as a backend; null keeps the lab in this page's memory only. */
export function storageBackend(storage: StorageLike | null): LabBackend {
  const memory = new Map<string, string>();
  const s: StorageLike = storage ?? {
    getItem: (k) => memory.get(k) ?? null,
    setItem: (k, v) => void memory.set(k, v),
    removeItem: (k) => void memory.delete(k),
  };
  const revision = () => Number(s.getItem(REV_KEY) ?? 0) || 0;
  return {
    read: async () => ({ text: s.getItem(STORE_KEY), rev: revision() }),
    revision: async () => revision(),
    write: async (text, rev) => {
      s.setItem(STORE_KEY, text);
      s.setItem(REV_KEY, String(rev));
    },
  };
}

export const isBackend = (x: LabBackend | StorageLike | null): x is LabBackend => !!x && 'write' in x;

import type { History, UndoPoint } from '../history';
import type { Lab } from '../store';
import type { StoredFault } from '@/lib/api/contract';
import { notJson, storedFault, storedProblem, undoPoint } from '../stored/lab-schema';

/**
 * Undo points stored apart from the lab (docs/decisions/042-…): each point is a record of its own,
 * written once when it is made and deleted when it is dropped, and the lab's text names them by
 * key. A command then writes the lab (~20 KB) and one new point, not the lab with every point
 * (~320 KB with 30). A lab stored before this holds its points inline; the first write moves them.
 *
 * A key is the revision of the write that made the record and its place in it (`42.0`): revisions
 * only grow and a refused write stores nothing, so a key is never reused for another point.
 */
export type StoredHistory = { past: (UndoPoint | string)[]; future: (UndoPoint | string)[] };
export type StoredLab = Omit<Lab, 'history'> & { history?: StoredHistory };

/** What a write changes beside the lab's text: records to put (key, JSON text), keys to delete. */
export interface UndoWrite {
  put: [string, string][];
  drop: string[] | 'all';
}

export type Joined =
  | { ok: true; lab: Lab }
  | { ok: false; problem: 'corrupt'; detail: string; fault: StoredFault; raw: string };

type ReadRecords = (keys: string[]) => Promise<(string | undefined)[]>;

export function undoRecords() {
  /** The records storage holds now, by key (as far as this tab knows: after its last read or write). */
  let stored = new Map<string, UndoPoint>();
  let keyOf = new WeakMap<UndoPoint, string>();
  const remember = (next: Map<string, UndoPoint>) => {
    stored = next;
    keyOf = new WeakMap([...next].map(([k, p]) => [p, k]));
  };
  return {
    /**
     * The lab as its text stores it, at revision `rev`: points already stored are named by key,
     * new ones get a record. `all` drops every record storage holds (after an unreadable lab).
     */
    split(lab: Lab, rev: number, all = false) {
      const next = new Map<string, UndoPoint>();
      const put: [string, string][] = [];
      const ref = (p: UndoPoint) => {
        let key = all ? undefined : keyOf.get(p);
        if (key === undefined || !stored.has(key)) {
          key = `${rev}.${put.length}`;
          put.push([key, JSON.stringify(p)]);
        }
        next.set(key, p);
        return key;
      };
      const history: History | undefined = lab.history;
      const text: StoredLab = history
        ? { ...lab, history: { past: history.past.map(ref), future: history.future.map(ref) } }
        : lab;
      const drop: UndoWrite['drop'] = all ? 'all' : [...stored.keys()].filter((k) => !next.has(k));
      const chars = [...next.values()].reduce((n, p) => n + p.chars, 0);
      return { lab: text, write: { put, drop } satisfies UndoWrite, chars, done: () => remember(next) };
    },
    /**
     * A stored lab with its points: those this tab read or wrote before are taken from memory
     * (records never change), the others read and checked as the lab is. A record missing or
     * damaged makes the lab unreadable: the recovery screen downloads the text and that record.
     */
    async join(lab: StoredLab, text: string, read: ReadRecords): Promise<Joined> {
      const h = lab.history;
      if (!h) {
        remember(new Map());
        return { ok: true, lab: lab as Lab };
      }
      const keys = [...h.past, ...h.future].filter((p): p is string => typeof p === 'string');
      const missing = keys.filter((k) => !stored.has(k));
      const records = missing.length ? await read(missing) : [];
      const next = new Map<string, UndoPoint>();
      for (const k of keys) {
        const known = stored.get(k);
        if (known) next.set(k, known);
      }
      for (const [i, k] of missing.entries()) {
        const problem = check(records[i], `undo:${k}`);
        if (!('point' in problem))
          return {
            ok: false,
            problem: 'corrupt',
            detail: `undo record ${k}: ${problem.detail}`,
            fault: problem.fault,
            raw: rawOf(text, k, records[i]),
          };
        next.set(k, problem.point);
      }
      remember(next);
      const point = (p: UndoPoint | string) => (typeof p === 'string' ? (next.get(p) as UndoPoint) : p);
      return { ok: true, lab: { ...lab, history: { past: h.past.map(point), future: h.future.map(point) } } };
    },
  };
}

type Checked = { point: UndoPoint } | { detail: string; fault: StoredFault };

function check(record: string | undefined, field: string): Checked {
  if (record === undefined) return { detail: 'missing', fault: { field, issue: 'missing' } };
  let value: unknown;
  try {
    value = JSON.parse(record);
  } catch (e) {
    return { detail: `not JSON: ${(e as Error).message}`.slice(0, 200), fault: notJson(field) };
  }
  const checked = undoPoint.safeParse(value);
  if (checked.success) return { point: value as UndoPoint };
  return { detail: storedProblem(checked.error), fault: storedFault(checked.error, value, field) };
}

/** The recovery screen's download when a record is the damage: the lab's text and that record, as stored. */
const rawOf = (text: string, key: string, record: string | undefined) =>
  JSON.stringify({ lab: text, undo: { [key]: record ?? null } });

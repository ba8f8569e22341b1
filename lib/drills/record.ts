import type { Question, Tag } from './types';

/**
 * What the browser keeps of a learner's drilling: a score per tag and the missed questions, which
 * come back a few questions later (a simple spaced queue: missed again, back again; right, gone).
 */
export interface DrillRecord {
  version: 1;
  /** Questions answered so far, all sessions: the queue's clock. */
  answered: number;
  scores: Partial<Record<Tag, { right: number; total: number }>>;
  /** Missed question ids, each due once `answered` reaches `due`. */
  queue: { id: string; due: number }[];
}

/** A missed question returns after this many other answers. */
export const COME_BACK_AFTER = 3;

export const emptyRecord = (): DrillRecord => ({ version: 1, answered: 0, scores: {}, queue: [] });

export function recordAnswer(r: DrillRecord, q: Pick<Question, 'id' | 'tags'>, right: boolean): DrillRecord {
  const scores = { ...r.scores };
  for (const tag of q.tags) {
    const s = scores[tag] ?? { right: 0, total: 0 };
    scores[tag] = { right: s.right + (right ? 1 : 0), total: s.total + 1 };
  }
  const answered = r.answered + 1;
  const queue = r.queue.filter((x) => x.id !== q.id);
  if (!right) queue.push({ id: q.id, due: answered + COME_BACK_AFTER });
  return { version: 1, answered, scores, queue };
}

/** The missed question due now among those `allowed` (the session's tags), if any. */
export const dueReview = (r: DrillRecord, allowed: (id: string) => boolean): string | null =>
  r.queue.find((x) => x.due <= r.answered && allowed(x.id))?.id ?? null;

/** A stored record read back; anything else (another version, damage) starts over. */
export function readRecord(value: unknown): DrillRecord {
  const r = value as DrillRecord | null;
  const ok =
    !!r &&
    r.version === 1 &&
    Number.isSafeInteger(r.answered) &&
    typeof r.scores === 'object' &&
    Array.isArray(r.queue) &&
    r.queue.every((x) => typeof x?.id === 'string' && Number.isSafeInteger(x.due));
  return ok ? r : emptyRecord();
}

import { type Difficulty, type Tag, objectives, platforms } from '@/lib/drills/types';

/**
 * The drill page's URL: `seed`, `tags` and `level` (a difficulty) make the session, `n` is the
 * question reached, `q` one shared question.
 */
export interface DrillQuery {
  seed: number;
  tags: Tag[];
  level: Difficulty | null;
  n: number;
  q: string | null;
}

export const allTags: readonly Tag[] = [...objectives, ...platforms];
export const SESSION_LENGTH = 10;

const int = (v: string | null, max: number) => {
  const n = v !== null && /^\d{1,9}$/.test(v) ? Number(v) : 0;
  return Math.min(n, max);
};

export function readDrillQuery(q: URLSearchParams): DrillQuery {
  const tags = (q.get('tags') ?? '').split(',').filter((t): t is Tag => allTags.includes(t as Tag));
  const level = int(q.get('level'), 3);
  return {
    seed: int(q.get('seed'), 999_999_999),
    tags,
    level: level === 0 ? null : (level as Difficulty),
    n: int(q.get('n'), SESSION_LENGTH),
    q: q.get('q'),
  };
}

export function drillQuery(d: Partial<DrillQuery>): string {
  const out = new URLSearchParams();
  if (d.q) out.set('q', d.q);
  else {
    out.set('seed', String(d.seed ?? 0));
    if (d.tags?.length) out.set('tags', d.tags.join(','));
    if (d.level) out.set('level', String(d.level));
    if (d.n) out.set('n', String(d.n));
  }
  return out.toString();
}

/** A fresh session's seed. */
export const newSeed = () => crypto.getRandomValues(new Uint32Array(1))[0] % 1_000_000_000;

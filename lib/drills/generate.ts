import { domstateQuestion } from './kinds/domstate';
import { downtimeQuestion } from './kinds/downtime';
import { migrationListQuestion } from './kinds/migration-list';
import { refusedQuestion } from './kinds/refused';
import { xenBootQuestion } from './kinds/xen-boot';
import { xenEquivalentQuestion } from './kinds/xen-equivalent';
import { type Rng, rng } from './rng';
import { type Difficulty, type DrillKind, drillKinds, type Question, type Tag } from './types';

const generators: Record<DrillKind, (r: Rng, seed: number) => Question> = {
  domstate: domstateQuestion,
  refused: refusedQuestion,
  'migration-list': migrationListQuestion,
  'xen-equivalent': xenEquivalentQuestion,
  downtime: downtimeQuestion,
  'xen-boot': xenBootQuestion,
};

/** The tags a kind's questions carry (each generator sets them; this is what a session filters on). */
export const kindTags: Record<DrillKind, Tag[]> = {
  domstate: ['351.4', 'libvirt', 'kvm'],
  refused: ['351.4', 'libvirt'],
  'migration-list': ['351.1', '351.4', 'kvm', 'libvirt'],
  'xen-equivalent': ['351.2', 'xen', 'libvirt'],
  downtime: ['351.1', '351.3', 'kvm', 'xen'],
  'xen-boot': ['351.2', 'xen'],
};

/** One question: the same kind and seed give the same question everywhere. */
export const question = (kind: DrillKind, seed: number): Question => generators[kind](rng(seed), seed);

/** A question id (`domstate-17`) read back; null when it names no question. */
export function parseQuestionId(id: string): { kind: DrillKind; seed: number } | null {
  const m = /^([a-z-]+)-(\d{1,9})$/.exec(id);
  const kind = drillKinds.find((k) => k === m?.[1]);
  return kind && m ? { kind, seed: Number(m[2]) } : null;
}

/** The kinds that may carry questions with any of `tags` (all kinds when none is chosen). */
export const kindsFor = (tags: readonly Tag[]) =>
  tags.length === 0 ? [...drillKinds] : drillKinds.filter((k) => kindTags[k].some((t) => tags.includes(t)));

/**
 * A session: `count` question ids from `seed`, kinds taking turns in a seeded order, each question
 * carrying one of `tags` (a downtime question is about Xen or KVM depending on its seed) and, when
 * given, of that difficulty.
 */
export function sessionIds(seed: number, tags: readonly Tag[], count: number, difficulty?: Difficulty): string[] {
  const r = rng(seed);
  const kinds = r.shuffle(kindsFor(tags));
  const fits = (q: Question) =>
    (tags.length === 0 || q.tags.some((t) => tags.includes(t))) && (!difficulty || q.difficulty === difficulty);
  // With nothing to filter on every question fits: none is made here (each runs the simulator; a
  // session of ten was ~80 ms of the drill page's main thread), the page makes the one it shows.
  const any = tags.length === 0 && !difficulty;
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % kinds.length];
    for (;;) {
      const s = r.int(1_000_000);
      if (any || fits(question(kind, s))) return `${kind}-${s}`;
    }
  });
}

'use client';

import { useLocale } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { loadDrillRecord, saveDrillRecord } from '@/lib/browser/drill-store';
import { loadVirshJa } from '@/lib/browser/tool-output';
import { type DrillRecord, dueReview, recordAnswer } from '@/lib/drills/record';
import type { Difficulty, Question, Tag } from '@/lib/drills/types';
import { paths } from '@/lib/routes';
import { useRouter } from '@/i18n/navigation';
import { type DrillQuery, drillQuery, newSeed, readDrillQuery, SESSION_LENGTH } from './drill-query';

export interface Result {
  answer: string;
  right: boolean;
}

/** An answer and the place in the session it was given for (see `slot`). */
interface Given extends Result {
  slot: string;
}

type Engine = typeof import('./drill-engine');

/** The engine, asked for once per page: its chunk is the drill's weight (drill-engine.ts). */
let engineOnce: Promise<Engine> | null = null;
export const loadDrillEngine = () => {
  // A failed load (offline, on a page never fetched) is asked for again on the next mount.
  engineOnce ??= import('./drill-engine').catch((e: unknown) => {
    engineOnce = null;
    throw e;
  });
  return engineOnce;
};

const load = (e: Engine, id: string | null): Question | null => {
  const p = id ? e.parseQuestionId(id) : null;
  return p ? e.question(p.kind, p.seed) : null;
};

/**
 * A drill session: the questions the URL's seed and tags give, missed ones coming back from the
 * record (IndexedDB), each answer judged by the simulator and scored per tag.
 */
export function useDrillSession() {
  const search = useSearchParams();
  const query = readDrillQuery(search);
  const router = useRouter();
  const [record, setRecord] = useState<DrillRecord | null>(null);
  const [review, setReview] = useState<string | null>(null);
  const [given, setGiven] = useState<Given | null>(null);
  const [tally, setTally] = useState({ right: 0, total: 0 });
  const [engine, setEngine] = useState<Engine | null>(null);
  // A failed load (a chunk the network lost) is said, and tried again on request (`attempt`).
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => void loadDrillRecord().then(setRecord), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each attempt loads once more
  useEffect(() => {
    let live = true;
    setFailed(false);
    loadDrillEngine().then(
      (e) => live && setEngine(e),
      (e: unknown) => {
        console.error('The drill could not be loaded', e);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  // On a Japanese page virsh's output shows in Japanese: a typed answer may be written so too.
  const japanese = useLocale() === 'ja';
  const [virshJa, setVirshJa] = useState<Awaited<ReturnType<typeof loadVirshJa>> | null>(null);
  useEffect(() => {
    if (japanese) void loadVirshJa().then((f) => setVirshJa(() => f));
  }, [japanese]);
  const tagKey = query.tags.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the tags are compared by their text
  const ids = useMemo(
    () =>
      !engine
        ? []
        : query.q
          ? [query.q]
          : engine.sessionIds(query.seed, query.tags, SESSION_LENGTH, query.level ?? undefined),
    [engine, query.q, query.seed, tagKey, query.level],
  );
  const currentId = review ?? ids[query.n] ?? null;
  const current = useMemo(() => (engine ? load(engine, currentId) : null), [engine, currentId]);
  // Where the learner is: a missed question come back, or the URL's position. The URL moves on
  // after the page has (router.replace is not at once), so each answer is kept with its slot and
  // shown only there: no old answer on the next question, no choice lost when the URL catches up.
  const slot = review ? `review-${currentId}` : `${currentId}-${query.n}`;
  const result = given?.slot === slot ? given : null;
  const go = (d: Partial<DrillQuery>) => router.replace(paths.drill(drillQuery(d)), { scroll: false });

  const answer = (text: string) => {
    if (!engine || !current || result || !record) return;
    const right = engine.isRight(
      current,
      text,
      virshJa ? (stdout) => virshJa({ stdout, stderr: '' }).stdout : undefined,
    );
    const next = recordAnswer(record, current, right);
    setGiven({ answer: text, right, slot });
    setTally((t) => ({ right: t.right + (right ? 1 : 0), total: t.total + 1 }));
    setRecord(next);
    void saveDrillRecord(next);
  };
  const next = () => {
    const kinds = engine?.kindsFor(query.tags) ?? [];
    const due = record && dueReview(record, (id) => id !== currentId && kinds.some((k) => id.startsWith(`${k}-`)));
    if (!review) go({ ...query, n: query.n + 1 });
    setReview(due ?? null);
  };
  const restart = (tags: Tag[] = query.tags, level: Difficulty | null = query.level) => {
    setGiven(null);
    setReview(null);
    setTally({ right: 0, total: 0 });
    go({ seed: newSeed(), tags, level, n: 0 });
  };
  return {
    query,
    hasSeed: search.has('seed'),
    /** False until the engine has come: nothing to ask or judge yet. */
    loaded: engine !== null,
    /** The engine did not load; `retry` asks for it again. */
    failed: engine === null && failed,
    retry: () => setAttempt((n) => n + 1),
    ids,
    current,
    slot,
    review: review !== null,
    result,
    record,
    tally,
    answer,
    next,
    restart,
  };
}

'use client';

import { useLocale } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { loadDrillRecord, saveDrillRecord } from '@/lib/browser/drill-store';
import { loadVirshJa } from '@/lib/browser/tool-output';
import { kindsFor, parseQuestionId, question, sessionIds } from '@/lib/drills/generate';
import { isRight } from '@/lib/drills/judge';
import { type DrillRecord, dueReview, recordAnswer } from '@/lib/drills/record';
import type { Difficulty, Question, Tag } from '@/lib/drills/types';
import { paths } from '@/lib/routes';
import { useRouter } from '@/i18n/navigation';
import { type DrillQuery, drillQuery, newSeed, readDrillQuery, SESSION_LENGTH } from './drill-query';

export interface Result {
  answer: string;
  right: boolean;
}

const load = (id: string | null): Question | null => {
  const p = id ? parseQuestionId(id) : null;
  return p ? question(p.kind, p.seed) : null;
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
  const [result, setResult] = useState<Result | null>(null);
  const [tally, setTally] = useState({ right: 0, total: 0 });
  useEffect(() => void loadDrillRecord().then(setRecord), []);
  // On a Japanese page virsh's output shows in Japanese: a typed answer may be written so too.
  const japanese = useLocale() === 'ja';
  const [virshJa, setVirshJa] = useState<Awaited<ReturnType<typeof loadVirshJa>> | null>(null);
  useEffect(() => {
    if (japanese) void loadVirshJa().then((f) => setVirshJa(() => f));
  }, [japanese]);
  const tagKey = query.tags.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the tags are compared by their text
  const ids = useMemo(
    () => (query.q ? [query.q] : sessionIds(query.seed, query.tags, SESSION_LENGTH, query.level ?? undefined)),
    [query.q, query.seed, tagKey, query.level],
  );
  const currentId = review ?? ids[query.n] ?? null;
  const current = useMemo(() => load(currentId), [currentId]);
  const go = (d: Partial<DrillQuery>) => router.replace(paths.drill(drillQuery(d)), { scroll: false });

  const answer = (text: string) => {
    if (!current || result || !record) return;
    const right = isRight(current, text, virshJa ? (stdout) => virshJa({ stdout, stderr: '' }).stdout : undefined);
    const next = recordAnswer(record, current, right);
    setResult({ answer: text, right });
    setTally((t) => ({ right: t.right + (right ? 1 : 0), total: t.total + 1 }));
    setRecord(next);
    void saveDrillRecord(next);
  };
  const next = () => {
    setResult(null);
    const kinds = kindsFor(query.tags);
    const due = record && dueReview(record, (id) => id !== currentId && kinds.some((k) => id.startsWith(`${k}-`)));
    if (!review) go({ ...query, n: query.n + 1 });
    setReview(due ?? null);
  };
  const restart = (tags: Tag[] = query.tags, level: Difficulty | null = query.level) => {
    setResult(null);
    setReview(null);
    setTally({ right: 0, total: 0 });
    go({ seed: newSeed(), tags, level, n: 0 });
  };
  return {
    query,
    hasSeed: search.has('seed'),
    ids,
    current,
    review: review !== null,
    result,
    record,
    tally,
    answer,
    next,
    restart,
  };
}

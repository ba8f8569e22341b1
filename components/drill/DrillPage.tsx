'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Button } from '@/components/ui/Button';
import { LevelPicker } from './LevelPicker';
import { QuestionCard } from './QuestionCard';
import { ScoreTable } from './ScoreTable';
import { TagPicker } from './TagPicker';
import { useDrillSession } from './use-drill-session';

/** /drill: exam practice on questions the simulator generates and judges (docs/decisions/020). */
export function DrillPage() {
  const t = useTranslations('drill');
  const s = useDrillSession();
  const fresh = !s.query.q && !s.hasSeed;
  // A first visit gets a session of its own; the seed then stays in the URL, so it can be shared.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on a URL without a seed
  useEffect(() => {
    if (fresh) s.restart();
  }, [fresh]);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <section aria-labelledby="drill-heading" className="min-w-0 space-y-4">
        <div>
          <h1 id="drill-heading" className="text-2xl font-semibold">
            {t('heading')}
          </h1>
          <p className="mt-1 text-sm text-muted">{t('intro')}</p>
        </div>
        {fresh ? null : s.failed ? (
          <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg border border-line bg-panel p-4">
            <p>{t('loadFailed')}</p>
            <Button size="sm" onClick={s.retry}>
              {t('retry')}
            </Button>
          </div>
        ) : !s.loaded ? (
          <p role="status" className="rounded-lg border border-line bg-panel p-4 text-muted">
            {t('loading')}
          </p>
        ) : s.current ? (
          <QuestionCard
            key={s.slot}
            q={s.current}
            position={s.review ? null : { n: s.query.n + 1, of: s.ids.length }}
            result={s.result}
            ready={s.record !== null}
            onAnswer={s.answer}
            onNext={s.next}
          />
        ) : (
          <section aria-labelledby="drill-done" className="rounded-lg border border-line bg-panel p-4">
            <h2 id="drill-done" className="text-lg font-semibold">
              {t('done.heading')}
            </h2>
            <p className="mt-1">{t('done.score', { right: s.tally.right, total: s.tally.total })}</p>
            <Button variant="primary" className="mt-3" onClick={() => s.restart()}>
              {t('newSession')}
            </Button>
          </section>
        )}
      </section>
      <aside className="space-y-4" aria-label={t('sidebar')}>
        <TagPicker selected={s.query.tags} onChange={(tags) => s.restart(tags)} />
        <LevelPicker level={s.query.level} onChange={(level) => s.restart(s.query.tags, level)} />
        <ScoreTable record={s.record} />
        <Button onClick={() => s.restart()}>{t('newSession')}</Button>
      </aside>
    </div>
  );
}

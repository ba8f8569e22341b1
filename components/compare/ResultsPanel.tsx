'use client';

import { useTranslations } from 'next-intl';
import { DeferredMount } from '@/components/ui/DeferredMount';
import type { Comparison } from './compare-model';
import type { CompareParams } from './compare-params';
import { JobReadout } from './JobReadout';
import { Legend } from './Legend';
import { PlaybackControls } from './PlaybackControls';
import { RoundsTable } from './RoundsTable';
import { axisEndS } from './timeline-scale';
import { Timeline } from './Timeline';
import { TotalsTable } from './TotalsTable';
import { usePlayback } from './use-playback';

type Ok = Extract<Comparison, { ok: true }>;

/** The chart under its play head, the totals, and the rounds as a table. */
export function ResultsPanel({ comparison: c, params }: { comparison: Ok; params: CompareParams }) {
  const t = useTranslations('compare');
  const policy = t(`policy.${params.policy}`);
  const endS = axisEndS(c.live.plan, c.offline.plan);
  const playback = usePlayback(endS);
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <figure className="flex flex-col gap-3 rounded-lg border border-line bg-panel p-4">
        <PlaybackControls
          t={playback.t}
          endS={endS}
          playing={playback.playing}
          speed={playback.speed}
          onPlay={playback.play}
          onPause={playback.pause}
          onSeek={playback.seek}
          onSpeed={playback.setSpeed}
        />
        {/* Below ~38rem the chart scrolls sideways rather than shrink its text; focusable so keys can scroll it. */}
        <div role="region" aria-label={t('lane.timeline')} tabIndex={0} className="overflow-x-auto">
          <Timeline
            live={c.live}
            offline={c.offline}
            definition={c.definition}
            policyLabel={policy}
            endS={endS}
            t={playback.atEnd && !playback.playing ? null : playback.t}
          />
        </div>
        <figcaption className="flex flex-col gap-2">
          <Legend />
          <JobReadout live={c.live} offline={c.offline} t={playback.t} />
        </figcaption>
      </figure>
      {/* The tables after the chart, in a render and a commit of their own: the results' first commit
          was one long task (decision 071). Below the chart, so nothing above them moves. */}
      <DeferredMount>
        <section className="rounded-lg border border-line bg-panel p-4">
          <TotalsTable live={c.live} offline={c.offline} definition={c.definition} params={params} />
        </section>
        <details className="rounded-lg border border-line bg-panel p-4">
          <summary className="cursor-pointer font-medium">{t('rounds.summary')}</summary>
          <div className="mt-3 grid gap-4 xl:grid-cols-2">
            <RoundsTable caption={t('lane.live', { policy })} plan={c.live.plan} />
            <RoundsTable caption={t('totals.offline')} plan={c.offline.plan} />
          </div>
        </details>
      </DeferredMount>
    </div>
  );
}

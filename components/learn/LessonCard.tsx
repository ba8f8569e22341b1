'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { ApiLessonSummary } from '@/lib/api/contract';
import { useRemoveLesson } from '@/lib/api/lessons';
import { paths } from '@/lib/routes';
import { Button } from '@/components/ui/Button';
import { LessonProgressBar } from './LessonProgressBar';
import { KeepOptions } from './Prose';

/**
 * One lesson on /learn: its badges, title, summary and the latest attempt's progress — or, where
 * lessons cannot run (a real libvirt backend, `runsHere` false), its title, summary and length only.
 */
export function LessonCard({ lesson: l, n, runsHere }: { lesson: ApiLessonSummary; n: number; runsHere: boolean }) {
  const t = useTranslations('learn');
  const remove = useRemoveLesson();
  return (
    <li className={`flex flex-col gap-2 rounded-lg border bg-panel p-4 ${l.active ? 'border-accent' : 'border-line'}`}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-xs font-semibold text-muted">{t('number', { n })}</span>
        {l.active && (
          <span className="rounded-full border border-accent px-2 py-0.5 text-xs font-medium text-accent">
            {t('running')}
          </span>
        )}
        {(l.complete || l.completedBefore) && (
          <span className="rounded-full border border-ok px-2 py-0.5 text-xs font-medium text-ok">
            ✓ {t('complete')}
          </span>
        )}
        {l.custom && (
          <>
            <span className="rounded-full border border-line px-2 py-0.5 text-xs text-muted">{t('imported')}</span>
            <Button
              size="sm"
              variant="ghost"
              className="ml-auto"
              aria-label={t('remove', { title: l.title })}
              pending={remove.isPending && remove.variables === l.id}
              onClick={() => remove.mutate(l.id)}
            >
              ✕
            </Button>
          </>
        )}
      </div>
      <h2 className="text-base font-semibold leading-snug">
        {runsHere ? (
          <Link href={paths.learn(l.id)} className="hover:underline">
            <KeepOptions text={l.title} />
          </Link>
        ) : (
          l.title
        )}
      </h2>
      <p className="text-sm text-muted">{l.summary}</p>
      <div className="mt-auto pt-1">
        {runsHere ? (
          <LessonProgressBar
            done={l.done}
            total={l.steps}
            complete={l.complete}
            label={t('progressIn', { title: l.title })}
          />
        ) : (
          <p className="text-xs text-muted">{t('steps', { n: l.steps })}</p>
        )}
      </div>
    </li>
  );
}

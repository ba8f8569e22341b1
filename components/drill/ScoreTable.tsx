'use client';

import { useTranslations } from 'next-intl';
import type { DrillRecord } from '@/lib/drills/record';
import { allTags } from './drill-query';
import { useTagLabel } from './use-tag-label';

/** The score per tag over every session in this browser, and how many missed questions wait to come back. */
export function ScoreTable({ record }: { record: DrillRecord | null }) {
  const t = useTranslations('drill.score');
  const label = useTagLabel();
  const rows = allTags.filter((tag) => record?.scores[tag]);
  return (
    <section aria-labelledby="drill-score" className="rounded-lg border border-line bg-panel p-3">
      <h2 id="drill-score" className="text-sm font-semibold">
        {t('heading')}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{t('none')}</p>
      ) : (
        <table className="mt-2 w-full text-sm">
          <thead>
            <tr className="text-left text-xs text-muted">
              <th scope="col" className="font-normal">
                {t('tag')}
              </th>
              <th scope="col" className="text-right font-normal">
                {t('right')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((tag) => {
              const s = record!.scores[tag]!;
              return (
                <tr key={tag}>
                  <th scope="row" className="py-0.5 text-left font-normal">
                    {label(tag)}
                  </th>
                  <td className="pl-2 text-right tabular-nums whitespace-nowrap">
                    {t('ratio', { right: s.right, total: s.total })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {record && record.queue.length > 0 && (
        <p className="mt-2 text-xs text-muted">{t('queued', { count: record.queue.length })}</p>
      )}
    </section>
  );
}

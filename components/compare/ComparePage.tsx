'use client';

import { useTranslations } from 'next-intl';
import { useDeferredValue, useMemo, useState } from 'react';
import { QueryString } from '@/components/ui/QueryString';
import { compareMigrations } from './compare-model';
import type { CompareParams } from './compare-params';
import { ParamControls } from './ParamControls';
import { PresetPicker } from './PresetPicker';
import { ResultsPanel } from './ResultsPanel';
import { useCompareParams } from './use-compare-params';

/**
 * One guest, migrated live, offline and with libvirt's --offline, on one time axis. Pure computation:
 * no API. Inside the page's container, under its prerendered heading (CompareHeader) and above the
 * explanations (ExplainPanel), both server components: static text is not rendered in the browser.
 */
export function ComparePage() {
  const t = useTranslations('compare');
  // The query string, read so that the prerendered controls hydrate (components/ui/QueryString.tsx).
  const [search, setSearch] = useState('');
  const { params, presetId, setParams, setPreset } = useCompareParams(search);
  // The three migrations are computed and drawn in a background render, which React interrupts
  // every few ms for input: the page is never one long task, and a keystroke in a field answers
  // at once while the rounds follow (docs/decisions/022-…). Null until the first such render.
  const deferred = useDeferredValue<CompareParams | null>(params, null);
  const comparison = useMemo(() => (deferred ? compareMigrations(deferred) : null), [deferred]);
  return (
    <>
      <QueryString onChange={setSearch} />
      {/* Side by side only when the page itself is wide (not beside an open lesson panel): the
          timeline needs ~38rem to show its whole axis. */}
      <div className="grid items-start gap-4 @min-[62rem]:grid-cols-[20rem_minmax(0,1fr)]">
        <aside aria-label={t('controls')} className="flex flex-col gap-4 rounded-lg border border-line bg-panel p-4">
          <PresetPicker presetId={presetId} onPick={setPreset} />
          <ParamControls
            params={params}
            onChange={setParams}
            problems={comparison?.ok === false ? comparison.problems : []}
          />
        </aside>
        {!comparison ? (
          <p role="status" className="rounded-lg border border-line bg-panel p-4 text-sm text-muted">
            {t('computing')}
          </p>
        ) : comparison.ok ? (
          <ResultsPanel comparison={comparison} params={deferred ?? params} />
        ) : (
          <p className="rounded-lg border border-line bg-panel p-4 text-sm text-muted">{t('fix')}</p>
        )}
      </div>
    </>
  );
}

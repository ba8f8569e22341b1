'use client';

import { useMemo } from 'react';
import { compareMigrations, type Comparison } from './compare-model';
import { ExplainPanel } from './ExplainPanel';
import { ParamControls } from './ParamControls';
import { PresetPicker } from './PresetPicker';
import { ResultsPanel } from './ResultsPanel';
import { useCompareParams } from './use-compare-params';

/** One guest, migrated live, offline and with libvirt's --offline, on one time axis. Pure computation: no API. */
export function ComparePage() {
  const { params, presetId, setParams, setPreset } = useCompareParams();
  const comparison: Comparison = useMemo(() => compareMigrations(params), [params]);
  return (
    <div className="flex flex-col gap-4">
      <header>
        <h1 className="text-2xl font-semibold">Live vs offline migration</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          One guest, one link, migrated three ways on the same time axis. Change the guest or the rules and watch the
          downtime and the data sent move; the address bar keeps your values, so you can share the link.
        </p>
      </header>
      <div className="grid items-start gap-4 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <aside
          aria-label="Guest, link and rules"
          className="flex flex-col gap-4 rounded-lg border border-line bg-panel p-4"
        >
          <PresetPicker presetId={presetId} onPick={setPreset} />
          <ParamControls params={params} onChange={setParams} problems={comparison.ok ? [] : comparison.problems} />
        </aside>
        {comparison.ok ? (
          <ResultsPanel comparison={comparison} params={params} />
        ) : (
          <p className="rounded-lg border border-line bg-panel p-4 text-sm text-muted">
            Fix the values on the left to see the migrations.
          </p>
        )}
      </div>
      <ExplainPanel />
    </div>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import type { MigrationParamProblem } from '@/lib/sim/migration/params';
import type { CompareParams } from './compare-params';
import { NumberField } from './NumberField';

interface Props {
  params: CompareParams;
  onChange: (p: CompareParams) => void;
  problems: MigrationParamProblem[];
}

const radio = 'flex items-baseline gap-2';

/** The guest, the link and the rules. Every change recomputes the three migrations at once. */
export function ParamControls({ params: p, onChange, problems }: Props) {
  const set = <K extends keyof CompareParams>(k: K, v: CompareParams[K]) => onChange({ ...p, [k]: v });
  const xen = p.policy === 'xen';
  const t = useTranslations('compare.params');
  return (
    <form className="flex flex-col gap-3" onSubmit={(e) => e.preventDefault()} aria-label={t('label')}>
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="mb-1 font-medium">{t('rules')}</legend>
        <label className={radio}>
          <input type="radio" name="policy" value="qemu" checked={!xen} onChange={() => set('policy', 'qemu')} />
          <span>
            QEMU/KVM <span className="text-muted">({t('qemuRule')})</span>
          </span>
        </label>
        <label className={radio}>
          <input type="radio" name="policy" value="xen" checked={xen} onChange={() => set('policy', 'xen')} />
          <span>
            Xen <span className="text-muted">({t('xenRule')})</span>
          </span>
        </label>
      </fieldset>
      <div className="flex flex-col gap-3">
        <NumberField
          label={t('memory')}
          unit="MiB"
          value={p.memoryMib}
          onChange={(v) => v !== undefined && set('memoryMib', v)}
        />
        <NumberField
          label={t('bandwidth')}
          unit="MiB/s"
          value={p.bandwidthMibps}
          step={0.5}
          onChange={(v) => v !== undefined && set('bandwidthMibps', v)}
        />
        <NumberField
          label={t('dirtyRate')}
          unit="MiB/s"
          value={p.dirtyRateMibps}
          step={0.5}
          onChange={(v) => v !== undefined && set('dirtyRateMibps', v)}
        />
        <NumberField
          label={t('wws')}
          unit="MiB"
          value={p.wwsMib}
          step={0.1}
          emptyMeans={t('allMemory')}
          onChange={(v) => set('wwsMib', v)}
        />
        <NumberField
          label={t('downtimeLimit')}
          unit="ms"
          value={p.downtimeLimitMs}
          step={10}
          disabledWhy={xen ? t('qemuOnly') : undefined}
          onChange={(v) => v !== undefined && set('downtimeLimitMs', v)}
        />
      </div>
      <label className={`${radio} text-sm ${xen ? 'text-muted' : ''}`}>
        <input
          type="checkbox"
          checked={p.autoConverge && !xen}
          disabled={xen}
          aria-describedby="autoconverge-help"
          onChange={(e) => set('autoConverge', e.target.checked)}
        />
        <span>
          {t('autoConverge')} <span className="text-muted">(--auto-converge)</span>
        </span>
      </label>
      <p id="autoconverge-help" className="-mt-2 text-xs text-muted">
        {xen ? t('noThrottle') : t('throttle')}
      </p>
      {problems.length > 0 && (
        <ul role="alert" className="list-disc rounded-md border border-danger p-2 pl-6 text-sm text-danger">
          {problems.map((m) => (
            <li key={m}>{t(`problem.${m}`)}</li>
          ))}
        </ul>
      )}
    </form>
  );
}

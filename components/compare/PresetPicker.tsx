'use client';

import { useTranslations } from 'next-intl';
import { comparePresets, isPresetId, type ComparePresetId } from './compare-presets';

interface Props {
  presetId: ComparePresetId | null;
  onPick: (id: ComparePresetId) => void;
}

/** The workloads worth comparing; editing any value turns the choice into "Custom". */
export function PresetPicker({ presetId, onPick }: Props) {
  const t = useTranslations('compare.preset');
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor="compare-preset" className="font-medium">
        {t('label')}
      </label>
      <select
        id="compare-preset"
        value={presetId ?? 'custom'}
        aria-describedby="compare-preset-note"
        onChange={(e) => {
          if (isPresetId(e.target.value)) onPick(e.target.value);
        }}
        className="rounded-md border border-line bg-panel px-2 py-1.5 text-fg"
      >
        {presetId === null && <option value="custom">{t('custom')}</option>}
        {(Object.keys(comparePresets) as ComparePresetId[]).map((id) => (
          <option key={id} value={id}>
            {t(`${id}.label`)}
          </option>
        ))}
      </select>
      <p id="compare-preset-note" className="text-xs text-muted">
        {presetId ? t(`${presetId}.note`) : t('customNote')}
      </p>
    </div>
  );
}

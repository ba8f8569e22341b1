'use client';

import { comparePresets, isPresetId, type ComparePresetId } from './compare-presets';

interface Props {
  presetId: ComparePresetId | null;
  onPick: (id: ComparePresetId) => void;
}

/** The workloads worth comparing; editing any value turns the choice into "Custom". */
export function PresetPicker({ presetId, onPick }: Props) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor="compare-preset" className="font-medium">
        Preset
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
        {presetId === null && <option value="custom">Custom values</option>}
        {(Object.keys(comparePresets) as ComparePresetId[]).map((id) => (
          <option key={id} value={id}>
            {comparePresets[id].label}
          </option>
        ))}
      </select>
      <p id="compare-preset-note" className="text-xs text-muted">
        {presetId ? comparePresets[presetId].note : 'Your own values. The link in the address bar keeps them.'}
      </p>
    </div>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/Button';
import { formatDuration } from './format';
import type { Speed } from './use-playback';

interface Props {
  t: number;
  endS: number;
  playing: boolean;
  speed: Speed;
  onPlay: () => void;
  onPause: () => void;
  onSeek: (s: number) => void;
  onSpeed: (s: Speed) => void;
}

const SPEEDS: { value: Speed; label: string }[] = [
  { value: 1, label: '1×' },
  { value: 10, label: '10×' },
  { value: 'instant', label: 'instant' },
];

/** Simulated time: play at 1× or 10×, jump to the end, or drag the play head. */
export function PlaybackControls({ t, endS, playing, speed, onPlay, onPause, onSeek, onSpeed }: Props) {
  const steps = 1000;
  const tr = useTranslations('compare.playback');
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
      <Button variant="primary" size="sm" onClick={playing ? onPause : onPlay} className="min-w-20">
        {playing ? tr('pause') : tr('play')}
      </Button>
      <fieldset className="flex items-center gap-3">
        <legend className="sr-only">{tr('speedLegend')}</legend>
        <span aria-hidden className="text-muted">
          {tr('speed')}
        </span>
        {SPEEDS.map((s) => (
          <label key={s.label} className="flex items-center gap-1.5">
            <input type="radio" name="speed" checked={speed === s.value} onChange={() => onSpeed(s.value)} />
            {s.label === 'instant' ? tr('instant') : s.label}
          </label>
        ))}
      </fieldset>
      <div className="flex min-w-60 flex-1 items-center gap-2">
        <label htmlFor="compare-time" className="whitespace-nowrap text-muted">
          {tr('time')}
        </label>
        <input
          id="compare-time"
          type="range"
          min={0}
          max={steps}
          step={1}
          value={Math.round((t / endS) * steps)}
          aria-valuetext={tr('timeOf', { t: formatDuration(t), end: formatDuration(endS) })}
          onChange={(e) => onSeek((Number(e.target.value) / steps) * endS)}
          className="min-w-0 flex-1 accent-[var(--accent)]"
        />
        <span aria-hidden className="min-w-14 shrink-0 whitespace-nowrap text-right tabular-nums">
          {formatDuration(t)}
        </span>
      </div>
    </div>
  );
}

import type { MigrationPlan } from '@/lib/sim/migration/types';

/** The SVG's own coordinates; it scales to the page's width. */
export const CHART = { width: 900, labelWidth: 150, rightPad: 16 } as const;
export const PLOT = { x0: CHART.labelWidth, width: CHART.width - CHART.labelWidth - CHART.rightPad } as const;

/** Rows of one migration lane, top to bottom. */
// Sent and dirtied bars share one height and one MiB scale, so a round that dirtied more than it
// sent (a migration that cannot converge) shows as a taller bar below.
export const LANE = { title: 22, band: 20, bandGap: 4, bars: 64, dirty: 64, gap: 8, after: 20 } as const;
export const laneHeight =
  LANE.title + 2 * LANE.band + LANE.bandGap + LANE.gap + LANE.bars + LANE.gap + LANE.dirty + LANE.after;

/** How far past the offline copy a never-ending live run is drawn. */
const UNENDING_WINDOW_FACTOR = 4;

/**
 * The shared axis: long enough for both runs, except a live run that never ends (the
 * simulation cap is days away), which is cut at a few times the offline copy.
 */
export function axisEndS(live: MigrationPlan, offline: MigrationPlan): number {
  const liveEnd =
    live.stop_reason === 'no-convergence'
      ? Math.min(
          live.total_time_s,
          Math.max(offline.total_time_s * UNENDING_WINDOW_FACTOR, live.round_log[0]?.duration_s ?? 0),
        )
      : live.total_time_s;
  return Math.max(liveEnd, offline.total_time_s, 1e-3);
}

export const xAt = (t: number, endS: number) => PLOT.x0 + (Math.min(Math.max(t, 0), endS) / endS) * PLOT.width;

/** Steps a clock reads well: 1-2-5 below a minute, then whole minutes and hours. */
const CLOCK_STEPS = [60, 120, 300, 600, 900, 1800, 3600, 7200, 3 * 3600, 6 * 3600, 12 * 3600, 86400];

/** About `count` ticks from 0 to the axis end. */
export function niceTicks(endS: number, count = 6): { step: number; ticks: number[] } {
  const raw = endS / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const decimal = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const step = decimal < 60 ? decimal : (CLOCK_STEPS.find((s) => s >= raw) ?? Math.ceil(raw / 86400) * 86400);
  const ticks: number[] = [];
  for (let i = 0; i * step <= endS * (1 + 1e-9); i++) ticks.push(i * step);
  return { step, ticks };
}

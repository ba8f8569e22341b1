import type { MigrationPlan } from '@/lib/sim/migration/types';

/** Where the guest is, drawn as bands on a source row and a target row. */
export type GuestBand = 'running-source' | 'paused' | 'running-target' | 'receiving' | 'defined';
export interface Segment {
  from: number;
  to: number;
  band: GuestBand;
}

/**
 * The guest's state on each host from 0 to `endS`. libvirt's target domain waits paused
 * (incoming migration) while memory arrives; the source copy is gone once it resumes there.
 */
export function guestBands(plan: MigrationPlan, endS: number): { source: Segment[]; target: Segment[] } {
  const seg = (from: number, to: number, band: GuestBand): Segment[] =>
    to > from ? [{ from, to: Math.min(to, endS), band }] : [];
  if (plan.stop_reason === 'definition-only') {
    return { source: seg(0, endS, 'running-source'), target: seg(0, endS, 'defined') };
  }
  const { paused_at_s: paused, resumed_at_s: resumed } = plan;
  if (paused === null || resumed === null) {
    return { source: seg(0, endS, 'running-source'), target: seg(0, endS, 'receiving') };
  }
  return {
    source: [...seg(0, paused, 'running-source'), ...seg(paused, resumed, 'paused')],
    target: [...seg(0, resumed, 'receiving'), ...seg(resumed, endS, 'running-target')],
  };
}

import { progressAt } from '@/lib/sim/migration/progress';
import type { MigrationPlan } from '@/lib/sim/migration/types';
import { BYTES_PER_MIB } from '@/lib/sim/migration/units';
import type { Lane } from './compare-model';
import { formatDuration, formatMib } from './format';

function whereIsTheGuest(plan: MigrationPlan, t: number): string {
  if (plan.stop_reason === 'definition-only') return 'running on the source';
  const { paused_at_s: paused, resumed_at_s: resumed } = plan;
  if (paused === null || resumed === null || t < paused) return 'running on the source';
  if (t < resumed) return 'paused';
  return 'running on the target';
}

/** What `virsh domjobinfo` would say about each job at the play head. */
function Figures({ name, lane, t }: { name: string; lane: Lane; t: number }) {
  const p = progressAt(lane.plan, lane.params, t);
  const round = p.done
    ? 'done'
    : `round ${p.memory_iteration} (${p.phase === 'live' ? 'copying while it runs' : p.phase === 'stop-copy' ? 'stop-and-copy' : p.phase})`;
  return (
    <div className="min-w-0">
      <dt className="font-medium">{name}</dt>
      <dd className="text-muted">
        Guest {whereIsTheGuest(lane.plan, t)}; {round}; {formatMib(p.memory_processed / BYTES_PER_MIB)} sent
        {p.memory_remaining > 0 ? `, ${formatMib(p.memory_remaining / BYTES_PER_MIB)} left in this round` : ''}.
      </dd>
    </div>
  );
}

export function JobReadout({ live, offline, t }: { live: Lane; offline: Lane; t: number }) {
  return (
    <div className="text-sm">
      <p className="font-medium">At {formatDuration(t)} of simulated time</p>
      <dl className="mt-1 grid gap-2 sm:grid-cols-2">
        <Figures name="Live" lane={live} t={t} />
        <Figures name="Offline" lane={offline} t={t} />
      </dl>
    </div>
  );
}

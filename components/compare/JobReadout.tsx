import { useTranslations } from 'next-intl';
import { progressAt } from '@/lib/sim/migration/progress';
import type { MigrationPlan } from '@/lib/sim/migration/types';
import { BYTES_PER_MIB } from '@/lib/sim/migration/units';
import type { Lane } from './compare-model';
import { formatDuration, formatMib } from './format';

function whereIsTheGuest(plan: MigrationPlan, t: number): 'source' | 'paused' | 'target' {
  if (plan.stop_reason === 'definition-only') return 'source';
  const { paused_at_s: paused, resumed_at_s: resumed } = plan;
  if (paused === null || resumed === null || t < paused) return 'source';
  if (t < resumed) return 'paused';
  return 'target';
}

/** What `virsh domjobinfo` would say about each job at the play head. */
function Figures({ name, lane, t }: { name: string; lane: Lane; t: number }) {
  const tr = useTranslations('compare.readout');
  const kind = useTranslations('compare.rounds.kind');
  const p = progressAt(lane.plan, lane.params, t);
  const phase =
    p.phase === 'live' ? tr('copying') : p.phase === 'stop-copy' || p.phase === 'postcopy' ? kind(p.phase) : p.phase;
  const round = p.done ? tr('done') : tr('round', { n: p.memory_iteration, phase });
  return (
    <div className="min-w-0">
      <dt className="font-medium">{name}</dt>
      <dd className="text-muted">
        {tr('line', {
          where: tr(whereIsTheGuest(lane.plan, t)),
          round,
          sent: formatMib(p.memory_processed / BYTES_PER_MIB),
          left: p.memory_remaining > 0 ? formatMib(p.memory_remaining / BYTES_PER_MIB) : 'none',
        })}
      </dd>
    </div>
  );
}

export function JobReadout({ live, offline, t }: { live: Lane; offline: Lane; t: number }) {
  const tr = useTranslations('compare.readout');
  return (
    <div className="text-sm">
      <p className="font-medium">{tr('at', { time: formatDuration(t) })}</p>
      <dl className="mt-1 grid gap-2 sm:grid-cols-2">
        <Figures name={tr('live')} lane={live} t={t} />
        <Figures name={tr('offline')} lane={offline} t={t} />
      </dl>
    </div>
  );
}

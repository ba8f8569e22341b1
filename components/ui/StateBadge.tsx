import type { DomainState } from '@/lib/api/contract';

const tone: Record<DomainState, string> = {
  running: 'border-ok text-ok',
  idle: 'border-ok text-ok',
  paused: 'border-warn text-warn',
  'in shutdown': 'border-warn text-warn',
  pmsuspended: 'border-warn text-warn',
  'shut off': 'border-line text-muted',
  crashed: 'border-danger text-danger',
  'no state': 'border-line text-muted',
};

/** A domain's state in virsh's words, with the reason when given. */
export function StateBadge({ state, reason }: { state: DomainState; reason?: string }) {
  return (
    <span className="inline-flex items-baseline gap-1.5">
      <span className={`rounded-full border px-2 py-0.5 text-xs font-medium ${tone[state]}`}>{state}</span>
      {reason && <span className="text-xs text-muted">({reason})</span>}
    </span>
  );
}

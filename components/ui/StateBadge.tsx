import type { DomainState } from '@/lib/api/contract';
import { useVirshWord } from './use-virsh-word';

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

/** A domain's state in virsh's words (a Japanese virsh's on a Japanese page), with the reason when given. */
export function StateBadge({ state, reason }: { state: DomainState; reason?: string }) {
  return stateBadge(state, reason, useVirshWord());
}

/** The badge's markup with the words given: a table of many rows looks them up once (components/overview). */
export function stateBadge(state: DomainState, reason: string | undefined, word: (s: string) => string) {
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1.5">
      <span className={`whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${tone[state]}`}>
        {word(state)}
      </span>
      {reason && <span className="whitespace-nowrap text-xs text-muted">{`(${word(reason)})`}</span>}
    </span>
  );
}

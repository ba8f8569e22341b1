'use client';

import { useTranslations } from 'next-intl';
import type { ApiDomainSummary, DomainState } from '@/lib/api/contract';

/** What the wait is for: the guest OS (running), its resumption (paused), or QEMU's end (in shutdown). */
export const pendingWhen = (state: DomainState) =>
  state === 'paused' ? 'whenResumed' : state === 'in shutdown' ? 'ending' : 'soon';

/**
 * A shutdown or reboot the guest has been asked for and has not answered yet (the lab's QEMU and
 * Xen guests take a few simulated seconds; a paused one waits to be resumed; a QEMU guest that has
 * powered off is `in shutdown` for a moment while QEMU ends). The page polls
 * meanwhile, so the state changes under it without a reload.
 */
export function PendingRequest({ domain, short = false }: { domain: ApiDomainSummary; short?: boolean }) {
  const t = useTranslations('domain.pending');
  if (!domain.pending) return null;
  return (
    <span className="inline-flex items-center gap-1.5 text-xs text-warn">
      <span aria-hidden="true" className="size-2 shrink-0 animate-pulse rounded-full bg-warn" />
      <span>
        {t(domain.pending)}
        {!short && <> · {t(pendingWhen(domain.state))}</>}
      </span>
    </span>
  );
}

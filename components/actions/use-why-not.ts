'use client';

import { useTranslations } from 'next-intl';
import type { UiActionId } from '@/lib/actions/args';
import { uiActions } from '@/lib/actions/table';
import type { ApiDomainSummary, Availability } from '@/lib/api/contract';
import type { LifecycleAction } from '@/lib/sim/transitions';

/** Why an action is not available, in the page's language (the API's `code`; the virsh action word stays). */
export function useWhyNot() {
  const t = useTranslations('why');
  return (action: string, av: Availability): string | undefined => (av.allowed ? undefined : t(av.code, { action }));
}

/** What the transition table says of a domain's migration job: on its source, or on the guest arriving. */
const jobHold = (domain: ApiDomainSummary): Availability | undefined =>
  Object.values(domain.actions).find((a) => !a.allowed && (a.code === 'jobRunning' || a.code === 'arriving'));

/**
 * Why a row of the action table (lib/actions/table.ts) cannot run on a domain now, or undefined. The
 * transition table's rows say it themselves (the API's availability); a row under the job lock
 * (`jobLock`) waits for a migration job as they do, for the same reason; any other row runs and lets
 * libvirt answer.
 */
export function useActionWhyNot() {
  const whyNot = useWhyNot();
  return (action: UiActionId, domain: ApiDomainSummary): string | undefined => {
    if (Object.hasOwn(domain.actions, action)) return whyNot(action, domain.actions[action as LifecycleAction]);
    const held = uiActions[action].jobLock && jobHold(domain);
    return held ? whyNot(action, held) : undefined;
  };
}

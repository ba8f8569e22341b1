'use client';

import type { ApiTransition, DomainState } from '@/lib/api/contract';
import { useTranslations } from 'next-intl';
import { useVirshWord } from '@/components/ui/use-virsh-word';
import { pendingWhen } from './PendingRequest';

/**
 * The last transition in words under the diagram: from (reason) → to (reason) by action — the
 * command; first, a shutdown or reboot the guest has been asked for and not done yet.
 */
export function TransitionCaption({
  last,
  pending,
  state,
}: {
  last: ApiTransition | null;
  pending?: 'shutdown' | 'reboot';
  state: DomainState;
}) {
  const t = useTranslations('diagram');
  const tp = useTranslations('domain.pending');
  const word = useVirshWord();
  return (
    <figcaption className="mt-1 text-sm" aria-live="polite">
      {pending && (
        <span className="block text-warn">
          {tp(pending)} · {tp(pendingWhen(state))}
        </span>
      )}
      {last ? (
        <>
          <span className="font-semibold">{word(last.from.state)}</span>{' '}
          <span className="text-muted">({word(last.from.reason)})</span> →{' '}
          <span className="font-semibold">{word(last.to.state)}</span>{' '}
          <span className="text-muted">({word(last.to.reason)})</span>
          {last.action && (
            <> {t.rich('by', { action: last.action, code: (c) => <code className="text-accent">{c}</code> })}</>
          )}
          {last.command && (
            <span className="text-muted">
              {' '}
              — <code>{last.command}</code>
            </span>
          )}
        </>
      ) : (
        <span className="text-muted">{t('noneYet')}</span>
      )}
    </figcaption>
  );
}

'use client';

import type { ApiTransition } from '@/lib/api/contract';
import { useTranslations } from 'next-intl';
import { useVirshWord } from '@/components/ui/use-virsh-word';

/** The last transition in words under the diagram: from (reason) → to (reason) by action — the command. */
export function TransitionCaption({ last }: { last: ApiTransition | null }) {
  const t = useTranslations('diagram');
  const word = useVirshWord();
  return (
    <figcaption className="mt-1 text-sm" aria-live="polite">
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

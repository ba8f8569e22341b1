'use client';

import { useTranslations } from 'next-intl';
import type { Transcript } from '@/lib/api/contract';
import { CommandEcho } from '@/components/actions/CommandEcho';

/** The command a button ran, echoed with exactly what the tool printed, right under the buttons. */
export function LastCommand({ transcript }: { transcript: Transcript | null }) {
  const t = useTranslations('lastCommand');
  return (
    <section
      aria-labelledby="last-command"
      className="rounded-lg border border-line bg-term-bg p-3 font-mono text-sm text-term-fg"
    >
      <h2 id="last-command" className="mb-1 font-sans text-xs font-semibold uppercase tracking-wide text-term-fg/80">
        {t('heading')}
      </h2>
      {transcript ? <CommandEcho transcript={transcript} /> : <p className="text-term-fg/80">{t('empty')}</p>}
    </section>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { paths } from '@/lib/routes';
import type { StepOutline } from '@/lib/lessons/outline';
import { openConsole } from '@/components/console/open-console';
import { KeepOptions, Prose } from './Prose';
import { useActionLabel } from '@/components/actions/use-action-label';
import { HintLadder } from './HintLadder';

/** Where the step happens, with a way to get there from any page. */
function Where({ step, label }: { step: StepOutline; label: ReturnType<typeof useActionLabel> }) {
  const t = useTranslations('panel');
  const pathname = usePathname();
  if (step.ui) {
    const href = paths.domain(step.ui.host, step.ui.domain);
    const here = pathname === href;
    return (
      <p className="text-sm">
        {t.rich('pressOn', {
          button: label(step.ui.action),
          domain: step.ui.domain,
          host: step.ui.host,
          strong: (c) => <strong>{c}</strong>,
        })}{' '}
        {here ? (
          <span className="text-muted">{t('youAreThere')}</span>
        ) : (
          <Link href={href} className="text-accent underline underline-offset-2">
            {t('goTo', { domain: step.ui.domain, host: step.ui.host })}
          </Link>
        )}
      </p>
    );
  }
  const host = step.command.host;
  return (
    <p className="text-sm">
      {t('typeAt', { host })}{' '}
      {pathname === paths.console() ? (
        <Link href={paths.console(host)} className="text-accent underline underline-offset-2">
          {t('switchConsole', { host })}
        </Link>
      ) : (
        <button type="button" onClick={() => openConsole(host)} className="text-accent underline underline-offset-2">
          {t('openConsole', { host })}
        </button>
      )}
    </p>
  );
}

/** A later step done first, in a lesson done in order: it is not counted until this one is done. */
export interface Ahead {
  n: number;
  title: string;
}

export function CurrentStep({
  step,
  number,
  total,
  ahead,
}: {
  step: StepOutline;
  number: number;
  total: number;
  ahead?: Ahead;
}) {
  const t = useTranslations('panel');
  const label = useActionLabel();
  return (
    <section aria-labelledby="current-step" className="flex flex-col gap-2.5">
      <h3 id="current-step" className="text-sm font-semibold">
        {t('stepOf', { n: number, total })}:{' '}
        <span className="font-normal">
          <KeepOptions text={step.title} />
        </span>
      </h3>
      {ahead && (
        <p role="status" className="rounded-md border border-warn px-2.5 py-1.5 text-sm">
          {t('ahead', { later: ahead.n, title: ahead.title, n: number })}
        </p>
      )}
      <Prose text={step.instruction} className="text-sm leading-relaxed" />
      <Where step={step} label={label} />
      <HintLadder key={step.id} step={step} />
    </section>
  );
}

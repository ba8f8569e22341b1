'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { paths } from '@/lib/routes';
import { type StepOutline, stepDialects } from '@/lib/lessons/outline';
import { openConsole } from '@/components/console/open-console';
import { Inline, Prose } from './Prose';
import { clickTexts } from '@/lib/actions/table';
import { untyped } from '@/lib/actions/form';
import { useActionLabel } from '@/components/actions/use-action-label';

const disclosure =
  'rounded-md border border-line [&_summary]:cursor-pointer [&_summary]:px-2.5 [&_summary]:py-1.5 [&_summary]:text-sm [&_summary]:font-medium';

/** The command in the three dialects: the step's own line, and what it says for the others. */
function Dialects({ step }: { step: StepOutline }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      {stepDialects(step).map(({ tool, equivalent }) => (
        <div key={tool} className="contents">
          <dt className="text-muted">{tool}</dt>
          <dd>
            {'line' in equivalent ? (
              <code className="font-mono break-words">{equivalent.line}</code>
            ) : (
              <span className="text-muted">
                <Inline text={`none: ${equivalent.none}`} />
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

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

export function CurrentStep({ step, number, total }: { step: StepOutline; number: number; total: number }) {
  const t = useTranslations('panel');
  const label = useActionLabel();
  const values = clickTexts(step.ui, untyped(useTranslations()));
  return (
    <section aria-labelledby="current-step" className="flex flex-col gap-2.5">
      <h3 id="current-step" className="text-sm font-semibold">
        {t('stepOf', { n: number, total })}
      </h3>
      <Prose text={step.instruction} className="text-sm leading-relaxed" />
      <Where step={step} label={label} />
      <details className={disclosure}>
        <summary>{t('showHint')}</summary>
        <div className="border-t border-line px-2.5 py-2 text-sm">
          <Inline text={step.hint} />
        </div>
      </details>
      <details className={disclosure}>
        <summary>{t('showSolution')}</summary>
        <div className="flex flex-col gap-2 border-t border-line px-2.5 py-2">
          {step.ui && (
            <p className="text-sm">
              {t.rich(values.length > 0 ? 'pressWith' : 'press', {
                button: label(step.ui.action),
                values: values.join(', '),
                strong: (c) => <strong>{c}</strong>,
              })}
            </p>
          )}
          <Dialects step={step} />
        </div>
      </details>
    </section>
  );
}

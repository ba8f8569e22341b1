'use client';

import { useTranslations } from 'next-intl';
import type { StepOutline } from '@/lib/lessons/outline';
import { Command } from '@/components/ui/Command';
import { KeepOptions } from './Prose';

/**
 * Every step by its title, with where it stands. Done steps show the command that did it (as the
 * lesson solves it); the others show only their title, so the current one is the thing to think
 * about. A lesson whose steps may come in any order says so.
 */
export function StepList({ steps, done, anyOrder }: { steps: StepOutline[]; done: string[]; anyOrder: boolean }) {
  const t = useTranslations('panel');
  const current = steps.find((s) => !done.includes(s.id))?.id;
  return (
    <div className="flex flex-col gap-1">
      {anyOrder && <p className="text-xs text-muted">{t('anyOrder')}</p>}
      <ol aria-label={t('steps')} className="flex flex-col gap-1 text-sm">
        {steps.map((s, i) => {
          const status = done.includes(s.id) ? 'done' : s.id === current ? 'current' : 'to do';
          return (
            <li
              key={s.id}
              aria-current={status === 'current' ? 'step' : undefined}
              className={`flex items-baseline gap-2 rounded px-1.5 py-0.5 ${status === 'current' ? 'bg-sunken font-medium' : ''} ${status === 'to do' ? 'text-muted' : ''}`}
            >
              <span aria-hidden className={`w-4 shrink-0 text-center ${status === 'done' ? 'text-ok' : ''}`}>
                {status === 'done' ? '✓' : status === 'current' ? '▸' : '○'}
              </span>
              <span className="min-w-0">
                <span>{t('stepStatus', { n: i + 1, status: status === 'to do' ? 'todo' : status })}</span>:{' '}
                <span>
                  <KeepOptions text={s.title} />
                </span>
                {status === 'done' && (
                  <>
                    {' — '}
                    <Command line={s.command.line} className="text-xs" />{' '}
                    <span className="text-xs text-muted">{t('onHost', { host: s.command.host })}</span>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import type { StepOutline } from '@/lib/lessons/outline';

/**
 * Every step with where it stands. Done steps show the command that did it (as the lesson
 * solves it); later ones stay closed so the current one is the thing to think about.
 */
export function StepList({ steps, done }: { steps: StepOutline[]; done: number }) {
  const t = useTranslations('panel');
  return (
    <ol aria-label={t('steps')} className="flex flex-col gap-1 text-sm">
      {steps.map((s, i) => {
        const status = i < done ? 'done' : i === done ? 'current' : 'to do';
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
              <span>{t('stepStatus', { n: i + 1, status: status === 'to do' ? 'todo' : status })}</span>
              {status === 'done' && (
                <>
                  : <code className="font-mono text-xs break-words">{s.command.line}</code>{' '}
                  <span className="text-xs text-muted">{t('onHost', { host: s.command.host })}</span>
                </>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

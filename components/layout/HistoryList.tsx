'use client';

import { useTranslations } from 'next-intl';
import type { CSSProperties } from 'react';
import type { ApiHistory, ApiHistoryEntry } from '@/lib/api/contract';
import { Button } from '@/components/ui/Button';

interface Props {
  id: string;
  style: CSSProperties;
  history: ApiHistory;
  pending: boolean;
  onStep: (dir: 'undo' | 'redo', count: number) => void;
}

interface RowProps {
  e: ApiHistoryEntry;
  label: string;
  text: string;
  onClick: () => void;
  pending: boolean;
}

/** One command; its button's visible words begin its accessible name, which adds the line (WCAG 2.5.3). */
function Row({ e, label, text, onClick, pending }: RowProps) {
  return (
    <li className="flex items-center justify-between gap-3 py-1">
      <span className="min-w-0">
        <code className="command-wrap whitespace-pre text-xs">{e.line}</code>{' '}
        <span className="text-xs text-muted">({e.host})</span>
      </span>
      <Button size="sm" variant="ghost" className="shrink-0" aria-label={label} pending={pending} onClick={onClick}>
        {text}
      </Button>
    </li>
  );
}

/** The commands that can be taken back (oldest first), where the lab is now, and those that can be brought again. */
export function HistoryList({ id, style, history, pending, onStep }: Props) {
  const t = useTranslations('history');
  const { past, future } = history;
  return (
    <section
      id={id}
      style={style}
      aria-label={t('heading')}
      className="fixed z-40 max-h-[70vh] overflow-y-auto rounded-md border border-line bg-panel p-3 text-fg shadow-lg"
    >
      <h2 className="text-sm font-semibold">{t('heading')}</h2>
      <p className="mt-1 text-xs text-muted">{t.rich('intro', { code: (c) => <code>{c}</code> })}</p>
      {past.length === 0 && future.length === 0 && <p className="mt-2 text-sm">{t('empty')}</p>}
      <ol aria-label={t('done')} className="mt-2 divide-y divide-line">
        {past.map((e, i) => (
          <Row
            key={e.seq}
            e={e}
            pending={pending}
            label={t('rewind', { line: e.line })}
            text={t('rewindShort')}
            onClick={() => onStep('undo', past.length - i)}
          />
        ))}
      </ol>
      <p className="my-1 border-y border-accent py-1 text-center text-xs font-semibold text-accent">{t('now')}</p>
      {future.length > 0 && (
        <ol aria-label={t('undone')} className="divide-y divide-line opacity-80">
          {future.map((e, i) => (
            <Row
              key={e.seq}
              e={e}
              pending={pending}
              label={t('forward', { line: e.line })}
              text={t('forwardShort')}
              onClick={() => onStep('redo', i + 1)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { type CSSProperties, useRef, useState } from 'react';
import { useHistory, useHistoryStep } from '@/lib/api/history';
import { Button } from '@/components/ui/Button';
import { HistoryList } from './HistoryList';

/**
 * Undo, Redo and the lab's history (docs/decisions/021-undo-and-custom-lessons.md): one command at
 * a time, or back to any earlier point from the list. The console's `undo` and `redo` do the same.
 */
export function HistoryControls() {
  const t = useTranslations('history');
  const history = useHistory();
  const step = useHistoryStep();
  const [at, setAt] = useState<CSSProperties | null>(null);
  const group = useRef<HTMLDivElement>(null);
  // Below the buttons, right-aligned with them, inside the viewport at any width (the header wraps on a phone).
  const toggle = () => {
    const r = group.current?.getBoundingClientRect();
    setAt(at || !r ? null : { top: r.bottom + 4, right: Math.max(8, window.innerWidth - r.right) });
  };
  const last = history.data?.past.at(-1);
  const next = history.data?.future[0];
  return (
    <div
      ref={group}
      role="group"
      aria-label={t('heading')}
      className="relative flex items-center gap-1"
      onKeyDown={(e) => e.key === 'Escape' && setAt(null)}
    >
      <Button
        size="sm"
        title={last ? t('undoWhat', { line: last.line }) : undefined}
        disabledWhy={last ? undefined : t('nothingToUndo')}
        pending={step.isPending && step.variables?.dir === 'undo'}
        onClick={() => step.mutate({ dir: 'undo' })}
      >
        ↶ {t('undo')}
      </Button>
      <Button
        size="sm"
        title={next ? t('redoWhat', { line: next.line }) : undefined}
        disabledWhy={next ? undefined : t('nothingToRedo')}
        pending={step.isPending && step.variables?.dir === 'redo'}
        onClick={() => step.mutate({ dir: 'redo' })}
      >
        ↷ {t('redo')}
      </Button>
      <Button size="sm" variant="ghost" aria-expanded={!!at} aria-controls="lab-history" onClick={toggle}>
        {t('open')}
      </Button>
      {at && (
        <HistoryList
          id="lab-history"
          style={at}
          history={history.data ?? { past: [], future: [] }}
          pending={step.isPending}
          onStep={(dir, count) => step.mutate({ dir, count })}
        />
      )}
    </div>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { type CSSProperties, lazy, Suspense, useRef, useState } from 'react';
import { useHistory, useHistoryStep } from '@/lib/api/history';
import { Button } from '@/components/ui/Button';
import { HintButton } from '@/components/ui/HintButton';
import { useLater } from './use-later';

/** The list shows only when asked for: its code loads on the button's hover or focus, not with the page. */
export const loadHistoryList = () => import('./HistoryList');
const HistoryList = lazy(() => loadHistoryList().then((m) => ({ default: m.HistoryList })));

const BUTTONS = [
  { dir: 'undo', icon: '↶', what: 'undoWhat', nothing: 'nothingToUndo' },
  { dir: 'redo', icon: '↷', what: 'redoWhat', nothing: 'nothingToRedo' },
] as const;

/**
 * Undo, Redo and the lab's history (docs/decisions/021-undo-and-custom-lessons.md): one command at
 * a time, or back to any earlier point from the list. The console's `undo` and `redo` do the same.
 */
export function HistoryControls() {
  const t = useTranslations('history');
  // Asked for in a task after hydration, not among its effects (the buttons say why they are
  // disabled until the answer, as they did while it was on its way).
  const history = useHistory(useLater());
  const step = useHistoryStep();
  const [at, setAt] = useState<CSSProperties | null>(null);
  const group = useRef<HTMLDivElement>(null);
  // Below the buttons, its right edge under theirs, but never past the viewport (the header wraps on a phone).
  const toggle = () => {
    const r = group.current?.getBoundingClientRect();
    const width = Math.min(448, window.innerWidth - 16);
    const left = r && Math.max(8, Math.min(r.right - width, window.innerWidth - width - 8));
    setAt(at || !r ? null : { top: r.bottom + 4, left, width });
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
      {BUTTONS.map(({ dir, icon, what, nothing }) => {
        const e = dir === 'undo' ? last : next;
        return (
          <HintButton
            key={dir}
            size="sm"
            hint={e ? t(what, { line: e.line }) : undefined}
            describeHint
            disabledWhy={e ? undefined : t(nothing)}
            pending={step.isPending && step.variables?.dir === dir}
            onClick={() => step.mutate({ dir })}
          >
            {icon} {t(dir)}
          </HintButton>
        );
      })}
      <Button
        size="sm"
        variant="ghost"
        aria-expanded={!!at}
        aria-controls="lab-history"
        onClick={toggle}
        onPointerEnter={() => void loadHistoryList()}
        onFocus={() => void loadHistoryList()}
      >
        {t('open')}
      </Button>
      {at && (
        <Suspense>
          <HistoryList
            id="lab-history"
            style={at}
            history={history.data ?? { past: [], future: [] }}
            pending={step.isPending}
            onStep={(dir, count) => step.mutate({ dir, count })}
          />
        </Suspense>
      )}
    </div>
  );
}

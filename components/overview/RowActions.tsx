'use client';

import { type FocusEvent, lazy, type MouseEvent, type PointerEvent, Suspense, useMemo, useState } from 'react';
import type { ApiDomainSummary } from '@/lib/api/contract';
import { rowActionsTrigger } from '@/components/ui/menu-triggers';
import { loadRowActionsMenu } from './load-row-actions-menu';
import type { RowWords } from './row-words';

const RowActionsMenu = lazy(loadRowActionsMenu);

const button = (e: { target: EventTarget }) => (e.target as Element).closest?.<HTMLElement>('[data-row-actions]');

/**
 * What makes the rows' Actions buttons work, for a whole table: a button is plain markup until it is
 * pressed (pointer down, or a click from Enter, Space or assistive tech), as LazyMenuButton's is, and
 * its menu's code loads on hover or focus — but with one set of handlers and one state for the table
 * instead of a component, a state and five handlers in each of a thousand rows. `armed`: the rows
 * whose menu has been mounted (it stays, as Radix moves focus back to its trigger).
 */
export function useRowMenus() {
  const [armed, setArmed] = useState<ReadonlySet<string>>(() => new Set());
  const handlers = useMemo(() => {
    const arm = (b: HTMLElement) => {
      const uuid = b.dataset.rowActions ?? '';
      setArmed((s) => (s.has(uuid) ? s : new Set(s).add(uuid)));
    };
    const preload = (e: PointerEvent | FocusEvent) => {
      if (button(e)) void loadRowActionsMenu();
    };
    return {
      onPointerOver: preload,
      onFocus: preload,
      onPointerDown: (e: PointerEvent) => {
        const b = button(e);
        if (!b || e.button !== 0 || e.ctrlKey) return;
        e.preventDefault();
        arm(b);
      },
      onClick: (e: MouseEvent) => {
        const b = button(e);
        if (b) arm(b);
      },
    };
  }, []);
  return { armed, handlers };
}

/** A row's Actions button; once pressed, its menu (enabled per the transition table, with why not), mounted open. */
export function rowActions(domain: ApiDomainSummary, words: RowWords, armed: boolean) {
  const plain = (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      aria-label={words.actionsFor(domain.name)}
      className={rowActionsTrigger}
      data-row-actions={domain.uuid}
    >
      {words.actions}
    </button>
  );
  return armed ? (
    <Suspense fallback={plain}>
      <RowActionsMenu domain={domain} />
    </Suspense>
  ) : (
    plain
  );
}

'use client';

import { lazy } from 'react';
import type { ApiDomainSummary } from '@/lib/api/contract';
import { LazyMenuButton } from '@/components/ui/LazyMenuButton';

import { rowActionsTrigger } from '@/components/ui/menu-triggers';
import type { RowTexts } from './row-texts';

export const loadRowActionsMenu = () => import('./RowActionsMenu');
const RowActionsMenu = lazy(loadRowActionsMenu);

/** A row's Actions button; its menu (enabled per the transition table, with why not) mounts on first use. */
export function RowActions({ domain, texts }: { domain: ApiDomainSummary; texts: RowTexts }) {
  return (
    <LazyMenuButton
      aria-label={texts.actionsFor(domain.name)}
      className={rowActionsTrigger}
      preload={loadRowActionsMenu}
      menu={() => <RowActionsMenu domain={domain} />}
    >
      {texts.actions}
    </LazyMenuButton>
  );
}

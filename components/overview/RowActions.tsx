'use client';

import { lazy } from 'react';
import type { ApiDomainSummary } from '@/lib/api/contract';
import { LazyMenuButton } from '@/components/ui/LazyMenuButton';

import { rowActionsTrigger } from '@/components/ui/menu-triggers';

export const loadRowActionsMenu = () => import('./RowActionsMenu');
const RowActionsMenu = lazy(loadRowActionsMenu);

/** A row's Actions button; its menu (enabled per the transition table, with why not) mounts on first use. */
export function RowActions({ domain }: { domain: ApiDomainSummary }) {
  return (
    <LazyMenuButton
      aria-label={`Actions for ${domain.name}`}
      className={rowActionsTrigger}
      preload={loadRowActionsMenu}
      menu={() => <RowActionsMenu domain={domain} />}
    >
      Actions
    </LazyMenuButton>
  );
}

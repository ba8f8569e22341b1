'use client';

import { useTranslations } from 'next-intl';
import { lazy } from 'react';
import type { ApiDomainSummary } from '@/lib/api/contract';
import { LazyMenuButton } from '@/components/ui/LazyMenuButton';

import { rowActionsTrigger } from '@/components/ui/menu-triggers';

export const loadRowActionsMenu = () => import('./RowActionsMenu');
const RowActionsMenu = lazy(loadRowActionsMenu);

/** A row's Actions button; its menu (enabled per the transition table, with why not) mounts on first use. */
export function RowActions({ domain }: { domain: ApiDomainSummary }) {
  const t = useTranslations('overview');
  return (
    <LazyMenuButton
      aria-label={t('actionsFor', { name: domain.name })}
      className={rowActionsTrigger}
      preload={loadRowActionsMenu}
      menu={() => <RowActionsMenu domain={domain} />}
    >
      {t('actions')}
    </LazyMenuButton>
  );
}

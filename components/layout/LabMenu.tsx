'use client';

import { useTranslations } from 'next-intl';
import { lazy } from 'react';
import { LazyMenuButton } from '@/components/ui/LazyMenuButton';
import { labMenuTrigger } from '@/components/ui/menu-triggers';

export const loadLabMenu = () => import('./LabMenuContent');
const LabMenuContent = lazy(loadLabMenu);

/** Lab-wide controls: simulated network latency and "Reset lab" (the menu loads on first use). */
export function LabMenu() {
  const t = useTranslations('labMenu');
  return (
    <LazyMenuButton className={labMenuTrigger} preload={loadLabMenu} menu={() => <LabMenuContent />}>
      {t('trigger')}
    </LazyMenuButton>
  );
}

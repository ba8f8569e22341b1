'use client';

import { lazy } from 'react';
import { LazyMenuButton } from '@/components/ui/LazyMenuButton';

export const labMenuTrigger = 'rounded-md border border-line px-2.5 py-1 text-sm hover:bg-sunken';

const loadLabMenu = () => import('./LabMenuContent');
const LabMenuContent = lazy(loadLabMenu);

/** Lab-wide controls: simulated network latency and "Reset lab" (the menu loads on first use). */
export function LabMenu() {
  return (
    <LazyMenuButton className={labMenuTrigger} preload={loadLabMenu} menu={() => <LabMenuContent />}>
      Lab
    </LazyMenuButton>
  );
}

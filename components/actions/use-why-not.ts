'use client';

import { useTranslations } from 'next-intl';
import type { Availability } from '@/lib/api/contract';

/** Why an action is not available, in the page's language (the API's `code`; the virsh action word stays). */
export function useWhyNot() {
  const t = useTranslations('why');
  return (action: string, av: Availability): string | undefined => (av.allowed ? undefined : t(av.code, { action }));
}

'use client';

import { useTranslations } from 'next-intl';
import type { Tag } from '@/lib/drills/types';

const keys = {
  '351.1': 'o3511',
  '351.2': 'o3512',
  '351.3': 'o3513',
  '351.4': 'o3514',
  xen: 'xen',
  kvm: 'kvm',
  libvirt: 'libvirt',
} as const satisfies Record<Tag, string>;

/** A tag as the page says it: an objective with its number and title, a platform by name. */
export function useTagLabel() {
  const t = useTranslations('drill.tag');
  return (tag: Tag) => t(keys[tag]);
}

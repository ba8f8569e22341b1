import { useTranslations } from 'next-intl';
import { useCallback } from 'react';

/**
 * A state or reason as virsh names it in the page's language: a Japanese page uses a Japanese
 * virsh's words (libvirt's catalogue). A state the catalogue leaves in English (idle: a Japanese
 * virsh prints "idle") has its Japanese beside virsh's word, as the page's other states read in
 * Japanese; reasons it leaves in English (user, post-copy) have no entry and stay as they are.
 * The same function while the catalogue is (a table's memoised rows can keep it).
 */
export function useVirshWord(): (s: string) => string {
  const w = useTranslations('virshWord');
  return useCallback((s: string) => (w.has(s as 'running') ? w(s as 'running') : s), [w]);
}

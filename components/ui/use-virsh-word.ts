import { useTranslations } from 'next-intl';

/**
 * A state or reason as virsh names it in the page's language: a Japanese page uses a Japanese
 * virsh's words (libvirt's catalogue). A state the catalogue leaves in English (idle: a Japanese
 * virsh prints "idle") has its Japanese beside virsh's word, as the page's other states read in
 * Japanese; reasons it leaves in English (user, post-copy) have no entry and stay as they are.
 */
export function useVirshWord(): (s: string) => string {
  const w = useTranslations('virshWord');
  return (s) => (w.has(s as 'running') ? w(s as 'running') : s);
}

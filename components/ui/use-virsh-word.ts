import { useTranslations } from 'next-intl';

/**
 * A state or reason as virsh names it in the page's language: a Japanese page uses a Japanese
 * virsh's words (libvirt's catalogue); what the catalogue leaves in English (idle, user,
 * post-copy) has no entry and stays as it is.
 */
export function useVirshWord(): (s: string) => string {
  const w = useTranslations('virshWord');
  return (s) => (w.has(s as 'running') ? w(s as 'running') : s);
}

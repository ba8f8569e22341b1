import { useTranslations } from 'next-intl';
import type { MigrationCheck } from '@/lib/api/contract';
import { useVirshWord } from '@/components/ui/use-virsh-word';

/**
 * A precondition in the page's language: its label and reasons by code (messages migrateCheck.*),
 * the API's English when a backend sends a code this UI has no message for.
 */
export function useCheckText() {
  const t = useTranslations('migrateCheck');
  // A state in a reason is virsh's word: a Japanese virsh's on a Japanese page.
  const word = useVirshWord();
  const label = (c: MigrationCheck) => {
    const key = `label.${c.labelCode}` as 'label.flags';
    return t.has(key) ? t(key) : c.label;
  };
  const detail = (c: MigrationCheck) => {
    const keys = c.reasons.map((r) => `reason.${r.code}` as 'reason.libvirt');
    if (!keys.every((k) => t.has(k))) return c.detail;
    return c.reasons
      .map((r, i) => t(keys[i], r.values.state ? { ...r.values, state: word(r.values.state) } : r.values))
      .join(t('join'));
  };
  const blocked = (c: MigrationCheck) => t('blocked', { label: label(c), detail: detail(c) });
  return { label, detail, blocked };
}

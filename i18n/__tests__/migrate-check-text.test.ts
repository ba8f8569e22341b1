import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { CHECK_LABELS, CHECK_REASONS } from '@/lib/shell/migrate-check-text';
import en from '../../messages/en.json';
import ja from '../../messages/ja.json';

const values = {
  name: 'web01',
  state: 'running',
  target: 'kvm2',
  hostname: 'kvm2.lab',
  source: 'xen1.lab',
  from: 'QEMU',
  to: 'Xen',
  other: 'db01',
  free: '3.0 GiB',
  need: '2.0 GiB',
  message: "can't connect: [Errno 111] Connection refused",
  last: '7',
  vcpu: '0',
  cpu: '15',
};
const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: keyof typeof values) => values[k]);

describe('the migrate dialog’s preconditions in messages (migrateCheck.*)', () => {
  const tEn = createTranslator({ locale: 'en', messages: en, namespace: 'migrateCheck' });
  const tJa = createTranslator({ locale: 'ja', messages: ja, namespace: 'migrateCheck' });

  it('say in English exactly what the API’s English says, for every label and reason', () => {
    for (const [code, text] of Object.entries(CHECK_LABELS))
      expect(tEn(`label.${code}` as 'label.flags'), code).toBe(text);
    for (const [code, text] of Object.entries(CHECK_REASONS))
      expect(tEn(`reason.${code}` as 'reason.libvirt', values), code).toBe(fill(text));
  });

  it('are Japanese on /ja, keeping names, options and the tools’ own words', () => {
    expect(tJa('reason.memoryFree', values)).toBe('kvm2 の空きは 3.0 GiB、web01 には 2.0 GiB 必要です');
    expect(tJa('reason.noHost', values)).toBe("ホスト 'kvm2' はありません");
    expect(tJa('reason.relocationRefused', values)).toBe(
      "kvm2 の xend-config.sxp: can't connect: [Errno 111] Connection refused",
    );
    for (const code of Object.keys(CHECK_LABELS))
      expect(tJa(`label.${code}` as 'label.flags')).toMatch(/[ぁ-んァ-ン一-龥]/);
  });
});

import { describe, expect, it } from 'vitest';
import { equivalents } from '../equivalents';
import { equivalentReasonsJa } from '../equivalents-ja';
import { virshCommands } from '../virsh/registry';
import { xlCommands } from '../xl/registry';
import { xmCommands } from '../xm/registry';

/** Every reason the registries give for a missing equivalent. */
function registryReasons(): Set<string> {
  const out = new Set<string>();
  const add = (e: unknown) => {
    if (e && typeof e === 'object' && 'none' in e) out.add((e as { none: string }).none);
  };
  for (const c of virshCommands) {
    add(c.xm);
    add(c.xl);
    for (const f of Object.values(c.flags ?? {})) {
      add(f.xm);
      add(f.xl);
    }
  }
  for (const c of [...xmCommands, ...xlCommands]) add(c.virsh);
  return out;
}

describe('why a dialect has no equivalent, in Japanese', () => {
  it('has a Japanese wording for every reason in the registries, and none for a reason no longer there', () => {
    const reasons = registryReasons();
    expect(reasons.size).toBeGreaterThan(50);
    expect([...reasons].filter((r) => !(r in equivalentReasonsJa))).toEqual([]);
    expect(Object.keys(equivalentReasonsJa).filter((r) => !reasons.has(r))).toEqual([]);
    for (const [en, ja] of Object.entries(equivalentReasonsJa)) {
      expect(ja, en).toMatch(/[ぁ-んァ-ン一-龥]/);
      // Commands, options, files and placeholders are kept as they are.
      for (const word of en.match(/--[a-z-]+|\/(?:etc|var)\/[\w/.{}-]+|\{\w+\}|\b(?:xm|xl|virsh) [a-z-]+/g) ?? [])
        expect(ja, en).toContain(word.replace(/ [a-z-]+$/, ''));
    }
  });

  it('words the reasons VirtLab makes itself, filling in the same values', () => {
    const kvm = equivalents(['suspend', 'web01'], { name: 'kvm1', driver: 'qemu' });
    expect(kvm.xl).toEqual({
      none: 'kvm1 is a QEMU/KVM host: xm and xl manage Xen only',
      ja: 'kvm1 は QEMU/KVM ホストです: xm と xl が管理するのは Xen だけです',
    });
    const flag = equivalents(['migrate', '--live', '--postcopy', 'web01', 'qemu+ssh://kvm2.lab/system']);
    expect(flag.xl).toEqual({
      none: 'xl migrate has no equivalent of --postcopy',
      ja: 'xl migrate には --postcopy に相当するものがありません',
    });
    const config = equivalents(['setmem', 'pv-web', '512M', '--config']);
    expect(config.xl).toMatchObject({
      ja: 'xl が変更するのは実行中のドメインだけです: 次回の起動用には /etc/xen/pv-web.cfg を編集します',
    });
  });
});

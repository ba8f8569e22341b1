import { describe, expect, it } from 'vitest';
import { glossary, glossaryTerm } from '../glossary';
import { glossaryJa, termMatches } from '../glossary-i18n';
import { labWorld } from '@/lib/sim/worlds/lab';
import { lessonById, lessons } from '../registry';

/** The app's routes a glossary entry may link to. */
const world = labWorld();
const isPage = (p: string) => {
  if (['/', '/console', '/compare', '/learn', '/glossary'].includes(p)) return true;
  const m = /^\/hosts\/([^/]+)\/domains\/([^/]+)$/.exec(p);
  return !!m && !!world.hosts.find((h) => h.name === m[1])?.domains.some((d) => (d.config ?? d.live)?.name === m[2]);
};

describe('glossary', () => {
  it('has unique kebab-case ids and a definition for every term', () => {
    const ids = glossary.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of glossary) {
      expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(t.definition.length, t.id).toBeGreaterThan(80);
    }
  });

  it('links only to lessons that exist', () => {
    for (const t of glossary)
      for (const id of t.lessons) expect(lessonById(id), `${t.id} → lesson ${id}`).toBeDefined();
  });

  it('links only to pages of the app and to terms it defines', () => {
    for (const t of glossary) {
      for (const p of t.pages) expect(isPage(p), `${t.id} → page ${p}`).toBe(true);
      for (const s of t.see ?? []) expect(glossaryTerm(s), `${t.id} → see ${s}`).toBeDefined();
    }
  });

  it('agrees with the lessons: a lesson lists a term exactly when the term links the lesson', () => {
    for (const l of lessons) {
      for (const id of l.glossary) expect(glossaryTerm(id)?.lessons, `${l.id} teaches ${id}`).toContain(l.id);
    }
    for (const t of glossary)
      for (const id of t.lessons) expect(lessonById(id)?.glossary, `${t.id} → ${id}`).toContain(t.id);
  });

  it("covers the study guide's core terms (hypervisor types, full and paravirtualization, HVM …)", () => {
    for (const id of [
      'hypervisor-type-1',
      'hypervisor-type-2',
      'full-virtualization',
      'paravirtualization',
      'hvm',
      'vt-x-amd-v',
      'domain-0',
      'domain-u',
      'xend',
      'xend-config-sxp',
      'live-migration',
      'offline-migration',
      'pre-copy',
      'stop-and-copy',
      'writable-working-set',
      'overcommit',
      'uuid',
      'libvirt',
      'virsh',
      'connection-uri',
      'persistent-domain',
      'transient-domain',
      'managed-save',
      'vcpu-pinning',
      'balloon',
      'current-memory',
      'maximum-memory',
      'user-mode-networking',
      'bridged-networking',
      'kvm-modules',
      'qemu',
      'xm',
      'xl',
    ]) {
      expect(glossaryTerm(id), id).toBeDefined();
    }
  });

  it('lets lessons link only to pages of the app', () => {
    for (const l of lessons) for (const p of l.pages) expect(isPage(p), `${l.id} → ${p}`).toBe(true);
  });
});

describe('glossary in Japanese', () => {
  it('has every term, and only those, with a Japanese name and definition', () => {
    expect(Object.keys(glossaryJa).sort()).toEqual(glossary.map((t) => t.id).sort());
    for (const t of glossary) {
      const ja = glossaryJa[t.id]!;
      expect(ja.definition, t.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(ja.definition.length, t.id).toBeGreaterThan(40);
    }
  });

  it('keeps commands and code as they are: every `code` span of the English is in the Japanese', () => {
    for (const t of glossary) {
      const spans = (s: string) => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();
      expect(spans(glossaryJa[t.id]!.definition), t.id).toEqual(spans(t.definition));
    }
  });

  it('is found in either language and script', () => {
    const found = (q: string) => glossary.filter((t) => termMatches(t, q)).map((t) => t.id);
    expect(found('仮想化')).toEqual(expect.arrayContaining(['full-virtualization', 'paravirtualization', 'container']));
    expect(found('ライブマイグレーション')).toContain('live-migration');
    expect(found('live migration')).toContain('live-migration');
    expect(found('ｘｍ')).toContain('xm');
    expect(found('ﾄﾞﾒｲﾝ')).toContain('domain');
    expect(found('no such term anywhere')).toEqual([]);
  });

  it("covers the exam's Xen, KVM, libvirt and container terms (issue 11)", () => {
    for (const id of [
      'domain-0',
      'domain-u',
      'paravirtualization',
      'hvm',
      'xend',
      'xend-config-sxp',
      'relocation',
      'xendomains',
      'dom0-min-mem',
      'xm-xl-subcommands',
      'xentop',
      'xenstore',
      'kvm-modules',
      'dev-kvm',
      'vt-x-amd-v',
      'qemu-monitor',
      'virtio',
      'guest-agent',
      'libvirtd',
      'virsh',
      'domain-xml',
      'etc-libvirt',
      'storage-pool',
      'virtual-network',
      'live-migration',
      'managed-save',
      'openvz',
      'container',
      'lxc',
      'namespaces-cgroups',
    ])
      expect(glossaryTerm(id), id).toBeDefined();
  });
});

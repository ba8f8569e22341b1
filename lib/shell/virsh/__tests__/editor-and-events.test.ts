import { describe, expect, it } from 'vitest';
import { memoryFs } from '../../host-fs';
import { openVirsh, runVirshArgs, virshMain } from '../../virsh-main';

const virsh = (line: string, editor?: (text: string) => string) => {
  const open = openVirsh({ argv: ['-c', 'test:///default', line], fs: memoryFs({}, () => {}), now: 0 });
  if (!open.ok) throw new Error('virsh did not open');
  if (editor) open.s.editor = (text) => ({ ok: true, value: editor(text) });
  return runVirshArgs(open.s, open.io, open.commands, '');
};

describe('virsh commands that run an editor (decision 026)', () => {
  it('without an editor the text comes back unchanged, as with EDITOR=true', () => {
    expect(virsh('desc test x; desc test --edit').stdout).toBe(
      'Domain description updated successfully\nDomain description not changed\n\n',
    );
  });

  it('a session editor changes the description it is given', () => {
    const r = virsh('desc test --edit; desc test', (text) => `${text}edited by hand`);
    expect(r.stdout).toBe('Domain description updated successfully\nedited by hand\n');
    expect(r.status).toBe(0);
  });
});

describe('virsh edit with a session editor', () => {
  it('defines the edited XML: the persistent definition changes, the running guest keeps its own', () => {
    const r = virsh('edit test; dumpxml test --inactive; dommemstat test', (xml) => xml.replace('2097152', '1048576'));
    expect(r.stdout).toMatch(/^Domain 'test' XML configuration edited\.\n\n/);
    expect(r.stdout).toContain("<currentMemory unit='KiB'>1048576</currentMemory>");
    expect(r.stdout).toContain('actual 2097152');
  });

  it('an edited XML libvirt refuses changes nothing: "Failed.", then virsh 9.0 carries on as if edited', () => {
    const r = virsh('edit test; dumpxml test --inactive', (xml) => xml.replace('<name>test</name>', '<name></name>'));
    // Without a terminal vshAskReedit cannot offer to re-edit: real virsh says "(null)" and exits 0.
    expect(r.stderr).toBe('error: Failed.\n');
    expect(r.stdout).toMatch(/^Domain '\(null\)' XML configuration edited\.\n\n/);
    expect(r.stdout).toContain('<name>test</name>');
    expect(r.status).toBe(0);
  });
});

describe('net-edit and pool-edit with a session editor', () => {
  it('pool-edit defines the edited pool under its new name', () => {
    const r = virsh('pool-edit default-pool; pool-dumpxml p2 --xpath /pool/target/path', (xml) =>
      xml.replace(/<uuid>.*<\/uuid>/, '').replaceAll('default-pool', 'p2'),
    );
    expect(r.stdout).toBe('Pool p2 XML configuration edited.\n\n<path>/p2</path>\n\n');
    expect(r.stderr).toBe('');
  });

  it('a pool definition that clashes, or a read-only connection, is "Failed." and "(null)"', () => {
    const rename = (xml: string) => xml.replace('<name>default-pool</name>', '<name>p2</name>');
    const r = virsh('pool-edit default-pool; pool-list --all', rename);
    expect(r.stderr).toBe('error: Failed.\n');
    expect(r.stdout).toMatch(/^Pool \(null\) XML configuration edited\.\n\n.*\n-+\n default-pool {3}active {3}no\n\n$/);
    const open = openVirsh({
      argv: ['-r', '-c', 'test:///default', 'net-edit default'],
      fs: memoryFs({}, () => {}),
      now: 0,
    });
    if (!open.ok) throw new Error('virsh did not open');
    open.s.editor = (xml) => ({ ok: true, value: xml.replace('<name>default', '<name>n2') });
    const ro = runVirshArgs(open.s, open.io, open.commands, '');
    expect([ro.stdout, ro.stderr, ro.status]).toEqual([
      'Network (null) XML configuration edited.\n\n',
      'error: Failed.\n',
      0,
    ]);
  });
});

describe('virsh event loops', () => {
  it('without --timeout the lab answers as an interrupted loop: no event, the command fails', () => {
    const r = virshMain({
      argv: ['-c', 'test:///default', 'event --all; domstate test'],
      fs: memoryFs({}, () => {}),
      now: 0,
    });
    expect(r.stdout).toBe('event loop interrupted\nevents received: 0\n\nrunning\n\n');
    expect(r.stderr).toBe('');
  });
});

describe('virsh save-image-edit with a session editor', () => {
  it('writes the edited XML back into the image, as save-image-define does', () => {
    const r = virsh('save test t.sav; save-image-edit t.sav; save-image-dumpxml t.sav', (xml) =>
      xml.replace("<memory unit='KiB'>8388608</memory>", "<memory unit='KiB'>4194304</memory>"),
    );
    expect(r.stdout).toContain('State file t.sav edited.\n');
    expect(r.stdout).toContain("<memory unit='KiB'>4194304</memory>");
  });

  it('an edited XML that does not parse leaves the image as it was', () => {
    const r = virsh('save test t.sav; save-image-edit t.sav; save-image-dumpxml t.sav', (xml) =>
      xml.replace('</domain>', ''),
    );
    expect(r.stderr).toContain('error: (domain_definition)');
    expect(r.stdout).toContain("<memory unit='KiB'>8388608</memory>");
  });
});

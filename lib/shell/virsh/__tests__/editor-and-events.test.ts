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

  it('an edited XML libvirt refuses changes nothing and says why', () => {
    const r = virsh('edit test; dumpxml test --inactive', (xml) => xml.replace('<name>test</name>', '<name></name>'));
    expect(r.stderr).not.toBe('');
    expect(r.stdout).toContain('<name>test</name>');
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

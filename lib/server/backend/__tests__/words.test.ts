import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { consoleWords } from '../console';
import { driverOf, hostNames, libvirtUris } from '../connections';
import { saveFile, saveImages } from '../files';
import { safeArgv } from '../safe-argv';

describe('connections', () => {
  it('names hosts after the URI, uniquely, and reads the driver from the scheme', () => {
    expect(
      hostNames([
        'qemu+ssh://root@kvm1.lab/system',
        'qemu+ssh://kvm2.lab/system',
        'test:///default',
        'test:///default',
        'qemu:///system',
      ]),
    ).toEqual(['kvm1', 'kvm2', 'test', 'test-2', 'qemu']);
    expect(['test:///default', 'qemu+tcp://h/system', 'xen:///system'].map(driverOf)).toEqual(['test', 'qemu', 'xen']);
    expect(libvirtUris({ VIRTLAB_LIBVIRT_URI: ' test:///default , qemu:///system,' })).toEqual([
      'test:///default',
      'qemu:///system',
    ]);
    expect(libvirtUris({})).toEqual([]);
  });
});

describe('the words virsh gets', () => {
  it('keeps the table’s words, unless a positional word starts with a dash: then flags, --, positionals', () => {
    expect(safeArgv('start', ['start', 'web01', '--paused'])).toEqual(['start', 'web01', '--paused']);
    expect(safeArgv('start', ['start', '--config', '--paused'])).toEqual(['start', '--paused', '--', '--config']);
    expect(safeArgv('save', ['save', 'web01', '-f', '--running'])).toEqual(['save', '--running', '--', 'web01', '-f']);
    expect(safeArgv('domrename', ['domrename', 'a', '--paused'])).toEqual(['domrename', '--', 'a', '--paused']);
  });

  it('puts save images in the save folder only', () => {
    expect(saveFile('web01.save', '/srv/save')).toEqual({ ok: true, path: '/srv/save/web01.save' });
    expect(saveFile('/srv/save/web01.save', '/srv/save')).toEqual({ ok: true, path: '/srv/save/web01.save' });
    for (const bad of ['../etc/passwd', '/etc/passwd', '..', 'a/b', ' '])
      expect(saveFile(bad, '/srv/save')).toMatchObject({ ok: false });
  });

  it('lists the save folder for a local connection, nothing for a remote one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'virtlab-save-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'web01.save'), 'x'.repeat(10));
    mkdirSync(join(dir, 'sub'));
    expect(await saveImages('qemu:///system', dir)).toEqual([
      { path: `${dir}/web01.save`, size: 10, kind: 'save-image' },
    ]);
    expect(await saveImages('qemu+ssh://root@kvm1/system', dir)).toEqual([]);
    expect(await saveImages('qemu:///system', join(dir, 'missing'))).toEqual([]);
  });

  it('the console takes one allowed virsh command, with virsh’s own quoting', () => {
    expect(consoleWords(`virsh dominfo 'a b;c'`)).toEqual({ ok: true, argv: ['dominfo', 'a b;c'] });
    expect(consoleWords('virsh list # comment')).toEqual({ ok: true, argv: ['list'] });
    expect(consoleWords('virsh')).toMatchObject({ ok: false });
    expect(consoleWords('virsh --readonly list')).toMatchObject({ ok: false });
    expect(consoleWords('virsh connect qemu:///system')).toMatchObject({ ok: false });
    expect(consoleWords('virsh list\nvirsh destroy test')).toMatchObject({ ok: false });
    expect(consoleWords('virsh "unterminated')).toMatchObject({ ok: false });
  });
});

import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { oneShotVirsh } from '../one-shot';

/** A stand-in virsh that prints the locale it was started in and its words. */
function standIn(): string {
  const dir = mkdtempSync(join(tmpdir(), 'virtlab-virsh-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'virsh');
  writeFileSync(path, '#!/bin/sh\necho "LC_ALL=$LC_ALL LANG=$LANG LANGUAGE=$LANGUAGE $*"\n');
  chmodSync(path, 0o755);
  return path;
}

describe('virsh, one process per command', () => {
  it('prints English for the UI, and a console line in the page’s language (libvirt’s catalogue via LANGUAGE)', async () => {
    const v = oneShotVirsh({ uri: 'qemu:///system', binary: standIn() });
    expect(await v.run(['list'])).toEqual({
      stdout: 'LC_ALL=C LANG=C LANGUAGE= -c qemu:///system list\n',
      stderr: '',
      status: 0,
    });
    expect(await v.run(['list'], 'ja')).toEqual({
      stdout: 'LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=ja -c qemu:///system list\n',
      stderr: '',
      status: 0,
      lang: 'ja',
    });
    expect((await v.run(['list'], 'en')).stdout).toBe('LC_ALL=C LANG=C LANGUAGE= -c qemu:///system list\n');
  });
});

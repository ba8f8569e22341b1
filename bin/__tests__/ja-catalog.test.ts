import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const MO = '/usr/share/locale/ja/LC_MESSAGES/libvirt.mo';
const root = new URL('../..', import.meta.url).pathname;

describe('lib/shell/l10n/ja-catalog.gen.ts', () => {
  it("holds every message of libvirt's Japanese catalogue that VirtLab's texts use (bin/gen-virsh-l10n.ts --check)", () => {
    if (!existsSync(MO)) {
      console.warn(
        `\n*** ${MO} is missing (Debian: libvirt-l10n, which CI installs): ja-catalog.gen.ts NOT checked ***\n`,
      );
      return;
    }
    let failure = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'bin/gen-virsh-l10n.ts', '--check'], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      });
    } catch (e) {
      failure = String((e as { stderr?: string }).stderr ?? e);
    }
    expect(failure).toBe('');
  }, 180_000);
});

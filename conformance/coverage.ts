import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeHostFs } from '../lib/node/host-fs';
import { virshHelpCommands } from '../lib/shell/virsh/help-data.gen';
import { virshMain } from '../lib/shell/virsh-main';

const value: Record<string, string> = { domain: 'test', file: 'dev.xml', network: 'default', cmd: 'info' };

/**
 * The virsh commands that answer "not simulated by VirtLab" on test:///default, each run once with
 * its required arguments in a working dir of its own (returned, gone by then). Some write files there (`screenshot` without
 * a file name writes test-<time>.png, `save` overwrites dev.xml): the dir is removed when the run
 * ends or throws, as withWorkdir does for the differential runs — not in a test's afterAll, which a
 * run that collects the file without running its tests (a name filter) never reaches.
 */
export function commandsSayingNotSimulated(): { saying: string[]; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'virtlab-coverage-'));
  try {
    writeFileSync(join(dir, 'dev.xml'), "<disk type='file' device='disk'/>\n");
    const answer = (name: string) => {
      const spec = virshHelpCommands.find((c) => c.name === name)!;
      const args = [name];
      for (const o of spec.options)
        if (o.required && o.positional) args.push(value[o.name] ?? (o.type === 'number' ? '1' : 'x'));
      return virshMain({ argv: ['-c', 'test:///default', ...args], fs: nodeHostFs(dir), now: Date.now() }).stderr;
    };
    return {
      saying: virshHelpCommands.map((c) => c.name).filter((n) => answer(n).includes('not simulated by VirtLab')),
      dir,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

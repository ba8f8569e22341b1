import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface VirshRun {
  stdout: string;
  stderr: string;
  status: number;
}

/**
 * Runs real virsh once. virsh 9.0 sometimes hangs in save/managedsave/dump on the test
 * driver (its job-watch loop misses the end of the job), so a timed-out run is retried.
 */
export function runRealVirsh(
  uri: string,
  args: string[],
  stdin: string,
  cwd: string,
  tries = 5,
  locale = 'C',
): VirshRun {
  for (let attempt = 1; attempt <= tries; attempt++) {
    // virsh reads its readline history from, and writes it back to, $XDG_CACHE_HOME/libvirt/virsh:
    // each run starts with an empty history, as a fresh account's first session does.
    const cache = mkdtempSync(join(tmpdir(), 'virsh-cache-'));
    const result = spawnSync('virsh', ['-c', uri, ...args], {
      cwd,
      input: Buffer.from(stdin, 'latin1'),
      timeout: 10_000,
      // A scenario's .inputrc is the init file readline reads (`set editing-mode vi`); else Debian's /etc/inputrc.
      env: {
        ...virshEnv(),
        LC_ALL: locale,
        XDG_CACHE_HOME: cache,
        ...(existsSync(join(cwd, '.inputrc')) ? { INPUTRC: join(cwd, '.inputrc') } : {}),
      },
    });
    rmSync(cache, { recursive: true, force: true });
    if (result.error && (result.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw result.error;
    if (result.status !== null) {
      return {
        stdout: result.stdout.toString('latin1'),
        stderr: result.stderr.toString('latin1'),
        status: result.status,
      };
    }
    process.stderr.write(`  virsh ${args.join(' ')}: timed out (attempt ${attempt}/${tries})\n`);
  }
  throw new Error(`virsh ${args.join(' ')} timed out ${tries} times`);
}

/** C locale, and none of the variables that change virsh's defaults. */
function virshEnv(): NodeJS.ProcessEnv {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LC_ALL: 'C',
    LANG: 'C',
    TERM: 'dumb',
    // The *edit commands run $EDITOR; VirtLab's default editor returns the file as written (decision 026).
    EDITOR: 'true',
    VISUAL: 'true',
  } as unknown as NodeJS.ProcessEnv;
  return env;
}

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeHostFs } from '../../lib/node/host-fs';
import { virshMain } from '../../lib/shell/virsh-main';
import { asRecordingMachine } from '../machine-cpus';
import { normalise } from '../normalise';
import { scriptArgs, type Script } from './grammar';
import { workFiles } from './node-files';

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number | 'timeout';
}

/** Byte strings, as virsh sees them: each character is one byte (latin1). */
const bytes = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

/** A fresh working dir for one batch, removed when `use` returns or throws (runs used to leave them in /tmp). */
export function withWorkdir<T>(use: (dir: string) => T): T {
  const dir = makeWorkdir();
  try {
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function makeWorkdir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'virtlab-diff-')));
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(workFiles))
    writeFileSync(join(dir, name), Buffer.from(content, 'latin1'));
  return dir;
}

/** `test:///default`, or a node file in the working dir (`test://` + absolute path). */
export const resolveUri = (uri: string, workdir: string) => uri.replace('$WORKDIR', workdir);

export function virshAvailable(): boolean {
  return spawnSync('virsh', ['--version'], { encoding: 'utf8' }).status === 0;
}

export function runReal(script: Script, workdir: string): Outcome {
  const { args, stdin } = scriptArgs(script);
  const r = spawnSync('virsh', ['-c', resolveUri(script.uri, workdir), ...args], {
    cwd: workdir,
    input: Buffer.from(stdin, 'utf8'),
    timeout: 5_000,
    env: {
      PATH: process.env.PATH,
      HOME: workdir,
      LC_ALL: 'C',
      LANG: 'C',
      TERM: 'dumb',
      EDITOR: 'true',
      VISUAL: 'true',
    } as unknown as NodeJS.ProcessEnv,
  });
  if (r.status === null) return { stdout: '', stderr: '', status: 'timeout' };
  const norm = (b: Buffer) => asRecordingMachine(normalise(b.toString('latin1'), workdir));
  return { stdout: norm(r.stdout), stderr: norm(r.stderr), status: r.status };
}

export function runSim(script: Script, workdir: string): Outcome {
  const { args, stdin } = scriptArgs(script);
  const r = virshMain({
    argv: ['-c', resolveUri(script.uri, workdir), ...args].map(bytes),
    stdin: bytes(stdin),
    fs: nodeHostFs(workdir),
    now: Date.now(),
  });
  return { stdout: normalise(r.stdout, workdir), stderr: normalise(r.stderr, workdir), status: r.status };
}

const show = (o: Outcome) =>
  `status ${o.status}\n--- stdout\n${Buffer.from(o.stdout, 'latin1').toString('utf8')}--- stderr\n${Buffer.from(o.stderr, 'latin1').toString('utf8')}`;

/** Null when both agree; otherwise the script and both outputs, for the failure message. */
export function divergence(script: Script, workdir: string): string | null {
  const real = runReal(script, workdir);
  const sim = runSim(script, workdir);
  if (real.status === sim.status && real.stdout === sim.stdout && real.stderr === sim.stderr) return null;
  const argv = ['virsh', '-c', script.uri, ...scriptArgs(script).args].map((a) => JSON.stringify(a)).join(' ');
  const stdin = script.mode === 'stdin' ? `\nstdin: ${JSON.stringify(script.text)}` : '';
  return `${argv}${stdin}\n=== real virsh: ${show(real)}=== VirtLab: ${show(sim)}`;
}

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const virsh = (args: string[], input?: string) =>
  spawnSync('node', ['dist/virsh.mjs', ...args], { input, encoding: 'latin1', maxBuffer: 64 << 20, timeout: 60_000 });

describe('the virsh bin (dist/virsh.mjs)', () => {
  it('streams a script far larger than a pipe buffer: 200,000 lines, each answered', () => {
    const r = virsh(['-q', '-c', 'test:///default'], 'domstate test\n'.repeat(200_000));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l === 'running')).toHaveLength(200_000);
    expect(lines.filter((l) => l === 'virsh # domstate test')).toHaveLength(200_000);
  }, 60_000);

  it('answers each line as it arrives: a writer that waits for the answer before its next line', async () => {
    const child = spawn('node', ['dist/virsh.mjs', '-c', 'test:///default']);
    let out = '';
    const seen = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${text}" yet; output so far: ${out}`)), 20_000);
        const check = () => {
          if (!out.includes(text)) return;
          clearTimeout(timer);
          child.stdout.off('data', check);
          resolve();
        };
        child.stdout.on('data', check);
        check();
      });
    child.stdout.setEncoding('latin1');
    child.stdout.on('data', (d: string) => {
      out += d;
    });
    child.stdin.write('suspend test\n');
    await seen("Domain 'test' suspended");
    child.stdin.write('domstate test --reason\n');
    await seen('paused (user)');
    child.stdin.end('quit\n');
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
    expect(out.slice(out.indexOf('virsh # '))).toBe(
      "virsh # suspend test\nDomain 'test' suspended\n\nvirsh # domstate test --reason\npaused (user)\n\nvirsh # quit\n\n",
    );
  }, 60_000);

  it("prints readline's complaints about the init file when it starts, before the first prompt (stderr into stdout)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'virsh-cli-'));
    try {
      writeFileSync(join(dir, 'rc'), 'set foo on\n');
      const r = spawnSync('sh', ['-c', 'node dist/virsh.mjs -q -c test:///default 2>&1'], {
        input: 'echo a\n',
        encoding: 'latin1',
        env: { ...process.env, INPUTRC: join(dir, 'rc'), LC_ALL: 'C', TERM: 'dumb' },
        timeout: 60_000,
      });
      expect(r.stdout).toBe(
        `readline: ${join(dir, 'rc')}: line 1: foo: unknown variable name\nvirsh # echo a\navirsh # \n`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs a command given in argv without reading standard input', () => {
    const r = virsh(['-c', 'test:///default', 'domstate test; list --name']);
    expect(r).toMatchObject({ status: 0, stderr: '', stdout: 'running\n\ntest\n\n' });
  });
});

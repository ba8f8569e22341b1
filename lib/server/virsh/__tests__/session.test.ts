import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { virshLine, virshWord } from '../quote';
import { sessionVirsh } from '../session';
import type { VirshRunner } from '../types';

/**
 * A stand-in for virsh's interactive mode: echoes each line after a prompt, prints its words and
 * its pid, answers the marks as `echo` and `echo --err` do, and never answers a line naming "hang".
 */
function standIn(): string {
  const dir = mkdtempSync(join(tmpdir(), 'virtlab-virsh-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'virsh');
  writeFileSync(
    path,
    `#!/bin/sh
echo "Welcome"
while IFS= read -r line; do
  printf 'virsh # %s\\n' "$line"
  case "$line" in
    *hang*) sleep 30 ;;
    "echo --err "*) echo "error: \${line#echo --err }" >&2 ;;
    "echo "*) echo "\${line#echo }" ;;
    *) echo "ran $line in $$" ;;
  esac
done
`,
  );
  chmodSync(path, 0o755);
  return path;
}

let v: VirshRunner | null = null;
afterEach(() => v?.close());

describe('the virsh session', () => {
  it('splits answers by their marks, one command at a time, in order', async () => {
    v = sessionVirsh({ uri: 'test:///default', binary: standIn(), timeoutMs: 5000 });
    const [a, b] = await Promise.all([v.run(['list', '--all']), v.run(['dominfo', 'x y'])]);
    expect(a).toMatchObject({ stdout: expect.stringMatching(/^ran 'list' '--all' in \d+\n$/), stderr: '', status: 0 });
    expect(b.stdout).toMatch(/^ran 'dominfo' 'x y' in \d+\n$/);
  });

  it('kills a command that does not answer in time, and starts a fresh virsh for the next', async () => {
    v = sessionVirsh({ uri: 'test:///default', binary: standIn(), timeoutMs: 400 });
    const pid = (await v.run(['uri'])).stdout.match(/in (\d+)/)?.[1];
    const hung = await v.run(['hang']);
    expect(hung).toEqual({
      stdout: '',
      stderr: 'error: virsh hang did not answer within 0.4 s; VirtLab stopped it\n',
      status: 124,
    });
    const next = await v.run(['uri']);
    expect(next.status).toBe(0);
    expect(next.stdout.match(/in (\d+)/)?.[1]).not.toBe(pid);
  });

  it('quotes every word for virsh’s parser, and refuses a line break', () => {
    expect(virshWord("a'b;$(id)")).toBe("'a'\\''b;$(id)'");
    expect(virshLine(['start', '--x'])).toBe("'start' '--x'");
    expect(virshLine(['start', 'a\nb'])).toBeNull();
  });
});

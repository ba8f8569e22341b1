import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Console } from '../xen/__tests__/lab';
import { realBash } from './real-bash';

// Paths both this machine (Debian 12) and the lab's KVM hosts have: /usr/bin/virsh, /dev/null, /etc, /dev/sda.
const LINES = [
  'test',
  "test ''",
  'test x',
  '[ ]',
  '[ -x /usr/bin/virsh ]',
  'test -x /usr/bin/virsh',
  'test -x /usr/bin',
  'test -e /usr/bin/qemu-img',
  'test -f /usr/bin/virsh',
  'test -d /usr/sbin',
  'echo hi > f; test -x f',
  'echo hi > f; test -f f && test -r f && test -s f',
  'test -e /nope',
  'test ! -e /nope',
  'test -f /dev/null',
  'test -c /dev/null',
  'test -b /dev/null',
  'test -s /usr/bin/virsh',
  'test -n',
  'test -z ""',
  'test -q x',
  'test a b',
  'test a b c',
  'test a b c d',
  'test a = a',
  'test a != a',
  'test ! a = b',
  'test a -eq 1',
  'test 1 -lt 2',
  'test " 1" -eq 1',
  'test 01 -eq 1',
  'test 2 -gt',
  '[ 1 -lt 2',
  '[ ( x ) ]',
  // -a, -o, ! and parentheses: POSIX's rules by count up to four arguments, bash's grammar beyond.
  '[ a -a b -a c ]',
  '[ a -a ]',
  '[ a -a -z ]',
  '[ ! -a b ]',
  '[ ! ]',
  '[ a b c d e ]',
  '[ -n a -a -z b ]',
  '[ -e / -a -x /usr/bin/virsh ]',
  "[ ! a -a ! '' ]",
  '[ a -o ]',
  '[ -a -a -a -a -a ]',
  '[ a -a b c ]',
  'test ! ! a',
  "[ '(' a ')' -o b ]",
  "[ '(' a ]",
  "[ '(' a b c ]",
  "[ '(' '(' a ')' ')' ]",
  "[ a '(' b ]",
  "test '(' -n x -a '' ')' -o x = x",
  "[ ! '(' a = b ')' ]",
  "[ '(' a = b ')' ]",
  "[ '(' a -a '' ')' -o '(' b ')' ]",
  "[ '(' a -a b ]",
  "test '(' a -a b",
  "[ '(' a -a b c ')' ]",
  '[ a -a b -o ]',
  '[ ! ! ! a -a b ]',
  '[ -x /nope -o -d / ]',
  "[ -z '' -a -n '' -o -n x ]",
  '[ a = b c = d ]',
  '[ -n a -n b ]',
  '[ x -eq 1 -a 1 ]',
  "[ 1 -eq 1 -a '' ]",
  "[ a -o b = c -a '' ]",
  '[ a b -a c d ]',
  // type -a: every file on root's PATH (Debian 12's merged /usr: /usr/bin and /bin).
  'type -a virsh test cd',
  'type -a echo qemu-img for',
];

/** Real bash 5.2 for `line` in a fresh directory of its own (./real-bash.ts). */
function real(line: string) {
  const cwd = mkdtempSync(join(tmpdir(), 'virtlab-test-'));
  try {
    return realBash(line, cwd);
  } finally {
    rmSync(cwd, { recursive: true });
  }
}

describe("bash's test and [ on a lab host's files, as real bash 5.2 (was: command not found)", () => {
  it.each(LINES)('%s', (line) => {
    // `(` is a word for test, not a subshell: quoted for bash, as a learner must.
    const bashLine = line.replace('( x )', "'(' x ')'");
    const c = new Console(undefined, 'kvm1');
    expect(c.run(bashLine)).toEqual(real(bashLine));
  });

  it('type and which agree with bash: a builtin, and coreutils files', () => {
    const c = new Console(undefined, 'kvm1');
    expect(c.run('type test [').out).toBe('test is a shell builtin\n[ is a shell builtin\n');
    expect(c.run('which test [').out).toBe('/usr/bin/test\n/usr/bin/[\n');
  });
});

import { describe, expect, it } from 'vitest';
import { memoryFs } from '../host-fs';
import { sed } from '../sed';

const run = (argv: string[], stdin = '', files: Record<string, string> = {}) => {
  let current = files;
  const fs = memoryFs(files, (f) => {
    current = f;
  });
  return { ...sed(argv, { fs, stdin, now: 0 }), files: () => current };
};

describe('sed (the GNU subset a learner uses)', () => {
  it('s///: an escaped delimiter is the delimiter itself, not a literal backslash', () => {
    expect(run(['s/<b>/<\\/b>/'], '<b>x\n').stdout).toBe('</b>x\n');
    expect(run(['s|/var/lib|/srv|g'], '/var/lib/a /var/lib/b\n').stdout).toBe('/srv/a /srv/b\n');
    expect(run(['s/\\(web\\)01/\\102 &/'], 'web01\n').stdout).toBe('web02 web01\n');
    expect(run(['-E', 's/(a|b)+/[\\1]/'], 'abba c\n').stdout).toBe('[a] c\n');
    expect(run(['s/[[:space:]]*$//'], 'x   \n').stdout).toBe('x\n');
  });

  it('addresses, d, p, -n, several commands and -e scripts', () => {
    const text = 'a\nuuid\nb\nc\n';
    expect(run(['/uuid/d'], text).stdout).toBe('a\nb\nc\n');
    expect(run(['-n', '2,3p'], text).stdout).toBe('uuid\nb\n');
    expect(run(['$!d'], text).stdout).toBe('c\n');
    expect(run(['s/a/A/; /c/d'], text).stdout).toBe('A\nuuid\nb\n');
    expect(run(['-e', 's/a/A/', '-e', '2q'], text).stdout).toBe('A\nuuid\n');
  });

  it("-i rewrites the file in place; errors are GNU sed's", () => {
    const r = run(['-i', 's/web01/web02/g', '/root/x.xml'], '', { '/root/x.xml': '<name>web01</name>\n' });
    expect(r).toMatchObject({ stdout: '', stderr: '', status: 0 });
    expect(r.files()['/root/x.xml']).toBe('<name>web02</name>\n');
    expect(run(['s/a/b'], 'a\n')).toMatchObject({
      stderr: "sed: -e expression #1, char 5: unterminated `s' command\n",
      status: 1,
    });
    expect(run(['s/a/b/x'], 'a\n').stderr).toBe("sed: -e expression #1, char 7: unknown option to `s'\n");
    expect(run(['k'], 'a\n').stderr).toBe("sed: -e expression #1, char 1: unknown command: `k'\n");
    expect(run(['-i', 's/a/b/', 'nope'])).toMatchObject({
      stderr: "sed: can't read nope: No such file or directory\n",
      status: 2,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { Console } from '../xen/__tests__/lab';

const run = (line: string) => new Console(undefined, 'kvm1').run(line);

/** bash 5.2's printf builtin (outputs read off `bash -c`); the lab said `printf: command not found`. */
describe("bash's printf builtin", () => {
  it('conversions with flags, width and precision; %b expands its argument; %% is a percent sign', () => {
    expect(run(`printf "%s-%d|%5.2f|%-4s|%03d|%x|%c|%%|%b\\n" a 42 3.14159 ab 7 255 hello 'x\\ty'`).out).toBe(
      'a-42| 3.14|ab  |007|ff|h|%|x\ty\n',
    );
    expect(run('printf "%5s|%.1s\\n" ab xyz').out).toBe('   ab|x\n');
    expect(run('printf "a\\x41\\101\\n"').out).toBe('aAA\n');
    expect(run('printf "%d\\n" 0x10 010').out).toBe('16\n8\n');
  });

  it('the format is reused while arguments remain; a missing one is empty', () => {
    expect(run('printf "%s\\n" a b c').out).toBe('a\nb\nc\n');
    expect(run('printf "%d %s\\n" 1').out).toBe('1 \n');
  });

  it('what bash refuses: a bad number (printed as 0, status 1), no format (usage, status 2)', () => {
    expect(run('printf "%d\\n" abc')).toEqual({ out: '0\n', err: '-bash: printf: abc: invalid number\n', status: 1 });
    expect(run('printf')).toEqual({
      out: '',
      err: 'printf: usage: printf [-v var] format [arguments]\n',
      status: 2,
    });
  });

  it('writes a file a learner then defines from: printf into > and a pipe', () => {
    const c = new Console(undefined, 'kvm1');
    c.run(`printf '<domain type="kvm">\\n  <name>%s</name>\\n</domain>\\n' tiny > /root/tiny.xml`);
    expect(c.file('/root/tiny.xml')).toBe('<domain type="kvm">\n  <name>tiny</name>\n</domain>\n');
    expect(c.run("printf '%s\\n' b a | sort").out).toBe('a\nb\n');
  });
});

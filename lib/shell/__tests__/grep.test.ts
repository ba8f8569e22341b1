import { describe, expect, it } from 'vitest';
import { Console } from '../xen/__tests__/lab';

/** kvm1's root shell with g.txt (a b c d e b) and w.txt (web01 x, web011) in /root. Outputs read off GNU grep 3.8. */
function shell() {
  const c = new Console(undefined, 'kvm1');
  c.run("printf 'a\\nb\\nc\\nd\\ne\\nb\\n' > g.txt");
  c.run("printf 'web01 x\\nweb011\\n' > w.txt");
  return c;
}
const grep = (line: string) => shell().run(line);

describe('grep as GNU grep answers (the options a learner reaches for)', () => {
  it('context: -A, -B, -C with -n and file names, groups apart by -- (across files too)', () => {
    expect(grep('grep -A1 b g.txt').out).toBe('b\nc\n--\nb\n');
    expect(grep('grep -C1 d g.txt').out).toBe('c\nd\ne\n');
    expect(grep('grep -B1 -n e g.txt g.txt').out).toBe('g.txt-4-d\ng.txt:5:e\n--\ng.txt-4-d\ng.txt:5:e\n');
  });

  it('-w, -x, -o, -F, -e twice, -c -v', () => {
    expect(grep('grep -w web01 w.txt').out).toBe('web01 x\n');
    expect(grep('grep -x b g.txt').out).toBe('b\nb\n');
    expect(grep("grep -o 'web0[0-9]*' w.txt").out).toBe('web01\nweb011\n');
    expect(grep("grep -F 'a.' g.txt").status).toBe(1);
    expect(grep('grep -e a -e c g.txt').out).toBe('a\nc\n');
    expect(grep('grep -c -v b g.txt').out).toBe('4\n');
  });

  it('-l, -L, -h, -H, -q (success despite a missing file), -s (silent, still 2)', () => {
    expect(grep('grep -l b g.txt w.txt').out).toBe('g.txt\nw.txt\n');
    expect(grep('grep -L b g.txt w.txt').out).toBe('');
    expect(grep('grep -h b g.txt w.txt').out).toBe('b\nb\nweb01 x\nweb011\n');
    expect(grep('grep -H a g.txt').out).toBe('g.txt:a\n');
    expect(grep('grep -q b g.txt nope.txt')).toMatchObject({ out: '', status: 0 });
    expect(grep('grep -s b nope.txt')).toEqual({ out: '', err: '', status: 2 });
  });

  it('-r walks a directory: the KVM host finds which definitions name web01', () => {
    expect(grep('grep -rl web01 /etc/libvirt')).toEqual({
      out: '/etc/libvirt/qemu/web01.xml\n/etc/libvirt/qemu/autostart/web01.xml\n',
      err: '',
      status: 0,
    });
    expect(grep('grep web01 /etc/libvirt/qemu').err).toBe('grep: /etc/libvirt/qemu: Is a directory\n');
  });

  it('refuses what GNU grep refuses, in its words, exit 2; --color is taken (the console shows no colour)', () => {
    const usage = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";
    expect(grep('grep -Q b g.txt')).toEqual({ out: '', err: `grep: invalid option -- 'Q'\n${usage}`, status: 2 });
    expect(grep('grep --foo b g.txt').err).toBe(`grep: unrecognized option '--foo'\n${usage}`);
    expect(grep('grep -A x b g.txt').err).toBe('grep: x: invalid context length argument\n');
    expect(grep('grep --color=auto -n c g.txt').out).toBe('3:c\n');
  });

  it("getopt_long's forms: --opt=value, a long option's prefix, bundled flags with an attached value, -- before an operand like an option", () => {
    expect(grep('grep --regexp=a --regexp c g.txt').out).toBe('a\nc\n');
    expect(grep('grep --after=1 b g.txt').out).toBe('b\nc\n--\nb\n');
    expect(grep('grep --line-n e g.txt').out).toBe('5:e\n');
    expect(grep('grep --fixed a. g.txt').status).toBe(1);
    expect(grep('grep -hnA1 d g.txt w.txt').out).toBe('4:d\n5-e\n');
    expect(grep('grep -c b g.txt --invert').out).toBe('4\n');
    expect(grep('grep -e a -- -x g.txt')).toEqual({
      out: 'g.txt:a\n',
      err: 'grep: -x: No such file or directory\n',
      status: 2,
    });
    expect(grep('grep --col=never a g.txt').out).toBe('a\n');
  });

  it("refuses getopt_long's way: an ambiguous prefix with its possibilities in grep's table order, a value where none is taken, a missing one", () => {
    const usage = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";
    expect(grep('grep --co b g.txt')).toEqual({
      out: '',
      err: `grep: option '--co' is ambiguous; possibilities: '--context' '--color' '--colour' '--count'\n${usage}`,
      status: 2,
    });
    expect(grep('grep --in b g.txt').err).toBe(
      `grep: option '--in' is ambiguous; possibilities: '--include' '--initial-tab' '--invert-match'\n${usage}`,
    );
    expect(grep('grep --count=1 b g.txt').err).toBe(`grep: option '--count' doesn't allow an argument\n${usage}`);
    expect(grep('grep --regexp').err).toBe(`grep: option '--regexp' requires an argument\n${usage}`);
    expect(grep('grep --wat=1 b g.txt').err).toBe(`grep: unrecognized option '--wat=1'\n${usage}`);
    expect(grep('grep -e').err).toBe(`grep: option requires an argument -- 'e'\n${usage}`);
    // Real options the lab does not simulate say so, by the name given.
    expect(grep('grep --max-count=1 b g.txt')).toEqual({
      out: '',
      err: 'grep: -m: option not simulated by VirtLab\n',
      status: 2,
    });
  });
});

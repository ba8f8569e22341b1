import { describe, expect, it } from 'vitest';
import { needsMoreInput, parseShell } from '../shell-parse';

const env = { HOME: '/root', PWD: '/etc', HOSTNAME: 'kvm1.lab' };
const parse = (line: string) => parseShell(line, env);
const words = (line: string) => {
  const p = parse(line);
  if (!p.ok) throw new Error(p.error);
  return p.list.map((i) => i.stages.map((s) => s.words));
};

describe('parseShell (bash grammar for the console)', () => {
  it('splits lists and pipelines, keeping how each item follows the last', () => {
    const p = parse('virsh list --all | grep web && echo yes || echo no; ls');
    expect(p.ok && p.list.map((i) => [i.after, i.stages.map((s) => s.words[0])])).toEqual([
      [';', ['virsh', 'grep']],
      ['&&', ['echo']],
      ['||', ['echo']],
      [';', ['ls']],
    ]);
  });

  it('reads redirections with their file descriptors, in order', () => {
    const p = parse('virsh dumpxml web01 > ~/web02.xml 2>&1 <in >>log 2>/dev/null &> both');
    expect(p.ok && p.list[0].stages[0]).toEqual({
      words: ['virsh', 'dumpxml', 'web01'],
      redirects: [
        { fd: 1, op: '>', target: '/root/web02.xml' },
        { fd: 2, op: '>&', target: '1' },
        { fd: 0, op: '<', target: 'in' },
        { fd: 1, op: '>>', target: 'log' },
        { fd: 2, op: '>', target: '/dev/null' },
        { fd: -1, op: '&>', target: 'both' },
      ],
    });
    // A digit is a file descriptor only when it is the whole word before the operator.
    expect(words('echo a2>f 2 >g')).toEqual([[['echo', 'a2', '2']]]);
  });

  it('quotes and expands as bash does: $HOME and ~, not inside single quotes', () => {
    expect(words(`echo ~ ~/x "$HOME/y" '$HOME' \\$HOME "a\\"b" $NOPE $PWD ~root`)).toEqual([
      [['echo', '/root', '/root/x', '/root/y', '$HOME', '$HOME', 'a"b', '', '/etc', '~root']],
    ]);
    expect(words("sed 's/<\\/b>/x/' # a comment")).toEqual([[['sed', 's/<\\/b>/x/']]]);
  });

  it('reads here-documents from the lines after, expanding unless the delimiter is quoted', () => {
    const p = parse("cat <<EOF > f; cat <<-'END'\nhome $HOME\nEOF\n\t$HOME\n\tEND\necho done");
    expect(p.ok && p.list.map((i) => i.stages[0].redirects.find((r) => r.op.startsWith('<<'))?.target)).toEqual([
      'home /root\n',
      '$HOME\n',
      undefined,
    ]);
  });

  it("answers with bash's syntax errors", () => {
    for (const [line, token] of [
      ['echo >', 'newline'],
      ['| grep x', '|'],
      ['ls ;; ls', ';;'],
      ['ls | ; ls', ';'],
      ['&& ls', '&&'],
      ['cat < | x', '|'],
    ])
      expect(parse(line)).toEqual({
        ok: false,
        incomplete: false,
        error: `syntax error near unexpected token \`${token}'`,
      });
  });

  it('knows when bash would ask for more on its > prompt', () => {
    for (const more of ["echo 'x", 'echo "x', 'ls |', 'ls &&', 'cat <<EOF', 'cat <<EOF\nline', 'echo \\'])
      expect(needsMoreInput(more)).toBe(true);
    for (const done of ['ls', 'cat <<EOF\nline\nEOF', 'echo >', 'ls;'] as const)
      expect(needsMoreInput(done)).toBe(false);
  });
});

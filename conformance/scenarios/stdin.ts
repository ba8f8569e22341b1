import type { Scenario } from '../scenario';
import { runs } from './build';

const keys = (list: string[]) => list.map((stdin) => ({ args: [], stdin }));

/**
 * How virsh reads a piped standard input: through readline, whose emacs keys edit the line
 * and whose redisplay on a dumb terminal is what the echo shows (issue 9 §1, readline).
 */
export const stdin: Scenario[] = [
  runs(
    'stdin-readline-keys',
    "readline's editing keys on piped input: cursor moves, deletions, kills, transposition, ^L, ^G",
    keys([
      'echo a\u0001b\n',
      'echo a\u007fb\n',
      'echo a\bb\n',
      'echo \u0015x\n',
      'echo ab\u0002\u007fc\n',
      'echo abc\u0002\u0002\u000bd\n',
      'echo ab\u0017c\n',
      'echo a\u000cb\n',
      '\u0007echo a\n',
      'echo a\u0004\n',
      'echo a\u0004b\u0004\n',
      'echo ab\u0014\n',
      'echo abc\u0002\u0014\n',
      'echo a\u001b[Db\n',
      'echo abc\u001b[C\u001b[Dx\n',
      'echo abc def\u001bb\u001bdX\n',
      'echo a\u001b\u007fb\n',
      'echo a\u0000b\n',
    ]),
  ),
  runs(
    'stdin-line-ends',
    'CR accepts a line as LF does, a last line without a newline, ^D on an empty line ends the input',
    keys(['domstate test\r\n', 'domstate test\rlist\n', 'echo x\n\r\n', 'domstate test', '\u0004echo a\n', '\n\n\n']),
  ),
  runs(
    'stdin-tab-completion',
    "Tab completes commands, options and domain names; an ambiguous one rings readline's bell",
    keys([
      'domstate\ttest\n',
      '\tdomstate test\n',
      'domst\t test\n',
      'dom\tx\n',
      'domstate te\t\n',
      'list --a\t\n',
      'domstate --r\t test\n',
    ]),
  ),
  runs(
    'stdin-bytes',
    'bytes as they come: UTF-8, invalid UTF-8, TAB inside a quoted word',
    keys(['echo caf\u00c3\u00a9\n', 'echo \u00ff\u00fe\n', "echo 'a\tb'\n"]),
  ),
];

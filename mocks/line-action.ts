import { leadingAssignments } from '@/lib/shell/shell-env';
import { parseShell } from '@/lib/shell/shell-parse';
import { virshCommand } from '@/lib/shell/virsh/registry';
import type { LifecycleAction } from '@/lib/sim/transitions';

/** virsh's own options that take a value, skipped to find the command name. */
const VIRSH_VALUE_OPTS = new Set(['-c', '--connect', '-d', '--debug', '-e', '--escape', '-k', '-K', '-l', '--log']);

/** Where virsh is a file on the lab's hosts: Debian 12's /usr/bin, and /bin by the merged /usr. */
const VIRSH_FILES = new Set(['/usr/bin/virsh', '/bin/virsh']);

/** `path` made absolute from `cwd`, its `.` and `..` taken away (as the kernel walks it). */
function absolute(path: string, cwd: string): string {
  const parts: string[] = [];
  for (const p of (path.startsWith('/') ? path : `${cwd}/${path}`).split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return `/${parts.join('/')}`;
}

/**
 * The words after what only starts virsh — `NAME=value` before it, bash's `command`, coreutils' `env [-i]
 * [-u NAME] [NAME=value]…` — when the command is virsh, by name or by its file (`/usr/bin/virsh`, `./virsh` in
 * /usr/bin); else undefined.
 */
function virshArgs(words: readonly string[], cwd: string): string[] | undefined {
  let rest = leadingAssignments(words).rest;
  // bash's `command [-p] NAME …` runs NAME (its -v and -V only describe; -p searches /bin:/usr/bin).
  if (rest[0] === 'command') {
    let i = 1;
    while (/^-p+$/.test(rest[i] ?? '')) i++;
    if (rest[i] === '--') i++;
    rest = rest.slice(i);
  }
  if (rest[0] === 'env') {
    let i = 1;
    for (; i < rest.length && rest[i].startsWith('-') && rest[i] !== '-'; i++) {
      if (rest[i] === '--') {
        i++;
        break;
      }
      if (rest[i] === '-u' || rest[i] === '--unset') i++;
    }
    rest = leadingAssignments(rest.slice(i)).rest;
  }
  const [cmd, ...args] = rest;
  if (cmd === undefined) return undefined;
  if (cmd === 'virsh' || (cmd.includes('/') && VIRSH_FILES.has(absolute(cmd, cwd)))) return args;
  return undefined;
}

/**
 * The lifecycle action a console line names (`virsh -c URI suspend web01` → suspend), however virsh is
 * started: `/usr/bin/virsh start web01`, `./virsh start web01` in /usr/bin (`cwd`: the console's
 * directory when the line was typed), `env virsh start web01`, `command virsh start web01`, `LANG=C virsh …`.
 */
export function actionOfLine(line: string, cwd = '/root'): LifecycleAction | null {
  const parsed = parseShell(line, { HOME: '/root', PWD: cwd, HOSTNAME: '' });
  if (!parsed.ok) return null;
  const words = virshArgs(parsed.list[0]?.stages[0]?.words ?? [], cwd);
  if (!words) return null;
  for (let i = 0; i < words.length; i++) {
    if (VIRSH_VALUE_OPTS.has(words[i])) {
      i++;
      continue;
    }
    if (words[i].startsWith('-')) continue;
    return virshCommand(words[i])?.action ?? null;
  }
  return null;
}

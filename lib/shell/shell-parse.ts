import { lexShell, type ShellEnv, type Token } from './shell-words';

/** One redirection: `fd op target`; a here-document's target is its body. fd -1 is `&>` (stdout and stderr). */
export interface Redirect {
  fd: number;
  op: '>' | '>>' | '<' | '<<' | '<<-' | '>&' | '&>';
  target: string;
}
export interface SimpleCommand {
  words: string[];
  redirects: Redirect[];
}
/**
 * A pipeline and how it follows the previous one: always (`;`, `&`, newline), on success (`&&`) or failure (`||`).
 * `job`: the and-or list it belongs to ends with `&` — bash runs that list in the background, as one job
 * whose text (the list as typed, without the `&`) `jobs` prints.
 */
export interface ListItem {
  after: ';' | '&&' | '||';
  stages: SimpleCommand[];
  job?: { text: string; last: boolean };
}
export type ShellParse = { ok: true; list: ListItem[] } | { ok: false; incomplete: boolean; error: string };

const syntax = (token: string) => ({
  ok: false as const,
  incomplete: false,
  error: `syntax error near unexpected token \`${token === '\n' ? 'newline' : token}'`,
});

/**
 * Where bash would run a command to make a word — `$(…)`, `$((…))` or a backquote, bare or in double
 * quotes — the lab says it does not, rather than pass the text on as a word (which no shell does).
 */
function substitution(text: string): string | undefined {
  let dq = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === "'" && !dq) {
      const j = text.indexOf("'", i + 1);
      if (j < 0) return undefined;
      i = j;
    } else if (c === '"') dq = !dq;
    else if (c === '`') return '`…`';
    else if (c === '$' && text[i + 1] === '(') return text[i + 2] === '(' ? '$((…))' : '$(…)';
  }
  return undefined;
}

/** bash's grammar for a line (or several, with here-documents): lists of pipelines of simple commands. */
export function parseShell(text: string, env: ShellEnv): ShellParse {
  const sub = substitution(text);
  if (sub)
    return {
      ok: false,
      incomplete: false,
      error: `${sub}: ${sub === '$((…))' ? 'arithmetic expansion' : 'command substitution'} is not simulated by VirtLab`,
    };
  const lexed = lexShell(text, env);
  if (!lexed.ok) return lexed;
  const { tokens, bodies } = lexed;
  const list: ListItem[] = [];
  let after: ListItem['after'] = ';';
  let stages: SimpleCommand[] = [];
  let cmd: SimpleCommand = { words: [], redirects: [] };
  let heredoc = 0;
  // Where the current and-or list starts: in the text, and in `list`.
  let from = { at: 0, item: 0 };
  const empty = (c: SimpleCommand) => c.words.length === 0 && c.redirects.length === 0;
  for (let i = 0; i < tokens.length; i++) {
    const t: Token = tokens[i];
    if (t.kind === 'word') cmd.words.push(t.text);
    else if (t.kind === 'redirect') {
      const next = tokens[i + 1];
      if (next?.kind !== 'word') return syntax(next?.op ?? '\n');
      i++;
      const target = t.op.startsWith('<<') ? bodies[heredoc++] : next.text;
      cmd.redirects.push({ fd: t.fd, op: t.op as Redirect['op'], target });
    } else if (t.op === '|') {
      if (empty(cmd)) return syntax('|');
      stages.push(cmd);
      cmd = { words: [], redirects: [] };
    } else {
      if (t.op === ';;') return syntax(';;');
      if (empty(cmd)) {
        // A blank line (or the newline after `&&`) is nothing; any other separator needs a command before it.
        if (stages.length || t.op !== '\n') return syntax(t.op);
        continue;
      }
      stages.push(cmd);
      list.push({ after, stages });
      if (t.op === '&') {
        const job = text.slice(from.at, t.at).trim();
        for (const [k, item] of list.slice(from.item).entries())
          item.job = { text: job, last: from.item + k === list.length - 1 };
      }
      if (t.op !== '&&' && t.op !== '||') from = { at: (t.at ?? 0) + t.op.length, item: list.length };
      after = t.op === '&&' || t.op === '||' ? t.op : ';';
      stages = [];
      cmd = { words: [], redirects: [] };
    }
  }
  if (!empty(cmd)) {
    stages.push(cmd);
    list.push({ after, stages });
  } else if (stages.length || after !== ';')
    return { ok: false, incomplete: true, error: 'syntax error: unexpected end of file' };
  return { ok: true, list };
}

/** The reserved words that open a loop (each closed by a `done`). */
const LOOPS = new Set(['for', 'while', 'until']);
/** Reserved words after which the next word is a command's name again. */
const THEN_COMMAND = new Set(['do', 'then', 'else', '!', '{']);

/**
 * Whether bash would print its `> ` prompt and read another line: an open quote, a here-document, a
 * trailing `|` — or a `for` loop typed over several lines (`for d in a b` + Enter) until its `done`.
 * Only a line that starts with `for` is held: the lab runs a for loop, and a `while` or `if` line is
 * answered at once with its "not simulated" message rather than held for lines that cannot run.
 */
export function needsMoreInput(text: string): boolean {
  const p = parseShell(text, { HOME: '/root', PWD: '/root', HOSTNAME: '' });
  if (!p.ok) return p.incomplete;
  if (p.list[0]?.stages[0]?.words[0] !== 'for') return false;
  // After `for NAME [in WORDS]` and its separator bash reads `do`; anything else is a syntax error at once.
  if (forWithoutDo(p.list)) return false;
  let open = 0;
  for (const { words } of p.list.flatMap((item) => item.stages)) {
    // The words in a command's name position: the first, and each after do/then/else.
    for (let i = 0; i < words.length; i++) {
      if (LOOPS.has(words[i])) open++;
      else if (words[i] === 'done') open--;
      if (!THEN_COMMAND.has(words[i])) break;
    }
  }
  return open > 0;
}

/**
 * The word where bash's grammar breaks when a `for NAME [in WORDS]` — the line's first command or one
 * nested in a command's place (after `do`, `then`, …: `for a in 1; do for b in 2`) — is followed by a
 * command that does not start with `do` (`for d in a b` ⏎ `echo $d`: "syntax error near unexpected
 * token `echo'"); null when each is followed by `do`, or nothing follows yet.
 */
export function forWithoutDo(list: readonly { stages: readonly { words: readonly string[] }[] }[]): string | null {
  for (let i = 0; i + 1 < list.length; i++) {
    const words = list[i].stages.at(-1)?.words ?? [];
    let j = 0;
    while (THEN_COMMAND.has(words[j])) j++;
    if (words[j] !== 'for') continue;
    const next = list[i + 1].stages[0]?.words[0];
    if (next !== undefined && next !== 'do') return next;
  }
  return null;
}

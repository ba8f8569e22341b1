import type { Host, World } from '../sim/types';
import { historyBuiltin } from './history-builtin';
import { findHost, updateHost } from '../sim/world';
import { monitorLine } from './qemu/monitor';
import { kill } from './qemu/ps';
import { advanceJobs } from '../sim/ops/migrate/advance';
import { unlockedWriteWarnings } from '../sim/storage-sharing';
import { type HostFs, physicalPath } from './host-fs';
import { hostTools, known, lookup, programAt, standardPath } from './host-tools';
import { labFs } from './lab-fs';
import { openRedirects, type Target } from './redirect';
import { type Chunk, chunksOf, flushOrder, textOf, write } from './output-order';
import { messagesAscii, messagesLanguage } from './l10n/locale';
import { parseForLoop } from './for-loop';
import { forWithoutDo, type ListItem, parseShell } from './shell-parse';
import { type ConsoleLang, consoleEnv, envTool, leadingAssignments, printenv, type VirshL10n } from './shell-env';
import { virshMain } from './virsh-main';
import { JOB_BUILTINS, jobBuiltin } from './job-builtins';
import { testBuiltin } from './test-builtin';
import { type HashEntry, HashTable } from './hash-table';
import { commandDescribe, isBuiltin, programPath, typeBuiltin } from './command-type';
import { notifyJobs, settleJobs, startJob } from './shell-jobs';
import { STATUS_MARK } from './shell-words';
import { xlMain } from './xl/main';
import { xmMain } from './xm/main';

/** A line typed at the lab console, as root on one host: `virsh ...`, `xm ...`, `xl ...` and a few host tools. */
export interface ConsoleInput {
  world: World;
  host: string;
  line: string;
  now: number;
  cwd?: string;
  /** Leave long jobs running instead of waiting for them (as `virsh migrate ... &` would): the API's migrate, watched by the UI. */
  background?: boolean;
  /** The lines typed earlier at this host's console, oldest first (bash's `history`). */
  history?: readonly string[];
  /** The status of the line before (bash's `$?` when this line starts). */
  lastStatus?: number;
  /** The page's language: the shell's LANG, so virsh prints in it wherever its output goes (pipes, files). */
  lang?: ConsoleLang;
  /** libvirt's catalogue, needed when `lang` (or a `LANG=` the line sets) asks for Japanese. */
  l10n?: VirshL10n;
  /** The terminal's width in columns (what TIOCGWINSZ answers ls); 80 when not told, a terminal's default. */
  columns?: number;
  /** This console session's bash hash table (hash-table.ts) when the line starts: the last line's. */
  hashed?: readonly HashEntry[];
}
export interface ConsoleOutput {
  world: World;
  /** What the terminal shows, in order: runs of stdout and stderr as the line's programs wrote them. */
  output: Chunk[];
  /** The runs of each stream joined (what a reader of one stream sees). */
  stdout: string;
  stderr: string;
  status: number;
  cwd: string;
  tools: string[];
  /** The line went to the monitor of a QEMU started with `-monitor stdio`, not to bash. */
  at?: 'qemu';
  /** After the line the console talks to a QEMU monitor: its prompt is `(qemu)`. */
  attached?: 'qemu';
  /** bash's hash table after the line, when the line changed it (the session keeps it for the next line). */
  hashed?: HashEntry[];
  /** `set -o vi` / `set -o emacs` chose the line editor's keys for the lines after this one. */
  editing?: 'vi' | 'emacs';
  /**
   * The world after each command of a list (`a; b && c`) that changed it, before the last: a line
   * may move a guest through states the end does not show (`virsh start x; virsh destroy x`).
   */
  between?: World[];
}
type Ran = {
  stdout: string;
  stderr: string;
  /** Both streams in the order written, when the program says it (virsh); else stdout, then stderr. */
  chunks?: readonly Chunk[];
  status: number;
  world?: World | null;
  editing?: 'vi' | 'emacs';
};

const BUILTINS = ['cd', 'pwd', 'history', 'set', 'env', 'printenv', 'test', '[', ...JOB_BUILTINS] as const;
export const consoleTools = [...new Set(['virsh', 'xm', 'xl', ...BUILTINS, ...Object.keys(hostTools)])];

/** The host's files, written back into the world as commands change them. */
export function worldFs(get: () => World, set: (w: World) => void, host: string, cwd = '/root'): HostFs {
  return labFs(get, set, host, cwd);
}

/** bash's reserved words that open or close a compound command the lab does not run. */
const RESERVED = new Set([
  'for',
  'while',
  'until',
  'if',
  'then',
  'elif',
  'else',
  'fi',
  'case',
  'esac',
  'select',
  'do',
  'done',
  '{',
  '}',
  '[[',
  ']]',
  'function',
]);

/**
 * Runs one console input as bash would as root on the host: lists (`;`, `&&`, `||`), pipelines
 * (each stage's stdout is the next one's stdin), redirections and here-documents; the tools
 * are virsh, xm, xl, the host tools and the builtins cd, pwd and history.
 */
export function runConsoleLine(input: ConsoleInput): ConsoleOutput {
  // Jobs (migrations) move with time: bring the world to `now` before the line runs.
  // A job started with `&` whose migration ended meanwhile has printed its tool's last words (shell-jobs.ts).
  const settled = settleJobs(advanceJobs(input.world, input.now).world, input.host);
  let world = settled.world;
  const tools: string[] = [];
  const hash = new HashTable(input.hashed);
  const fs = worldFs(
    () => world,
    (w) => {
      world = w;
    },
    input.host,
    input.cwd ?? '/root',
  );
  const h = findHost(world, input.host)!;
  if (attachedQemu(h)) return monitorInput(() => world, input, fs);
  const env = { ...consoleEnv(input.lang, fs.cwd()), HOSTNAME: h.hostname };
  const parsed = parseForLoop(input.line, env) ?? parseShell(input.line, env);
  if (!parsed.ok)
    return ended(world, [{ fd: 2, text: `-bash: ${parsed.error}\n` }], { status: 2, cwd: fs.cwd(), tools });
  // `for NAME in WORDS` followed by anything but `do`: bash's syntax error, nothing of the line runs.
  const unexpected = forWithoutDo(parsed.list);
  if (unexpected !== null)
    return ended(world, [{ fd: 2, text: `-bash: syntax error near unexpected token \`${unexpected}'\n` }], {
      status: 2,
      cwd: fs.cwd(),
      tools,
    });
  // bash's compound commands (but a line that is one for loop): said so, and nothing of the line runs.
  const compound = parsed.list.flatMap((i) => i.stages).find((st) => RESERVED.has(st.words[0] ?? ''))?.words[0];
  if (compound)
    return ended(
      world,
      [
        {
          fd: 2,
          text: `-bash: ${compound}: VirtLab runs a for loop only as a command of its own (on one line or over several); other loops, if and case are not simulated\n`,
        },
      ],
      { status: 2, cwd: fs.cwd(), tools },
    );
  // The terminal: what the line's programs wrote there, in order.
  const shown = chunksOf(settled);
  let term = shown;
  let status = 0;
  // bash's `$?`: the last pipeline's status — the line before's for the first.
  let dollarQ = input.lastStatus ?? 0;
  let editing: ConsoleOutput['editing'];
  // A list ending in `&` runs as a job: its output follows bash's `[n] pid` line.
  let job = { before: world, tools: [] as string[] };
  const started: number[] = [];
  const between: World[] = [];
  for (const item of parsed.list) {
    if (item.job && term === shown) {
      job = { before: world, tools: [] };
      term = [];
    }
    const skip = (item.after === '&&' && status !== 0) || (item.after === '||' && status === 0);
    const beforeItem = world;
    if (!skip) status = runItem(withStatus(item, dollarQ));
    if (world !== beforeItem) between.push(world);
    if (item.job?.last) {
      const s = startJob(job.before, world, input.host, { text: item.job.text, tools: job.tools, status });
      world = s.world;
      started.push(findHost(world, input.host)!.shell!.jobs.at(-1)!.n);
      write(shown, 2, s.line);
      for (const c of term) write(shown, c.fd, c.text);
      term = shown;
      status = 0;
    }
    dollarQ = status;
  }
  function runItem(item: ListItem): number {
    let status = 0;
    let pipe: string | undefined;
    item.stages.forEach((stage, k) => {
      const last = k === item.stages.length - 1;
      const io = openRedirects(stage.redirects, fs, last ? 'terminal' : 'pipe', pipe);
      pipe = last ? undefined : '';
      if (!io.ok) {
        write(term, 2, `-bash: ${io.error}\n`);
        status = 1;
        return;
      }
      if (stage.words.length === 0) {
        status = 0;
        return;
      }
      tools.push(stage.words[0]);
      if (item.job) job.tools.push(stage.words[0]);
      const before = world;
      const env = consoleEnv(input.lang, fs.cwd());
      // In a job the tool does not wait for its migration: the job does (shell-jobs.ts).
      const into = item.job ? { ...input, background: true } : input;
      // The terminal (isatty) unless stdout goes into a pipe or a file; `>&2` is the terminal too.
      const tty = io.stdout.kind === 'terminal' || io.stdout.kind === 'terminal-err';
      // A pipeline's commands and a job run in subshells: what they hash is lost with them.
      const table = item.stages.length > 1 || item.job ? new HashTable(hash.list) : hash;
      const r = run(stage.words, io.stdin, { input: into, fs, get: () => world, env, tty, hash: table });
      if (r.world?.hosts.some((x) => x.name === input.host)) world = keepFiles(r.world, world, input.host);
      const send = (t: Target, text: string) => {
        if (t.kind === 'file') t.data += text;
        else if (t.kind === 'pipe') pipe += text;
        else write(term, t.kind === 'terminal' ? 1 : 2, text);
      };
      // A tool's stdout leaves it a line at a time on a terminal, at exit into a file or a pipe; stderr at once —
      // but virsh and the GNU tools flush stdout before each error; xl (fprintf) and xm (Python) do not.
      const flushesFirst = !['xl', 'xm'].includes(stage.words[0].split('/').pop() ?? '');
      flushOrder(chunksOf(r), tty, flushesFirst, (fd, text) => send(fd === 1 ? io.stdout : io.stderr, text));
      const closed = io.close();
      write(term, 2, closed.map((e) => `-bash: ${e}\n`).join(''));
      status = r.status;
      editing = r.editing ?? editing;
      write(term, 2, unlockedWriteWarnings(before, world));
    });
    return status;
  }
  // bash reports the jobs that have ended before it prompts again; those started by this line, at the next.
  const done = notifyJobs(world, input.host, started);
  world = done.world;
  write(term, 2, done.text);
  const attached = attachedQemu(findHost(world, input.host)!) ? { attached: 'qemu' as const } : {};
  // The last change is the world itself.
  between.pop();
  return ended(world, term, {
    status,
    cwd: fs.cwd(),
    tools,
    ...attached,
    ...(editing && { editing }),
    ...(hash.changed && { hashed: hash.list }),
    ...(between.length > 0 && { between }),
  });
}

/** The line's answer: the terminal's runs, and each stream's text. */
function ended(
  world: World,
  output: Chunk[],
  rest: Omit<ConsoleOutput, 'world' | 'output' | 'stdout' | 'stderr'>,
): ConsoleOutput {
  return { world, output, stdout: textOf(output, 1), stderr: textOf(output, 2), ...rest };
}

/** A list item with `$?` (STATUS_MARK) put in its words and redirections: the status it starts with. */
function withStatus(item: ListItem, status: number): ListItem {
  const put = (s: string) => s.replaceAll(STATUS_MARK, String(status));
  return {
    ...item,
    stages: item.stages.map((st) => ({
      words: st.words.map(put),
      redirects: st.redirects.map((r) => ({ ...r, target: put(r.target) })),
    })),
  };
}

/** The QEMU whose monitor holds this host's console (started in the foreground with `-monitor stdio`). */
const attachedQemu = (h: Host) => h.qemu?.find((p) => p.monitor);

/** A line at the `(qemu)` prompt: QEMU's human monitor answers it; `quit` gives the console back to bash. */
function monitorInput(get: () => World, input: ConsoleInput, fs: HostFs): ConsoleOutput {
  const h = findHost(get(), input.host)!;
  const p = attachedQemu(h)!;
  const r = monitorLine(p, input.line, { fs, now: input.now, version: h.hypervisorVersion });
  // savevm and delvm wrote the disk images through fs: get() holds them.
  const next = updateHost(get(), input.host, (x) => ({
    ...x,
    qemu: (x.qemu ?? []).flatMap((q) => (q.pid !== p.pid ? [q] : r.process ? [r.process] : [])),
  }));
  return ended(next, r.out ? [{ fd: 1, text: r.out }] : [], {
    status: 0,
    cwd: fs.cwd(),
    tools: [],
    at: 'qemu',
    ...(r.process ? { attached: 'qemu' as const } : {}),
  });
}

/** A tool's world with the host's files as the shell's file view left them (the tool saw a copy). */
function keepFiles(next: World, current: World, host: string): World {
  const files = findHost(current, host)!.files;
  return { ...next, hosts: next.hosts.map((x) => (x.name === host ? { ...x, files } : x)) };
}

type RunContext = {
  input: ConsoleInput;
  fs: HostFs;
  get: () => World;
  env: Record<string, string>;
  tty: boolean;
  /** bash's hash table: the session's, or a subshell's copy. */
  hash: HashTable;
};

function run(words: string[], stdin: string | undefined, ctx: RunContext): Ran {
  const assigned = leadingAssignments(words);
  if (assigned.rest.length < words.length)
    return assigned.rest.length
      ? run(assigned.rest, stdin, { ...ctx, env: { ...ctx.env, ...assigned.vars } })
      : { stdout: '', stderr: '', status: 0 };
  const [tool, ...argv] = words;
  const { input, fs, env } = ctx;
  const world = ctx.get();
  const host = findHost(world, input.host)!;
  // A tool the lab names by its path (/etc/init.d/xend) runs as such.
  if (tool.includes('/') && !hostTools[tool]) return byPath(tool, argv, stdin, { ...ctx, hash: new HashTable() });
  // bash searches PATH for a program named by a word, once: then it runs what its hash table remembers —
  // the path `hash -p PATH NAME` gave too, unchecked (findcmd.c: no check_hashed_filenames by default).
  const onPath = isBuiltin(tool) ? undefined : programPath(tool, host, known);
  const hashed = isBuiltin(tool) ? undefined : ctx.hash.path(tool);
  if (hashed !== undefined || onPath) ctx.hash.ran(tool, (hashed ?? onPath)!);
  if (hashed !== undefined && hashed !== onPath) return byPath(hashed, argv, stdin, { ...ctx, hash: new HashTable() });
  if (tool === 'hash')
    return ctx.hash.builtin(
      argv,
      (n) => programPath(n, host, known),
      isBuiltin,
      (p) => fs.isDir(fs.resolve(p)),
    );
  if (tool === 'type') return typeBuiltin(argv, host, lookup({ fs, world, host: input.host }), ctx.hash);
  if (tool === 'command') return commandBuiltin(argv, stdin, ctx);
  const common = { fs, now: input.now, world, background: input.background };
  if (tool === 'virsh') {
    const local = {
      localHostname: host.hostname,
      localHost: input.host,
      utf8: !messagesAscii(env),
      inputrc: inputrc(fs, env),
      inputrcName: env.INPUTRC || '~/.inputrc',
    };
    return inLanguage(env, input.l10n, virshMain({ ...common, ...local, argv, stdin: stdin ?? '' }));
  }
  // env finds its command itself (execvp): bash's table is not asked.
  if (tool === 'env')
    return envTool(argv, env, (w, vars) => commandOf(run(w, stdin, { ...ctx, env: vars, hash: new HashTable() })));
  if (tool === 'printenv') return printenv(argv, env);
  if (tool === 'set') return setBuiltin(argv);
  if (tool === 'xm' || tool === 'xl') return (tool === 'xm' ? xmMain : xlMain)({ ...common, argv, host: input.host });
  if (tool === 'cd') return cdBuiltin(argv, fs);
  if (tool === 'test' || tool === '[') return testBuiltin(tool, argv, fs);
  if (tool === 'pwd') return pwdBuiltin(argv, fs);
  if (tool === 'history') return historyBuiltin(argv, [...(input.history ?? []), input.line]);
  // kill with a pid is the host's kill (qemu/ps.ts); with a jobspec, bash's builtin.
  if ((JOB_BUILTINS as readonly string[]).includes(tool) && (tool !== 'kill' || argv.some((a) => a.startsWith('%'))))
    return jobBuiltin(tool, argv, world, input.host);
  const t = hostTools[tool];
  if (!t) return { stdout: '', stderr: `-bash: ${tool}: command not found\n`, status: 127 };
  return hostTool(t, argv, stdin, ctx);
}

/**
 * bash's `command [-pVv] NAME [ARG…]`: runs NAME as bash would without looking for a function (the lab's
 * shell has none), or describes names (-v, -V). With -p a program is searched on the standard PATH
 * (`standardPath`, not $PATH and not the hash table) and hashed there anew with one hit; -pv/-pV still
 * read a hashed name's path first (bash 5.2's describe_command).
 */
function commandBuiltin(argv: string[], stdin: string | undefined, ctx: RunContext): Ran {
  let i = 0;
  let describe: 'v' | 'V' | undefined;
  let std = false;
  for (; i < argv.length && argv[i].startsWith('-') && argv[i] !== '-'; i++) {
    if (argv[i] === '--') {
      i++;
      break;
    }
    for (const o of argv[i].slice(1)) {
      if (o === 'v' || o === 'V')
        describe = o; // the last of -v/-V wins, as in bash 5.2
      else if (o === 'p') std = true;
      else
        return {
          stdout: '',
          stderr: `-bash: command: -${o}: invalid option\ncommand: usage: command [-pVv] command [arg ...]\n`,
          status: 2,
        };
    }
  }
  const rest = argv.slice(i);
  const world = ctx.get();
  const host = findHost(world, ctx.input.host)!;
  const exists = lookup({ fs: ctx.fs, world, host: ctx.input.host });
  if (describe) {
    const find = std ? (n: string) => (n.includes('/') || !exists(n) ? undefined : standardPath(host, n)) : undefined;
    return commandDescribe(describe === 'V', rest, host, exists, ctx.hash, find);
  }
  if (!rest.length) return { stdout: '', stderr: '', status: 0 };
  const [name, ...args] = rest;
  if (!std || name.includes('/') || isBuiltin(name)) return run(rest, stdin, ctx);
  const path = exists(name) ? standardPath(host, name) : undefined;
  if (!path) return { stdout: '', stderr: `-bash: ${name}: command not found\n`, status: 127 };
  ctx.hash.found(name, path);
  return byPath(path, args, stdin, { ...ctx, hash: new HashTable() });
}

/** bash's `-L`/`-P` options of cd and pwd (the last wins; `--` ends them); the first other word that starts with `-`. */
function logicalOrPhysical(argv: string[]): { physical: boolean; rest: string[]; bad?: string } {
  let physical = false;
  let i = 0;
  for (; i < argv.length && argv[i].startsWith('-') && argv[i] !== '-'; i++) {
    if (argv[i] === '--') {
      i++;
      break;
    }
    for (const o of argv[i].slice(1)) {
      if (o === 'L' || o === 'P') physical = o === 'P';
      else return { physical, rest: [], bad: o };
    }
  }
  return { physical, rest: argv.slice(i) };
}

/** `cd [-L|-P] [DIR]`: -P follows the host's links (/bin is /usr/bin on Debian 12), -L (the default) keeps the name typed. */
function cdBuiltin(argv: string[], fs: HostFs): Ran {
  const o = logicalOrPhysical(argv);
  if (o.bad)
    return {
      stdout: '',
      stderr: `-bash: cd: -${o.bad}: invalid option\ncd: usage: cd [-L|[-P [-e]] [-@]] [dir]\n`,
      status: 2,
    };
  const dir = o.rest[0] ?? '/root';
  const r = fs.chdir(o.physical ? physicalPath(fs, dir.startsWith('/') ? dir : `${fs.cwd()}/${dir}`) : dir);
  return r.ok
    ? { stdout: '', stderr: '', status: 0 }
    : {
        stdout: '',
        stderr: `-bash: cd: ${dir}: ${r.errno === 'ENOTDIR' ? 'Not a directory' : 'No such file or directory'}\n`,
        status: 1,
      };
}

/** `pwd [-LP]`: the directory as cd named it, or (-P) with the host's links resolved. */
function pwdBuiltin(argv: string[], fs: HostFs): Ran {
  const o = logicalOrPhysical(argv);
  if (o.bad) return { stdout: '', stderr: `-bash: pwd: -${o.bad}: invalid option\npwd: usage: pwd [-LP]\n`, status: 2 };
  return { stdout: `${o.physical ? physicalPath(fs, fs.cwd()) : fs.cwd()}\n`, stderr: '', status: 0 };
}

/** A host tool, told whether its stdout is a terminal and how wide (ToolIo.terminal). */
function hostTool(t: (typeof hostTools)[string], argv: string[], stdin: string | undefined, ctx: RunContext): Ran {
  const terminal = ctx.tty ? { terminal: { columns: ctx.input.columns ?? 80 } } : {};
  return t(argv, { fs: ctx.fs, stdin, now: ctx.input.now, world: ctx.get(), host: ctx.input.host, ...terminal });
}

/**
 * A command named by its path (`/usr/bin/virsh list`): bash execs that file. One of the host's programs
 * runs as its name does, with no builtin in its place (`/bin/kill` is procps's kill); any other file is
 * not executable here (the lab's files are all mode 0644), a directory cannot be run.
 */
function byPath(path: string, argv: string[], stdin: string | undefined, ctx: RunContext): Ran {
  const abs = ctx.fs.resolve(path);
  const name = programAt(findHost(ctx.get(), ctx.input.host)!, abs);
  if (name) {
    // procps's kill, not bash's builtin: its errors name the path it was run by.
    if (name === 'kill') return kill(argv, { world: ctx.get(), host: ctx.input.host, now: ctx.input.now }, path);
    const t = hostTools[name];
    return t ? hostTool(t, argv, stdin, ctx) : run([name, ...argv], stdin, ctx);
  }
  const fail = (why: string, status: number) => ({ stdout: '', stderr: `-bash: ${path}: ${why}\n`, status });
  if (ctx.fs.isDir(abs)) return fail('Is a directory', 126);
  return ctx.fs.read(abs).ok ? fail('Permission denied', 126) : fail('No such file or directory', 127);
}

/** virsh's output as gettext words it for the environment (LANG, LANGUAGE, LC_*): xm and xl have no catalogue. */
function inLanguage(env: Record<string, string>, l10n: VirshL10n | undefined, out: Ran): Ran {
  if (messagesLanguage(env) === 'en') return out;
  if (!l10n) throw new Error('runConsoleLine: a Japanese environment needs the catalogue (input.l10n)');
  return l10n(env, out);
}

/** A command env could not start: coreutils' words, not bash's. */
function commandOf(r: Ran): Ran {
  const missing = /^-bash: (.*): command not found\n$/.exec(r.stderr);
  return missing ? { ...r, stderr: `env: '${missing[1]}': No such file or directory\n` } : r;
}

/**
 * The init file virsh's readline reads (rl_read_init_file): $INPUTRC when set — a missing file then
 * means none at all — else ~/.inputrc; undefined without one: Debian's /etc/inputrc is read instead.
 */
function inputrc(fs: HostFs, env: Record<string, string>): string | undefined {
  const r = fs.read(fs.resolve(env.INPUTRC || `${env.HOME}/.inputrc`));
  return r.ok ? r.data : env.INPUTRC ? '' : undefined;
}

/** bash's `set -o vi` / `set -o emacs`: the console's line editor takes that mode's keys. */
function setBuiltin(argv: string[]): Ran {
  if (argv.length === 2 && argv[0] === '-o' && (argv[1] === 'vi' || argv[1] === 'emacs'))
    return { stdout: '', stderr: '', status: 0, editing: argv[1] };
  if (argv[0] === '-o' && argv.length === 2)
    return { stdout: '', stderr: `-bash: set: ${argv[1]}: invalid option name\n`, status: 1 };
  return {
    stdout: '',
    stderr: '-bash: set: only `set -o vi` and `set -o emacs` are simulated by VirtLab\n',
    status: 1,
  };
}

import type { virshForEnv } from './l10n/ja';
import type { ToolOut } from './tool-io';

/** The languages a console session can run in: the page's, given to the shell as LANG. */
export type ConsoleLang = 'en' | 'ja';

/** virsh's output in the language its environment asks for (lib/shell/l10n/ja.ts, loaded only when needed). */
export type VirshL10n = typeof virshForEnv;

/** The locale a Debian host installed in that language sets in /etc/default/locale. */
const LOCALES: Record<ConsoleLang, string> = { en: 'en_US.UTF-8', ja: 'ja_JP.UTF-8' };

/**
 * The environment of root's login shell on a lab host, in the order bash passes it on: what `env`
 * prints and what every tool started from the console reads (virsh picks its language and charset
 * from LANG, as gettext does). TERM is dumb: the console draws no escape sequences.
 */
export function consoleEnv(
  lang: ConsoleLang = 'en',
  cwd = '/root',
): { HOME: string; PWD: string; [name: string]: string } {
  return {
    SHELL: '/bin/bash',
    PWD: cwd,
    LOGNAME: 'root',
    HOME: '/root',
    LANG: LOCALES[lang],
    TERM: 'dumb',
    USER: 'root',
    SHLVL: '1',
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  };
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

/** bash's `NAME=value command…`: the assignments before the command word go into its environment only. */
export function leadingAssignments(words: readonly string[]): { vars: Record<string, string>; rest: string[] } {
  // No prototype: `__proto__=1 env` is a variable like any other.
  const vars: Record<string, string> = Object.create(null);
  let i = 0;
  for (; i < words.length; i++) {
    const m = ASSIGNMENT.exec(words[i]);
    if (!m) break;
    vars[m[1]] = m[2];
  }
  return { vars, rest: words.slice(i) };
}

const listing = (env: Record<string, string>, self: string) =>
  Object.entries({ ...env, _: self })
    .map(([k, v]) => `${k}=${v}\n`)
    .join('');

/**
 * `env [-i] [-u NAME] [NAME=VALUE]… [COMMAND [ARG]…]` (GNU coreutils): prints the environment, or
 * runs the command with the one it was given; `run` starts the command.
 */
export function envTool(
  argv: readonly string[],
  env: Record<string, string>,
  run: (words: string[], env: Record<string, string>) => ToolOut,
): ToolOut {
  let vars = { ...env };
  let i = 0;
  for (; i < argv.length && argv[i].startsWith('-') && argv[i] !== '-'; i++) {
    const a = argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-i' || a === '--ignore-environment') vars = {};
    else if (a === '-u' || a === '--unset') delete vars[argv[++i] ?? ''];
    else {
      const opt = a.startsWith('--') ? `unrecognized option '${a}'` : `invalid option -- '${a[1]}'`;
      return { stdout: '', stderr: `env: ${opt}\nTry 'env --help' for more information.\n`, status: 125 };
    }
  }
  const { vars: set, rest } = leadingAssignments(argv.slice(i));
  vars = { ...vars, ...set };
  if (rest.length === 0) return { stdout: listing(vars, '/usr/bin/env'), stderr: '', status: 0 };
  return run(rest, vars);
}

/** `printenv [NAME]…`: the whole environment, or each name's value (status 1 when one is unset). */
export function printenv(argv: readonly string[], env: Record<string, string>): ToolOut {
  if (argv.length === 0) return { stdout: listing(env, '/usr/bin/printenv'), stderr: '', status: 0 };
  const found = argv.filter((n) => Object.hasOwn(env, n));
  return {
    stdout: found.map((n) => `${env[n]}\n`).join(''),
    stderr: '',
    status: found.length === argv.length ? 0 : 1,
  };
}

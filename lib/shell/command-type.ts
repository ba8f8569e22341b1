import type { Host } from '../sim/types';

/** bash 5's builtins among what the console runs (`help` is bash's too; the lab's words replace its text). */
const BUILTINS = new Set([
  'cd',
  'pwd',
  'history',
  'set',
  'jobs',
  'fg',
  'bg',
  'wait',
  'kill',
  'echo',
  'printf',
  'type',
  'hash',
  'command',
  'help',
  'true',
  'false',
  'test',
  '[',
]);
/** A bash builtin (never looked up on PATH, never hashed). */
export const isBuiltin = (name: string) => BUILTINS.has(name);
/** bash's reserved words (`compgen -k`). */
const KEYWORDS = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'case',
  'esac',
  'for',
  'select',
  'while',
  'until',
  'do',
  'done',
  'in',
  'function',
  'time',
  '{',
  '}',
  '!',
  '[[',
  ']]',
  'coproc',
]);

/**
 * Where each program of the console lives. The KVM hosts run Debian 12, whose /bin is /usr/bin (merged
 * /usr): root's PATH finds /usr/sbin and /usr/bin first. The Xen hosts run Debian 8 (Xen 4.4, kernel
 * 3.16), before the merge: coreutils' and procps' essentials are in /bin and /sbin.
 */
const XEN_ONLY = ['xl', 'xm', 'xentop'];
const SBIN = new Set(['xl', 'xm', 'xentop', 'service', 'lsmod']);
const JESSIE_BIN = new Set([
  'cat',
  'cp',
  'echo',
  'false',
  'grep',
  'egrep',
  'hostname',
  'kill',
  'ln',
  'ls',
  'mv',
  'ps',
  'pwd',
  'readlink',
  'rm',
  'sed',
  'true',
  'uname',
  'which',
]);
const QEMU = ['qemu-system-x86_64', 'kvm', 'qemu-kvm'];

/** The file PATH finds for `name` on this host, if the console has that program there. */
export function programPath(name: string, host: Host, exists: (name: string) => boolean): string | undefined {
  if (name.includes('/')) return exists(name) ? name : undefined;
  if (
    !exists(name) ||
    (BUILTINS.has(name) && !['echo', 'kill', 'pwd', 'printf', 'true', 'false', 'test', '['].includes(name))
  )
    return undefined;
  const xen = !!host.xen;
  if (XEN_ONLY.includes(name) && !xen) return undefined;
  if (QEMU.includes(name) && xen) return undefined;
  if (name === 'qemu-kvm') return undefined;
  if (!xen) return `/usr/${SBIN.has(name) ? 'sbin' : 'bin'}/${name}`;
  if (name === 'lsmod') return '/sbin/lsmod';
  if (JESSIE_BIN.has(name)) return `/bin/${name}`;
  return `/usr/${SBIN.has(name) ? 'sbin' : 'bin'}/${name}`;
}

type Out = { stdout: string; stderr: string; status: number };

/** Every file PATH holds for `name` in root's PATH order: Debian 12's merged /usr finds each twice. */
function everyPath(name: string, host: Host, exists: (name: string) => boolean): string[] {
  const path = programPath(name, host, exists);
  if (!path || name.includes('/')) return path ? [path] : [];
  return host.xen ? [path] : [path, path.replace(/^\/usr/, '')];
}

/**
 * bash's `type [-afptP] name…`: builtins, keywords and files in bash's words (builtins/type.def); `-a` every
 * file PATH holds for the name too. A name in bash's hash table (`hash`) is "hashed (PATH)", and each look
 * at it but `-a`'s counts a hit (decision 086).
 */
export function typeBuiltin(
  argv: string[],
  host: Host,
  exists: (name: string) => boolean,
  hash?: { hit(name: string): string | undefined },
): Out {
  let mode: 'words' | 't' | 'p' = 'words';
  let all = false;
  let i = 0;
  for (; i < argv.length && argv[i].startsWith('-') && argv[i] !== '-'; i++) {
    if (argv[i] === '--') {
      i++;
      break;
    }
    for (const o of argv[i].slice(1)) {
      if (o === 't') mode = 't';
      else if (o === 'p' || o === 'P') mode = 'p';
      else if (o === 'a') all = true;
      else if (o !== 'f')
        return {
          stdout: '',
          stderr: `-bash: type: -${o}: invalid option\ntype: usage: type [-afptP] name [name ...]\n`,
          status: 2,
        };
    }
  }
  let stdout = '';
  let stderr = '';
  let status = 0;
  for (const name of argv.slice(i)) {
    const path = programPath(name, host, exists);
    const kind = KEYWORDS.has(name) ? 'keyword' : BUILTINS.has(name) ? 'builtin' : path ? 'file' : null;
    if (!kind) {
      status = 1;
      if (mode === 'words') stderr += `-bash: type: ${name}: not found\n`;
      continue;
    }
    if (all && mode === 'words') {
      if (kind !== 'file') stdout += `${name} is a shell ${kind}\n`;
      if (kind !== 'keyword')
        stdout += everyPath(name, host, exists)
          .map((p) => `${name} is ${p}\n`)
          .join('');
      continue;
    }
    const hashed = kind === 'file' ? hash?.hit(name) : undefined;
    if (mode === 't') stdout += `${kind}\n`;
    else if (mode === 'p') stdout += kind === 'file' ? `${hashed ?? path}\n` : '';
    else if (hashed) stdout += `${name} is hashed (${hashed})\n`;
    else stdout += kind === 'file' ? `${name} is ${path}\n` : `${name} is a shell ${kind}\n`;
  }
  return { stdout, stderr, status };
}

/**
 * bash's `command -v NAME…` / `command -V NAME…` (builtins/command.def, describe_command): -v the path of
 * a file, the name of a builtin or keyword, nothing for a name not found; -V as `type` words it; a hashed
 * name's path is read from the table (a hit), a name not hashed is not added. Status 0 when any was found.
 */
export function commandDescribe(
  verbose: boolean,
  names: string[],
  host: Host,
  exists: (name: string) => boolean,
  hash?: { hit(name: string): string | undefined },
  find: (name: string) => string | undefined = (name) => programPath(name, host, exists),
): Out {
  let stdout = '';
  let stderr = '';
  let found = names.length === 0;
  for (const name of names) {
    const path = find(name);
    const kind = KEYWORDS.has(name) ? 'keyword' : BUILTINS.has(name) ? 'builtin' : path ? 'file' : null;
    if (!kind) {
      if (verbose) stderr += `-bash: command: ${name}: not found\n`;
      continue;
    }
    found = true;
    const hashed = kind === 'file' && !name.includes('/') ? hash?.hit(name) : undefined;
    if (!verbose) stdout += `${kind === 'file' ? (hashed ?? path) : name}\n`;
    else if (hashed) stdout += `${name} is hashed (${hashed})\n`;
    else stdout += kind === 'file' ? `${name} is ${path}\n` : `${name} is a shell ${kind}\n`;
  }
  return { stdout, stderr, status: found ? 0 : 1 };
}

/** Debian's /usr/bin/which (debianutils): each name's path on PATH; 1 when one is missing, nothing said. */
export function which(argv: string[], host: Host, exists: (name: string) => boolean): Out {
  const names = argv.filter((a) => !a.startsWith('-'));
  if (names.length === 0) return { stdout: '', stderr: '', status: 1 };
  const paths = names.map((n) => programPath(n, host, exists));
  return {
    stdout: paths
      .filter(Boolean)
      .map((p) => `${p}\n`)
      .join(''),
    stderr: '',
    status: paths.every(Boolean) ? 0 : 1,
  };
}

import type { DevNode } from './dev';
import type { HostFs } from './host-fs';
import { lsColumns } from './ls-columns';
import { parseOptions, type Tool } from './tool-io';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** ls -l's recent-file time, `Dec  6 02:10` (the lab's hosts run on UTC; files carry no time, so: now). */
function stamp(now: number): string {
  const d = new Date(now);
  const hm = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${hm}`;
}

interface Entry {
  name: string;
  dir: boolean;
  data: string;
  dev?: DevNode;
  exec?: boolean;
}

/** The entries directly in `dir`: files, and subdirectories (with or without files in them). */
function entries(fs: HostFs, dir: string): Entry[] {
  const prefix = dir === '/' ? '/' : `${dir}/`;
  const seen = new Map<string, Entry>();
  for (const p of fs.list(dir)) {
    const rest = p.slice(prefix.length);
    const name = rest.split('/')[0];
    if (!name || seen.has(name)) continue;
    const target = fs.link?.(`${prefix}${name}`);
    if (target !== undefined) {
      seen.set(name, { name, dir: false, data: `-> ${target}` });
      continue;
    }
    const isDir = rest.includes('/');
    const r = isDir ? null : fs.read(p);
    const exec = !isDir && !!fs.executable?.(p);
    seen.set(name, { name, dir: isDir, data: r?.ok ? r.data : '', dev: isDir ? undefined : fs.device?.(p), exec });
  }
  return [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

const isLink = (e: Entry) => e.data.startsWith('-> ');
const sizeOf = (e: Entry) => (e.dir ? 4096 : isLink(e) ? e.data.length - 3 : e.data.length);

const modeOf = (e: Entry) =>
  e.dev
    ? `${e.dev.type}${e.dev.perms}`
    : e.dir
      ? 'drwxr-xr-x'
      : isLink(e)
        ? 'lrwxrwxrwx'
        : e.exec
          ? '-rwxr-xr-x'
          : '-rw-r--r--';

/**
 * ls -l's columns: the group padded to the widest, the size right-aligned to the widest in the
 * listing; a device shows `major, minor` there instead, each right-aligned to its own widest.
 */
function long(es: Entry[], now: number): string[] {
  const widest = (xs: string[]) => Math.max(0, ...xs.map((x) => x.length));
  const devs = es.flatMap((e) => (e.dev ? [e.dev] : []));
  const majorW = widest(devs.map((d) => String(d.major)));
  const minorW = widest(devs.map((d) => String(d.minor)));
  const size = (e: Entry) =>
    e.dev ? `${String(e.dev.major).padStart(majorW)}, ${String(e.dev.minor).padStart(minorW)}` : String(sizeOf(e));
  const sizeW = widest(es.map(size));
  const groupW = widest(es.map((e) => e.dev?.group ?? 'root'));
  return es.map((e) => {
    const tail = isLink(e) ? ` ${e.data}` : '';
    const group = (e.dev?.group ?? 'root').padEnd(groupW);
    return `${modeOf(e)} ${e.dir ? 2 : 1} root ${group} ${size(e).padStart(sizeW)} ${stamp(now)} ${e.name}${tail}`;
  });
}
const blocks = (es: Entry[]) => es.reduce((n, e) => n + (e.dir ? 4 : Math.ceil(e.data.length / 4096) * 4), 0);

const LONG = [
  ['all', 'a'],
  ['almost-all', 'A'],
  ['directory', 'd'],
  ['human-readable', 'h'],
  ['tabsize', 'T', 'required'],
  ['width', 'w', 'required'],
] as const;

type Format = 'long' | 'one' | 'columns' | 'across';
const fail = (stderr: string) => ({ stdout: '', stderr, status: 2 });

/**
 * `ls [-l|-1|-C|-x] [-a|-A] [-d] [-w COLS] [-T COLS] [PATH]…`, GNU ls 9.1: on a terminal names in
 * columns for its width (ls-columns.ts), one per line into a pipe or a file; `-l` with mode, links,
 * owner, size and time (`-1` after `-l` changes nothing; the last of -l, -C, -x wins). Names starting
 * with `.` are hidden but with `-a` (which adds `.` and `..`) or `-A`; `-d` lists a directory itself.
 */
export const ls: Tool = (argv, io) => {
  const parsed = parseOptions('ls', argv, { flags: 'laA1dhCx', withValue: 'wT', long: LONG });
  if ('error' in parsed) return fail(`${parsed.error}Try 'ls --help' for more information.\n`);
  const flags = new Set(parsed.options.map(([k]) => k));
  let format: Format = io.terminal ? 'columns' : 'one';
  // No ioctl answers for a pipe or a file: 80 columns (bash exports no COLUMNS).
  let width = io.terminal?.columns ?? 80;
  let tabsize = 8;
  for (const [k, v] of parsed.options) {
    if (k === 'l') format = 'long';
    else if (k === '1' && format !== 'long') format = 'one';
    else if (k === 'C') format = 'columns';
    else if (k === 'x') format = 'across';
    else if (k === 'w' || k === 'T') {
      // xstrtoumax: digits only; quote() in a UTF-8 locale uses ‘ ’.
      if (!/^\d+$/.test(v)) return fail(`ls: invalid ${k === 'w' ? 'line width' : 'tab size'}: \u2018${v}\u2019\n`);
      if (k === 'w') width = Number(v);
      else tabsize = Number(v);
    }
  }
  const operands = parsed.operands;
  const show = (es: Entry[]) =>
    format === 'long'
      ? long(es, io.now)
          .map((l) => `${l}\n`)
          .join('')
      : format === 'one'
        ? es.map((e) => `${e.name}\n`).join('')
        : lsColumns(
            es.map((e) => e.name),
            width,
            format === 'across',
            tabsize,
          );
  const isLong = format === 'long';
  let stdout = '';
  let stderr = '';
  const targets = operands.length ? operands : ['.'];
  const files: Entry[] = [];
  const dirs: string[] = [];
  for (const t of targets) {
    const abs = io.fs.resolve(t);
    // A link named on the command line is followed to its directory, but with -l or -d (GNU ls) or a trailing /.
    const target = t.endsWith('/') ? undefined : io.fs.link?.(abs);
    if (target !== undefined && (isLong || flags.has('d'))) files.push({ name: t, dir: false, data: `-> ${target}` });
    else if (io.fs.isDir(abs) && flags.has('d')) files.push({ name: t, dir: true, data: '' });
    else if (io.fs.isDir(abs)) dirs.push(t);
    else {
      const r = io.fs.read(abs);
      if (r.ok)
        files.push({ name: t, dir: false, data: r.data, dev: io.fs.device?.(abs), exec: !!io.fs.executable?.(abs) });
      else stderr += `ls: cannot access '${t}': No such file or directory\n`;
    }
  }
  stdout += show(files);
  for (const d of dirs) {
    const all = entries(io.fs, io.fs.resolve(d));
    const dot = (name: string): Entry => ({ name, dir: true, data: '' });
    const es = flags.has('a')
      ? [dot('.'), dot('..'), ...all]
      : all.filter((e) => flags.has('A') || !e.name.startsWith('.'));
    if (targets.length > 1) stdout += `${stdout ? '\n' : ''}${d}:\n`;
    stdout += `${isLong ? `total ${blocks(es)}\n` : ''}${show(es)}`;
  }
  // ls stats every operand before it lists any: the missing ones are reported first.
  const chunks = [
    { fd: 2 as const, text: stderr },
    { fd: 1 as const, text: stdout },
  ];
  return { stdout, stderr, chunks, status: stderr ? 2 : 0 };
};

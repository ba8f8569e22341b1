import type { DevNode } from './dev';
import type { HostFs } from './host-fs';
import { splitArgs, type Tool } from './tool-io';

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
}

/** The entries directly in `dir`: files, and subdirectories (with or without files in them). */
function entries(fs: HostFs, dir: string): Entry[] {
  const prefix = dir === '/' ? '/' : `${dir}/`;
  const seen = new Map<string, Entry>();
  for (const p of fs.list(dir)) {
    const rest = p.slice(prefix.length);
    const name = rest.split('/')[0];
    if (!name || seen.has(name)) continue;
    const isDir = rest.includes('/');
    const r = isDir ? null : fs.read(p);
    seen.set(name, { name, dir: isDir, data: r?.ok ? r.data : '', dev: isDir ? undefined : fs.device?.(p) });
  }
  return [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

const isLink = (e: Entry) => e.data.startsWith('-> ');
const sizeOf = (e: Entry) => (e.dir ? 4096 : isLink(e) ? e.data.length - 3 : e.data.length);

const modeOf = (e: Entry) =>
  e.dev ? `${e.dev.type}${e.dev.perms}` : e.dir ? 'drwxr-xr-x' : isLink(e) ? 'lrwxrwxrwx' : '-rw-r--r--';

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

/**
 * `ls [-l] [-a|-A] [-d] [PATH]…`: one name per line (as into a pipe), `-l` with mode, links, owner, size and
 * time. Names starting with `.` are hidden but with `-a` (which adds `.` and `..`) or `-A`; `-d` lists a
 * directory itself, not what is in it.
 */
export const ls: Tool = (argv, io) => {
  const { flags, operands } = splitArgs(argv);
  const bad = [...flags.keys()].find((f) => !'laA1dh'.includes(f));
  if (bad)
    return { stdout: '', stderr: `ls: invalid option -- '${bad}'\nTry 'ls --help' for more information.\n`, status: 2 };
  const isLong = flags.has('l');
  const show = (es: Entry[]) => (isLong ? long(es, io.now) : es.map((e) => e.name)).map((l) => `${l}\n`).join('');
  let stdout = '';
  let stderr = '';
  const targets = operands.length ? operands : ['.'];
  const files: Entry[] = [];
  const dirs: string[] = [];
  for (const t of targets) {
    const abs = io.fs.resolve(t);
    if (io.fs.isDir(abs) && flags.has('d')) files.push({ name: t, dir: true, data: '' });
    else if (io.fs.isDir(abs)) dirs.push(t);
    else {
      const r = io.fs.read(abs);
      if (r.ok) files.push({ name: t, dir: false, data: r.data, dev: io.fs.device?.(abs) });
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
  return { stdout, stderr, status: stderr ? 2 : 0 };
};

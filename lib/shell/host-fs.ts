import type { DevNode } from './dev';

/** Files a command reads and writes: real files in the CLI, the host's virtual files in the browser. */
export type FsErrno = 'ENOENT' | 'EISDIR' | 'EACCES' | 'ENOTDIR' | 'EROFS' | 'ENAMETOOLONG';
/** Reading never meets a read-only file system. */
export type FsRead = { ok: true; data: string } | { ok: false; errno: Exclude<FsErrno, 'EROFS'> };
export type FsWrite = { ok: true } | { ok: false; errno: FsErrno };

/** S_IRUSR|S_IWUSR: the test driver creates its save and dump images readable by their owner only. */
export const DRIVER_FILE_MODE = 0o600;

export interface HostFs {
  /** Absolute path as libvirt's client makes it (virFileAbsPath). */
  resolve(path: string): string;
  cwd(): string;
  chdir(path: string): FsWrite;
  /** Contents as a latin1 byte string. */
  read(absPath: string): FsRead;
  /**
   * Creates or replaces a file. `mode` is what open(2) asks for when it creates one (the umask
   * applies): 0o666 as virsh's screenshot, qemu-img or a shell redirect open theirs, DRIVER_FILE_MODE for
   * the images libvirt's driver writes.
   */
  write(absPath: string, data: string, mode?: number): FsWrite;
  remove(absPath: string): FsWrite;
  /** Paths under `dir` (deeper ones too); a directory known to exist with nothing in it ends in '/'. */
  list(dir: string): string[];
  isDir(path: string): boolean;
  /** stat(2)'s S_ISBLK: a block device (attach-disk makes its source type='block'); none when absent. */
  isBlockDevice?(path: string): boolean;
  /** The device node at `path` (ls -l shows its type and numbers); none for a plain file. */
  device?(path: string): DevNode | undefined;
  /** A program (mode 0755: ls -l shows `-rwxr-xr-x`, bash runs it by its path). */
  executable?(path: string): boolean;
  /** The target of the host's own symbolic link at `path` (readlink(2): Debian 12's /bin → usr/bin). */
  link?(path: string): string | undefined;
}

export const errnoText: Record<FsErrno, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  EACCES: 'Permission denied',
  ENOTDIR: 'Not a directory',
  EROFS: 'Read-only file system',
  ENAMETOOLONG: 'File name too long',
};

/** Directories every simulated host has, even when empty (the CLI's xm/xl keep the old union). */
export const DEFAULT_DIRS = [
  '/',
  '/root',
  '/tmp',
  '/etc',
  '/var',
  '/var/lib/libvirt/qemu/save',
  '/var/lib/xen/save',
  '/etc/xen',
  '/etc/xen/auto',
  '/etc/libvirt/qemu',
];

/** Joins and normalises POSIX paths without node:path (the shell is pure). */
export function resolvePath(cwd: string, path: string): string {
  const parts = (path.startsWith('/') ? path : `${cwd}/${path}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return `/${out.join('/')}`;
}

/**
 * `path` (absolute, `..` and `.` not yet taken) walked a name at a time with each symbolic link in it
 * replaced by what it points to, as `cd -P` and `pwd -P` see a directory: /bin/.. is /usr on Debian 12,
 * whose /bin is a link to usr/bin (the logical /bin/.. is /).
 */
export function physicalPath(fs: Pick<HostFs, 'link'>, path: string): string {
  const out: string[] = [];
  const todo = path.split('/').filter(Boolean);
  for (let hops = 0; todo.length; ) {
    const name = todo.shift()!;
    if (name === '.') continue;
    if (name === '..') {
      out.pop();
      continue;
    }
    out.push(name);
    const target = fs.link?.(`/${out.join('/')}`);
    if (target === undefined || hops++ >= 40) continue;
    out.pop();
    if (target.startsWith('/')) out.length = 0;
    todo.unshift(...target.split('/').filter(Boolean));
  }
  return `/${out.join('/')}`;
}

/** A HostFs over an in-memory file map (a simulated host's files). */
export function memoryFs(
  files: Record<string, string>,
  onChange: (files: Record<string, string>) => void,
  start = '/root',
  dirs: readonly string[] = DEFAULT_DIRS,
): HostFs {
  let cwd = start;
  let current = files;
  const isDir = (p: string) =>
    dirs.includes(p) || Object.keys(current).some((f) => f.startsWith(`${p === '/' ? '' : p}/`));
  const set = (next: Record<string, string>) => {
    current = next;
    onChange(next);
  };
  return {
    resolve: (p) => resolvePath(cwd, p),
    cwd: () => cwd,
    chdir: (p) => {
      const abs = resolvePath(cwd, p);
      if (!isDir(abs)) return { ok: false, errno: abs in current ? 'ENOTDIR' : 'ENOENT' };
      cwd = abs;
      return { ok: true };
    },
    read: (p) =>
      p in current
        ? { ok: true, data: current[p] }
        : isDir(p)
          ? { ok: false, errno: 'EISDIR' }
          : { ok: false, errno: 'ENOENT' },
    write: (p, data) => {
      if (isDir(p)) return { ok: false, errno: 'EISDIR' };
      if (!isDir(p.slice(0, p.lastIndexOf('/')) || '/')) return { ok: false, errno: 'ENOENT' };
      set({ ...current, [p]: data });
      return { ok: true };
    },
    remove: (p) => {
      if (!(p in current)) return { ok: false, errno: isDir(p) ? 'EISDIR' : 'ENOENT' };
      const { [p]: _, ...rest } = current;
      set(rest);
      return { ok: true };
    },
    list: (dir) => [
      ...Object.keys(current).filter((f) => f.startsWith(`${dir === '/' ? '' : dir}/`)),
      ...dirs.filter((d) => d !== dir && d.startsWith(`${dir === '/' ? '' : dir}/`)).map((d) => `${d}/`),
    ],
    isDir,
  };
}

/** Files a command reads and writes: real files in the CLI, the host's virtual files in the browser. */
export type FsErrno = 'ENOENT' | 'EISDIR' | 'EACCES' | 'ENOTDIR' | 'ENAMETOOLONG';
export type FsRead = { ok: true; data: string } | { ok: false; errno: FsErrno };
export type FsWrite = { ok: true } | { ok: false; errno: FsErrno };

export interface HostFs {
  /** Absolute path as libvirt's client makes it (virFileAbsPath). */
  resolve(path: string): string;
  cwd(): string;
  chdir(path: string): FsWrite;
  /** Contents as a latin1 byte string. */
  read(absPath: string): FsRead;
  write(absPath: string, data: string): FsWrite;
  remove(absPath: string): FsWrite;
  list(dir: string): string[];
}

export const errnoText: Record<FsErrno, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  EACCES: 'Permission denied',
  ENOTDIR: 'Not a directory',
  ENAMETOOLONG: 'File name too long',
};

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

/** A HostFs over an in-memory file map (a simulated host's files). */
export function memoryFs(
  files: Record<string, string>,
  onChange: (files: Record<string, string>) => void,
  start = '/root',
): HostFs {
  let cwd = start;
  let current = files;
  const isDir = (p: string) => Object.keys(current).some((f) => f.startsWith(`${p === '/' ? '' : p}/`));
  const set = (next: Record<string, string>) => {
    current = next;
    onChange(next);
  };
  return {
    resolve: (p) => resolvePath(cwd, p),
    cwd: () => cwd,
    chdir: (p) => {
      const abs = resolvePath(cwd, p);
      if (abs !== '/' && !isDir(abs) && !['/root', '/tmp', '/etc', '/var'].includes(abs))
        return { ok: false, errno: 'ENOENT' };
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
      const dir = p.slice(0, p.lastIndexOf('/')) || '/';
      if (
        ![
          '/',
          '/root',
          '/tmp',
          '/var/lib/libvirt/qemu/save',
          '/var/lib/xen/save',
          '/etc/xen',
          '/etc/xen/auto',
          '/etc/libvirt/qemu',
        ].includes(dir) &&
        !isDir(dir)
      )
        return { ok: false, errno: 'ENOENT' };
      set({ ...current, [p]: data });
      return { ok: true };
    },
    remove: (p) => {
      if (!(p in current)) return { ok: false, errno: 'ENOENT' };
      const { [p]: _, ...rest } = current;
      set(rest);
      return { ok: true };
    },
    list: (dir) => Object.keys(current).filter((f) => f.startsWith(`${dir === '/' ? '' : dir}/`)),
  };
}

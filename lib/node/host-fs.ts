import { readFileSync, statSync, writeFileSync, unlinkSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FsErrno, HostFs } from '../shell/host-fs';

const errno = (e: unknown): FsErrno => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EISDIR' || code === 'EACCES' || code === 'ENOTDIR' || code === 'EROFS' || code === 'ENAMETOOLONG'
    ? code
    : 'ENOENT';
};

/** Real files for the command-line tools; relative names resolve against `cwd`. */
export function nodeHostFs(start: string): HostFs {
  let cwd = start;
  return {
    resolve: (p) => resolve(cwd, p),
    cwd: () => cwd,
    chdir: (p) => {
      const abs = resolve(cwd, p);
      try {
        if (!statSync(abs).isDirectory()) return { ok: false, errno: 'ENOTDIR' };
      } catch (e) {
        return { ok: false, errno: errno(e) };
      }
      cwd = abs;
      return { ok: true };
    },
    read: (p) => {
      try {
        if (statSync(p).isDirectory()) return { ok: false, errno: 'EISDIR' };
        return { ok: true, data: readFileSync(p).toString('latin1') };
      } catch (e) {
        const n = errno(e);
        return { ok: false, errno: n === 'EROFS' ? 'EACCES' : n };
      }
    },
    write: (p, data, mode = 0o666) => {
      try {
        writeFileSync(p, Buffer.from(data, 'latin1'), { mode });
        return { ok: true };
      } catch (e) {
        return { ok: false, errno: errno(e) };
      }
    },
    remove: (p) => {
      try {
        unlinkSync(p);
        return { ok: true };
      } catch (e) {
        return { ok: false, errno: errno(e) };
      }
    },
    list: (dir) => {
      try {
        return readdirSync(dir).map((f) => resolve(dir, f));
      } catch {
        return [];
      }
    },
    isDir: (p) => {
      try {
        return statSync(p).isDirectory();
      } catch {
        return false;
      }
    },
    isBlockDevice: (p) => {
      try {
        return statSync(p).isBlockDevice();
      } catch {
        return false;
      }
    },
  };
}

import type { HostFs } from './host-fs';

/**
 * One file view made of two: paths under `prefixes` (e.g. /etc/xen) are the simulated host's
 * files, everything else is `real` (the CLI's own file system). Relative names resolve against
 * the real working directory.
 */
export function overlayFs(virtual: HostFs, real: HostFs, prefixes: readonly string[]): HostFs {
  const inside = (p: string) => prefixes.some((x) => p === x || p.startsWith(`${x}/`));
  const pick = (p: string) => (inside(p) ? virtual : real);
  return {
    resolve: (p) => real.resolve(p),
    cwd: () => real.cwd(),
    chdir: (p) => real.chdir(p),
    read: (p) => pick(p).read(p),
    write: (p, data, mode) => pick(p).write(p, data, mode),
    remove: (p) => pick(p).remove(p),
    list: (dir) => pick(dir).list(dir),
    isDir: (p) => pick(p).isDir(p),
  };
}

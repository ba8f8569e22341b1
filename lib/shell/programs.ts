import type { Host } from '../sim/types';
import { programPath } from './command-type';

/**
 * The programs a lab host's root shell finds on its PATH, as files: where `which` says each one is
 * (command-type.ts). The KVM hosts run Debian 12, whose /bin and /sbin are /usr/bin and /usr/sbin
 * (merged /usr): each program is found under both names there. The lab keeps no program's bytes:
 * each file holds a one-line stand-in that says so (decision 082).
 */
export function programFiles(h: Host, names: readonly string[], exists: (name: string) => boolean) {
  const files: Record<string, string> = {};
  for (const name of names.filter((n) => !n.includes('/'))) {
    const path = programPath(name, h, exists);
    if (!path) continue;
    const text = `VirtLab: ${path} is a program; the lab runs it, and keeps none of its bytes.\n`;
    files[path] = text;
    if (!h.xen) files[path.replace(/^\/usr/, '')] = text;
  }
  return files;
}

/** Where programs live: directories every lab host has. */
export const PROGRAM_DIRS = ['/bin', '/sbin', '/usr', '/usr/bin', '/usr/sbin'];

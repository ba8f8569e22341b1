import { readdir, stat } from 'node:fs/promises';
import type { ApiFile } from '@/lib/api/contract';

/**
 * Save images on a real host are written by libvirtd, as root: a path from the browser must not
 * name any file. They live directly in one folder (VIRTLAB_SAVE_DIR, default
 * /var/lib/libvirt/save); a bare name goes there, as the lab puts one under /root.
 */
export const saveDir = (env = process.env) => (env.VIRTLAB_SAVE_DIR ?? '/var/lib/libvirt/save').replace(/\/+$/, '');

export function saveFile(file: string, dir = saveDir()): { ok: true; path: string } | { ok: false; message: string } {
  const f = file.trim();
  const base = f.startsWith(`${dir}/`) ? f.slice(dir.length + 1) : f;
  if (base === '' || base === '.' || base === '..' || base.includes('/'))
    return { ok: false, message: `file must be a name in ${dir} (this server keeps save images there)` };
  return { ok: true, path: `${dir}/${base}` };
}

/**
 * The save images a local connection can restore: the save folder's files (this machine is the
 * libvirt host). Over ssh the folder is on the remote host, which the server does not read: none.
 */
export async function saveImages(uri: string, dir = saveDir()): Promise<ApiFile[]> {
  if (/^[^:]+:\/\/[^/]/.test(uri)) return [];
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = await Promise.all(
    names.sort().map(async (name) => {
      const s = await stat(`${dir}/${name}`).catch(() => null);
      return s?.isFile() ? { path: `${dir}/${name}`, size: s.size, kind: 'save-image' as const } : null;
    }),
  );
  return files.filter((f) => f !== null);
}

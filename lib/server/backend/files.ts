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

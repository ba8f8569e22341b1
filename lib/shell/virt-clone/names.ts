/**
 * How virt-clone names what it makes (virtinst's Cloner.generate_clone_name and
 * _generate_clone_disk_path, with generatename.generate_name): the first free candidate.
 */
function firstFree(
  base: string,
  taken: (candidate: string) => boolean,
  sep: string,
  suffix = '',
  startNum = 1,
  forceNum = false,
) {
  if (!forceNum && !taken(`${base}${suffix}`)) return `${base}${suffix}`;
  for (let n = startNum; ; n++) if (!taken(`${base}${sep}${n}${suffix}`)) return `${base}${sep}${n}${suffix}`;
}

/** "web01" → "web01-clone", then "web01-clone1"…; a clone of "web01-clone" is "web01-clone1". */
export function cloneName(original: string, taken: (name: string) => boolean): string {
  const m = /-clone[1-9]*$/.exec(original);
  if (!m) return firstFree(`${original}-clone`, taken, '');
  const num = /[1-9]+$/.exec(m[0]);
  return firstFree(`${original.slice(0, m.index)}-clone`, taken, '', '', num ? Number(num[0]) + 1 : 1, true);
}

/**
 * "/images/web01.qcow2" for a clone "web02" of "web01" → "/images/web02.qcow2"; a file not named
 * after its guest gets "-clone" ("/images/disk.img" → "/images/disk-clone.img"); "-1", "-2"… when taken.
 */
export function cloneDiskPath(origPath: string, origName: string, newName: string, taken: (p: string) => boolean) {
  const dot = origPath.lastIndexOf('.');
  const ext = dot > origPath.lastIndexOf('/') && origPath.length - dot - 1 <= 7 ? origPath.slice(dot) : '';
  const stem = origPath.slice(0, origPath.length - ext.length);
  const dir = stem.slice(0, stem.lastIndexOf('/') + 1);
  const base = stem.slice(stem.lastIndexOf('/') + 1);
  return firstFree(`${dir}${base === origName ? newName : `${base}-clone`}`, taken, '-', ext);
}

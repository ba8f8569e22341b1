import { escapeXml } from '../../../sim/xml/escape';

/**
 * vshStringToArray: comma-separated fields, ",," standing for a literal comma. It splits with
 * g_strsplit, which gives no field at all for an empty string: the first field (a disk's name) is
 * then NULL and virBufferEscapeString leaves out `<disk name='…'` — real virsh prints a bare `/>`.
 */
export const fields = (spec: string): string[] =>
  spec === ''
    ? []
    : spec
        .replace(/,,/g, '\u0000')
        .split(',')
        .map((f) => f.replaceAll('\u0000', ','));
/** `<disk name='…'`, or nothing when vshStringToArray gave no name. */
export const diskOpen = (name: string | undefined) => (name === undefined ? '' : `<disk name='${escapeXml(name)}'`);
const attr = (name: string, v: string | undefined) => (v === undefined ? '' : ` ${name}='${escapeXml(v)}'`);

/**
 * virshParseSnapshotMemspec: fields `snapshot=type`, `file=name` or an absolute path (each
 * taken once), in any order; anything else is refused → `<memory .../>`.
 */
export function memspecXml(spec: string): string | { error: string } {
  const m: Record<string, string> = {};
  for (const f of fields(spec)) {
    if (m.snapshot === undefined && f.startsWith('snapshot=')) m.snapshot = f.slice('snapshot='.length);
    else if (m.file === undefined && f.startsWith('file=')) m.file = f.slice('file='.length);
    else if (m.file === undefined && f.startsWith('/')) m.file = f;
    else return { error: `unable to parse memspec: ${spec}` };
  }
  return `  <memory${attr('snapshot', m.snapshot)}${attr('file', m.file)}/>\n`;
}

/** virshParseSnapshotDiskspec: `name[,snapshot=type][,driver=type][,stype=type][,file=name]`. */
export function diskspecXml(spec: string): string | { error: string } {
  const [name, ...rest] = fields(spec);
  const m: Record<string, string> = {};
  for (const f of rest) {
    const kv = /^(snapshot|driver|stype|file)=(.*)$/.exec(f);
    if (!kv) return { error: `unable to parse diskspec: ${spec}` };
    m[kv[1]] = kv[2];
  }
  const open = `    ${diskOpen(name)}${attr('snapshot', m.snapshot)}${attr('type', m.stype)}`;
  if (m.driver === undefined && m.file === undefined) return `${open}/>\n`;
  let out = `${open}>\n`;
  if (m.driver !== undefined) out += `      <driver type='${escapeXml(m.driver)}'/>\n`;
  if (m.file !== undefined) out += `      <source ${m.stype === 'block' ? 'dev' : 'file'}='${escapeXml(m.file)}'/>\n`;
  return `${out}    </disk>\n`;
}

/** The `<domainsnapshot>` document virsh builds from snapshot-create-as's options. */
export function snapshotXml(
  name: string | undefined,
  desc: string | undefined,
  memspec: string | undefined,
  disks: string[],
): string | { error: string } {
  let xml = '<domainsnapshot>\n';
  if (name !== undefined) xml += `  <name>${escapeXml(name)}</name>\n`;
  if (desc !== undefined) xml += `  <description>${escapeXml(desc)}</description>\n`;
  if (memspec !== undefined) {
    const m = memspecXml(memspec);
    if (typeof m !== 'string') return m;
    xml += m;
  }
  if (disks.length) {
    xml += '  <disks>\n';
    for (const d of disks) {
      const x = diskspecXml(d);
      if (typeof x !== 'string') return x;
      xml += x;
    }
    xml += '  </disks>\n';
  }
  return `${xml}</domainsnapshot>\n`;
}

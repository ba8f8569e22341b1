import { volumeCreate, volumeDelete, volumePath } from '../../../sim/ops/pools';
import type { StoragePool } from '../../../sim/types';
import { formatVolumeXml, parseVolumeXml } from '../../../sim/xml/volume-xml';
import type { CmdCtx } from '../context';
import { printXml, xpathReadable } from './xml-output';
import { parseScaled } from '../numbers';
import { readXmlFile } from './define';
import { applyStorage, poolArg, prettySize, reqString } from './pool-lookup';
import { volumeArg, volumeByName, volumeByPath } from './volume-lookup';
import type { VirshCommand } from './types';

const none = { none: 'Xen keeps no libvirt storage volumes: images are files or LVs' };
const caseFold = (s: string) => s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());

/** vshVolSize: strtoull, then virScaleInteger in bytes; "Malformed size" and libvirt's reason. */
function volSize(c: CmdCtx, text: string): bigint | undefined {
  const r = parseScaled(text, 'size', 1);
  if (r.ok && !text.trim().startsWith('-')) return r.value;
  c.error(`Malformed size ${text}`);
  if (!r.ok && r.libvirtError) c.libvirtError({ code: 'INVALID_ARG', message: r.libvirtError });
  return undefined;
}

function volList(c: CmdCtx): boolean {
  const p = poolArg(c);
  if (!p) return false;
  if (!p.active) {
    c.error('Failed to list volumes');
    c.libvirtError({
      code: 'OPERATION_INVALID',
      message: 'Requested operation is not valid: storage pool is not active',
    });
    return false;
  }
  const vols = [...p.volumes].sort((a, b) => (caseFold(a.name) < caseFold(b.name) ? -1 : 1));
  if (c.has('details'))
    c.print(
      c.table(
        ['Name', 'Path', 'Type', 'Capacity', 'Allocation'],
        vols.map((v) => [
          v.name,
          volumePath(p, v),
          'file',
          prettySize(BigInt(v.capacity)),
          prettySize(BigInt(v.allocation)),
        ]),
      ),
    );
  else
    c.print(
      c.table(
        ['Name', 'Path'],
        vols.map((v) => [v.name, volumePath(p, v)]),
      ),
    );
  return true;
}

/** vol-create-as: the pool, the sizes, the other strings, the backing volume, then the XML virsh builds. */
function volCreateAs(c: CmdCtx): boolean {
  const pool = poolArg(c);
  if (!pool) return false;
  const name = reqString(c, 'name');
  const capText = name == null ? null : reqString(c, 'capacity');
  if (name == null || capText == null) return false;
  const capacity = volSize(c, capText);
  if (capacity === undefined) return false;
  const allocText = c.str('allocation');
  const allocation = allocText ? volSize(c, allocText) : undefined;
  if (allocText && allocation === undefined) return false;
  const strs = ['format', 'backing-vol', 'backing-vol-format'].map((o) => reqString(c, o));
  if (strs.includes(null)) return false;
  const [format, backingVol, backingFormat] = strs as (string | undefined)[];
  const xml = [`<volume>`, `  <name>${name}</name>`, `  <capacity>${capacity}</capacity>`];
  if (allocText) xml.push(`  <allocation>${allocation}</allocation>`);
  if (format !== undefined) xml.push('  <target>', `    <format type='${format}'/>`, '  </target>');
  if (backingVol !== undefined) {
    const hosts = c.host().pools ?? [];
    const b = volumeByName(c, pool, backingVol) || volumeByPath(c, hosts, backingVol);
    if (!b) {
      c.error(`failed to get vol '${backingVol}'`);
      return false;
    }
    xml.push('  <backingStore>', `    <path>${b.path}</path>`);
    if (backingFormat !== undefined) xml.push(`    <format type='${backingFormat}'/>`);
    xml.push('  </backingStore>');
  }
  xml.push('</volume>');
  const text = `${xml.join('\n')}\n`;
  if (c.has('print-xml')) {
    c.print(text);
    return true;
  }
  const flags = c.has('prealloc-metadata') ? 1 : 0;
  const r = volumeCreate(c.op(), pool.def.name, parseVolumeXml(text), 'testStorageVolCreateXML', flags);
  if (!applyStorage(c, r, `Failed to create vol ${name}`)) return false;
  c.extra(`Vol ${name} created\n`);
  return true;
}

function volCreate(c: CmdCtx): boolean {
  const pool = poolArg(c);
  if (!pool) return false;
  const file = reqString(c, 'file');
  if (file == null) return false;
  const xml = readXmlFile(c, file);
  if (xml === undefined) return false;
  const parsed = parseVolumeXml(xml);
  const r = volumeCreate(c.op(), pool.def.name, parsed, 'testStorageVolCreateXML', c.has('prealloc-metadata') ? 1 : 0);
  if (!applyStorage(c, r, `Failed to create vol from ${file}`)) return false;
  c.extra(`Vol ${parsed.ok ? parsed.value.name : ''} created from ${file}\n`);
  return true;
}

/** testStorageVolCreateXMLFrom: the XML names the new volume; the input volume must be in the same pool. */
function createFrom(c: CmdCtx, pool: StoragePool, xml: string, input: string, flags: number, failLine: string) {
  const parsed = parseVolumeXml(xml);
  const r = volumeCreate(c.op(), pool.def.name, parsed, 'testStorageVolCreateXMLFrom', flags, input);
  return applyStorage(c, r, failLine) && parsed.ok ? parsed.value.name : undefined;
}

function volCreateFrom(c: CmdCtx): boolean {
  const pool = poolArg(c);
  if (!pool) return false;
  const file = reqString(c, 'file');
  if (file == null) return false;
  const input = volumeArg(c, 'vol', 'inputpool');
  if (!input) return false;
  const xml = readXmlFile(c, file);
  if (xml === undefined) return false;
  const flags = c.has('prealloc-metadata') ? 1 : 0;
  const made = createFrom(c, pool, xml, input.vol.name, flags, `Failed to create vol from ${file}`);
  if (!made) return false;
  c.extra(`Vol ${made} created from input vol ${input.vol.name}\n`);
  return true;
}

/** vol-clone: the volume's XML with the new name (libxml2's dump: double quotes, no final newline). */
function volClone(c: CmdCtx): boolean {
  const found = volumeArg(c);
  if (!found) return false;
  const name = reqString(c, 'newname');
  if (name == null) return false;
  const flags = (c.has('prealloc-metadata') ? 1 : 0) | (c.has('reflink') ? 2 : 0);
  const xml = formatVolumeXml({ ...found.vol, name }, found.path);
  if (c.has('print-xml')) {
    c.print(xml.replace(/='([^']*)'/g, '="$1"').replace(/\n$/, ''));
    return true;
  }
  const made = createFrom(c, found.pool, xml, found.vol.name, flags, `Failed to clone vol from ${found.vol.name}`);
  if (!made) return false;
  c.extra(`Vol ${name} cloned from ${found.vol.name}\n`);
  return true;
}

function volInfo(c: CmdCtx): boolean {
  const f = volumeArg(c);
  if (!f) return false;
  const row = (k: string, v: string) => c.print(`${k.padEnd(15)} ${v}\n`);
  row('Name:', f.vol.name);
  if (c.has('physical')) {
    c.libvirtError({
      code: 'NO_SUPPORT',
      message: 'this function is not supported by the connection driver: virStorageVolGetInfoFlags',
    });
    return false;
  }
  row('Type:', 'file');
  const show = (n: string) => (c.has('bytes') ? `${n} bytes` : prettySize(BigInt(n)));
  row('Capacity:', show(f.vol.capacity));
  row('Allocation:', show(f.vol.allocation));
  return true;
}

/** A query on one volume that prints one line. */
const volQuery =
  (poolOpt: string | null, line: (f: NonNullable<ReturnType<typeof volumeArg>>, c: CmdCtx) => string) =>
  (c: CmdCtx) => {
    const f = volumeArg(c, 'vol', poolOpt);
    if (f) c.print(line(f, c));
    return !!f;
  };

export const volumeCommands: VirshCommand[] = [
  { name: 'vol-list', readOnly: true, xm: none, xl: none, run: volList },
  { name: 'vol-info', readOnly: true, xm: none, xl: none, run: volInfo },
  { name: 'vol-create-as', api: 'virStorageVolCreateXML', xm: none, xl: none, run: volCreateAs },
  { name: 'vol-create', api: 'virStorageVolCreateXML', xm: none, xl: none, run: volCreate },
  { name: 'vol-create-from', api: 'virStorageVolCreateXMLFrom', run: volCreateFrom },
  { name: 'vol-clone', api: 'virStorageVolCreateXMLFrom', run: volClone },
  {
    name: 'vol-delete',
    api: 'virStorageVolDelete',
    run(c) {
      const f = volumeArg(c);
      if (!f) return false;
      const flags = c.has('delete-snapshots') ? 2 : 0;
      const r = volumeDelete(c.op(), f.pool.def.name, f.vol.name, flags);
      if (!applyStorage(c, r, `Failed to delete vol ${c.str('vol')}`)) return false;
      c.extra(`Vol ${c.str('vol')} deleted\n`);
      return true;
    },
  },
  {
    name: 'vol-dumpxml',
    readOnly: true,
    run(c) {
      const f = volumeArg(c);
      return !!f && xpathReadable(c) && printXml(c, formatVolumeXml(f.vol, f.path));
    },
  },
  { name: 'vol-path', readOnly: true, run: volQuery('pool', (f) => `${f.path}\n`) },
  { name: 'vol-key', readOnly: true, run: volQuery('pool', (f) => `${f.vol.key ?? f.path}\n`) },
  { name: 'vol-name', readOnly: true, run: volQuery(null, (f) => `${f.vol.name}\n`) },
  {
    name: 'vol-pool',
    readOnly: true,
    run: volQuery(null, (f, c) => `${c.has('uuid') ? f.pool.def.uuid : f.pool.def.name}\n`),
  },
];

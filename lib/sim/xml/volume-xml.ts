import { XMLParser } from 'fast-xml-parser';
import { keepAttributeBlanks } from './parser-options';
import { configUnsupported, fail, ok, type Result } from '../result';
import { volumeFormats } from '../storage/pool-types';
import type { StorageVolume } from '../types';
import { escapeXml } from './escape';
import { checkWellFormed } from './parse';

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ...keepAttributeBlanks,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
});
const attr = (n: unknown, a: string) => (n && typeof n === 'object' ? ((n as Node)[`@${a}`] as string) : undefined);
const text = (n: unknown) =>
  typeof n === 'string' ? n : n && typeof n === 'object' ? String((n as Node)['#text'] ?? '') : undefined;

const LLONG_MAX = 9223372036854775807n;
const UNITS: Record<string, number> = { b: 0, k: 1, m: 2, g: 3, t: 4, p: 5, e: 6 };

/** virStorageSize: digits, a unit as virScaleInteger reads it, at most LLONG_MAX bytes. */
function size(n: unknown, what: string): Result<bigint | undefined> {
  const v = text(n)?.trim();
  if (v === undefined) return ok(undefined);
  if (!/^\+?\d+$/.test(v)) return fail('XML_ERROR', `XML error: malformed ${what} element`);
  const unit = attr(n, 'unit') ?? 'bytes';
  const u = /^(?:bytes|([bkmgtpe])(ib|b)?)$/i.exec(unit);
  if (!u || (u[1]?.toLowerCase() === 'b' && u[2]))
    return fail('INVALID_ARG', `invalid argument: unknown suffix '${unit}'`);
  const scale = u[1] ? (u[2]?.toLowerCase() === 'b' ? 1000n : 1024n) ** BigInt(UNITS[u[1].toLowerCase()]) : 1n;
  const bytes = BigInt(v) * scale;
  if (bytes > LLONG_MAX) return fail('OVERFLOW', `numerical overflow: value too large: ${v}${attr(n, 'unit') ?? ''}`);
  return ok(bytes);
}

/** virStorageVolDefParseXML for a file-based pool: name, sizes, format and backing store. */
export function parseVolumeXml(xml: string): Result<StorageVolume> {
  const well = checkWellFormed(xml, '(storage_volume_definition)');
  if (!well.ok) return well;
  const doc = parser.parse(xml) as Node;
  const root = Object.keys(doc).find((k) => !k.startsWith('?'));
  if (root !== 'volume') return fail('XML_ERROR', `XML error: expecting root element of 'volume', not '${root ?? ''}'`);
  const v = (doc.volume || {}) as Node;
  const name = text(v.name);
  if (!name) return fail('XML_ERROR', 'XML error: missing volume name element');
  const capacity = size(v.capacity, 'capacity');
  if (!capacity.ok) return capacity;
  if (capacity.value === undefined) return fail('XML_ERROR', 'XML error: missing capacity element');
  const allocation = size(v.allocation, 'allocation');
  if (!allocation.ok) return allocation;
  const format = attr((v.target as Node | undefined)?.format, 'type') ?? 'raw';
  if (!(volumeFormats as readonly string[]).includes(format))
    return configUnsupported(`unknown volume format type ${format}`);
  const b = v.backingStore as Node | undefined;
  const backingPath = text(b?.path);
  return ok({
    name,
    capacity: String(capacity.value),
    allocation: String(allocation.value ?? capacity.value),
    format,
    backing: backingPath ? { path: backingPath, format: attr(b?.format, 'type') } : undefined,
  });
}

/** virStorageVolDefFormat as the test driver fills it: key and path are the pool's path and the name. */
export function formatVolumeXml(vol: StorageVolume, path: string): string {
  const out = [
    "<volume type='file'>",
    `  <name>${escapeXml(vol.name)}</name>`,
    `  <key>${escapeXml(vol.key ?? path)}</key>`,
    `  <capacity unit='bytes'>${vol.capacity}</capacity>`,
    `  <allocation unit='bytes'>${vol.allocation}</allocation>`,
    '  <target>',
    `    <path>${escapeXml(path)}</path>`,
    `    <format type='${vol.format}'/>`,
    '  </target>',
  ];
  if (vol.backing) {
    out.push('  <backingStore>', `    <path>${escapeXml(vol.backing.path)}</path>`);
    if (vol.backing.format) out.push(`    <format type='${escapeXml(vol.backing.format)}'/>`);
    out.push('  </backingStore>');
  }
  out.push('</volume>');
  return `${out.join('\n')}\n`;
}

import { XMLParser } from 'fast-xml-parser';
import { keepAttributeBlanks } from './parser-options';
import { configUnsupported, fail, ok, type Result } from '../result';
import { defaultPoolFormat, poolTypes } from '../storage/pool-types';
import type { PoolDef, PoolSource } from '../types';
import { escapeXml } from './escape';
import { parsePoolAuth } from './pool-auth';
import { poolSchemaError } from './pool-schema';
import { poolSourceRefusal } from './pool-source-checks';
import { checkWellFormed } from './parse';
import { definitionUuid } from './uuid-parse';

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ...keepAttributeBlanks,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (n) => ['host', 'device'].includes(n),
});
const attr = (n: unknown, a: string) => (n && typeof n === 'object' ? ((n as Node)[`@${a}`] as string) : undefined);
const text = (n: unknown) =>
  typeof n === 'string' ? n : n && typeof n === 'object' ? String((n as Node)['#text'] ?? '') : undefined;
const first = (n: unknown) => (Array.isArray(n) ? n[0] : n);
const xmlError = (m: string) => fail('XML_ERROR', `XML error: ${m}`);

/** virFileSanitizePath: no doubled slashes, no trailing slash. */
const sanitize = (p: string) => {
  const s = p.replace(/\/{2,}/g, '/');
  return s.length > 1 ? s.replace(/\/$/, '') : s;
};

/** virStoragePoolDefParseSource for the parts the pool's type keeps. */
function parseSource(type: string, n: Node): Result<PoolSource> {
  const t = poolTypes[type];
  const src: PoolSource = { hosts: [], devices: [] };
  // The name (an RBD pool needs one) and the format come before the hosts, devices and adapter.
  if (t.name) src.name = text(n.name);
  if (type === 'rbd' && !src.name) return xmlError("element 'name' is mandatory for RBD pool");
  if (t.formats) {
    const f = attr(n.format, 'type');
    if (f !== undefined && !t.formats.includes(f)) return configUnsupported(`unknown pool format type ${f}`);
    src.format = f ?? defaultPoolFormat[type];
  }
  const refused = poolSourceRefusal(n, !!t.adapter);
  if (refused) return { ok: false, error: refused };
  if (t.host)
    src.hosts = ((n.host as Node[] | undefined) ?? [])
      .filter((h) => attr(h, 'name') !== undefined)
      .map((h) => ({ name: attr(h, 'name')!, port: attr(h, 'port') }));
  if (t.device) src.devices = ((n.device as Node[] | undefined) ?? []).flatMap((d) => attr(d, 'path') ?? []);
  if (t.dir) src.dir = attr(n.dir, 'path') ?? (type === 'gluster' ? '/' : undefined);
  if (t.initiator) src.initiator = attr((n.initiator as Node | undefined)?.iqn, 'name');
  if (t.adapter && n.adapter && typeof n.adapter === 'object')
    src.adapter = Object.entries(n.adapter as Node)
      .filter(([k]) => k.startsWith('@'))
      .map(([k, v]) => [k.slice(1), String(v)]);
  const auth = parsePoolAuth(n.auth);
  if (!auth.ok) return auth;
  if (auth.value) src.auth = auth.value;
  if (type === 'netfs') src.protocolVer = attr(n.protocol, 'ver');
  return ok(src);
}

/**
 * virStoragePoolDefParseXML: the type, the source its type needs, the name, the UUID (`newUuid`
 * stands in for libvirt's random one) and the target path; libvirt's message for what it refuses.
 */
export function parsePoolXml(xml: string, newUuid: () => string, validate = false): Result<PoolDef> {
  const well = checkWellFormed(xml, '(storage_pool_definition)');
  if (!well.ok) return well;
  const doc = parser.parse(xml) as Node;
  const root = Object.keys(doc).find((k) => !k.startsWith('?'));
  if (root !== 'pool') return xmlError(`expecting root element of 'pool', not '${root ?? ''}'`);
  // virXMLParse validates against storagepool.rng (pool-define --validate) right after the root's name.
  const schema = validate ? poolSchemaError(xml) : undefined;
  if (schema) return fail('XML_ERROR', schema);
  const whole = (doc.pool || {}) as Node;
  // A default namespace on the root hides its children from libvirt's XPath (./name, ./target/path).
  const p = attr(whole, 'xmlns') ? Object.fromEntries(Object.entries(whole).filter(([k]) => k.startsWith('@'))) : whole;
  const type = attr(p, 'type');
  if (type === undefined) return xmlError("Missing required attribute 'type' in element 'pool'");
  if (!poolTypes[type]) return xmlError(`Invalid value for attribute 'type' in element 'pool': '${type}'.`);
  const t = poolTypes[type];
  const source = parseSource(type, (p.source && typeof p.source === 'object' ? p.source : {}) as Node);
  if (!source.ok) return source;
  const src = source.value;
  // string(./name), string(./target/path): the first of each.
  const name = text(first(p.name)) || (t.name ? src.name : undefined);
  if (!name) return xmlError('missing pool source name element');
  if (name.includes('/')) return xmlError(`name ${name} cannot contain '/'`);
  const own = definitionUuid(xml);
  if (own === 'malformed') return xmlError('malformed uuid element');
  if (t.host && !src.hosts.length) return xmlError('missing storage pool source host name');
  if (t.dir && !src.dir) return xmlError('missing storage pool source path');
  if (t.name && !src.name) src.name = name;
  if (t.adapter && !src.adapter) return xmlError('missing storage pool source adapter');
  if ((type === 'fs' || type === 'disk') && !src.devices.length)
    return xmlError('missing storage pool source device name');
  let target: string | undefined;
  if (!t.network) {
    const path =
      type === 'logical'
        ? `/dev/${src.name}`
        : type === 'zfs'
          ? `/dev/zvol/${src.name}`
          : text(first((first(p.target) as Node | undefined)?.path));
    if (!path) return xmlError('missing storage pool target path');
    target = sanitize(path);
  }
  if (type === 'iscsi-direct' && !src.initiator) return configUnsupported('missing initiator IQN');
  // virStoragePoolDefParseFeatures: the first <cow>'s state by virXMLPropTristateBool.
  const cow = attr(first((first(p.features) as Node | undefined)?.cow), 'state');
  if (cow !== undefined && cow !== 'yes' && cow !== 'no')
    return xmlError(`Invalid value for attribute 'state' in element 'cow': '${cow}'.`);
  const uuid = own === 'none' ? newUuid() : own.uuid;
  return ok({ type, name, uuid, source: src, target, ...(cow !== undefined && { cow }) });
}

const q = (s: string) => `'${escapeXml(s)}'`;

/** virStoragePoolSourceFormat: libvirt's order, an empty `<source>` kept open and closed. */
function formatSource(s: PoolSource): string[] {
  const out = ['  <source>'];
  for (const h of s.hosts) out.push(`    <host name=${q(h.name)}${h.port ? ` port=${q(h.port)}` : ''}/>`);
  for (const d of s.devices) out.push(`    <device path=${q(d)}/>`);
  if (s.dir !== undefined) out.push(`    <dir path=${q(s.dir)}/>`);
  if (s.adapter) out.push(`    <adapter ${s.adapter.map(([k, v]) => `${k}=${q(v)}`).join(' ')}/>`);
  if (s.name !== undefined) out.push(`    <name>${escapeXml(s.name)}</name>`);
  if (s.initiator !== undefined) out.push('    <initiator>', `      <iqn name=${q(s.initiator)}/>`, '    </initiator>');
  if (s.format !== undefined) out.push(`    <format type=${q(s.format)}/>`);
  if (s.auth) {
    out.push(`    <auth type=${q(s.auth.type)} username=${q(s.auth.username)}>`);
    // virSecretLookupFormatSecret: the secret's type kept, its uuid as virUUIDFormat prints it.
    const type = s.auth.secretType === undefined ? '' : ` type=${q(s.auth.secretType)}`;
    if (s.auth.usage !== undefined) out.push(`      <secret${type} usage=${q(s.auth.usage)}/>`);
    else if (s.auth.uuid !== undefined) out.push(`      <secret${type} uuid=${q(s.auth.uuid)}/>`);
    out.push('    </auth>');
  }
  if (s.protocolVer !== undefined) out.push(`    <protocol ver=${q(s.protocolVer)}/>`);
  out.push('  </source>');
  return out;
}

/** virStoragePoolDefFormat with the test driver's sizes. */
export function formatPoolXml(d: PoolDef, sizes: { capacity: bigint; allocation: bigint }): string {
  const out = [
    `<pool type='${d.type}'>`,
    `  <name>${escapeXml(d.name)}</name>`,
    `  <uuid>${d.uuid}</uuid>`,
    `  <capacity unit='bytes'>${sizes.capacity}</capacity>`,
    `  <allocation unit='bytes'>${sizes.allocation}</allocation>`,
    `  <available unit='bytes'>${sizes.capacity - sizes.allocation}</available>`,
    ...(d.cow ? ['  <features>', `    <cow state='${d.cow}'/>`, '  </features>'] : []),
    ...formatSource(d.source),
  ];
  if (d.target !== undefined) out.push('  <target>', `    <path>${escapeXml(d.target)}</path>`, '  </target>');
  out.push('</pool>');
  return `${out.join('\n')}\n`;
}

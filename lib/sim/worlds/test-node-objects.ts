import { fail, ok, type Result } from '../result';
import type { Host, StorageVolume, World } from '../types';
import { interfaceDefine } from '../ops/interfaces';
import { networkDefine } from '../ops/networks';
import { poolDefine } from '../ops/pools';
import { uuidFromSeed } from '../uuid';
import { parseInterfaceXml } from '../xml/interface-xml';
import { parseNetworkXml } from '../xml/network-xml';
import { parseNodeDeviceNode } from '../xml/nodedev-node';
import { checkWellFormed } from '../xml/parse';
import { parsePoolXml } from '../xml/pool-xml';
import { parseVolumeXml } from '../xml/volume-xml';
import { dumpXml, parseXmlTree, type XmlTree } from '../xml/xml-tree';

/** Reads a file a node file includes (`<network file='net.xml'/>`): its text, null for a directory, undefined when missing. */
export type ReadFile = (path: string) => string | null | undefined;

const isEl = (n: unknown): n is XmlTree => !!n && typeof n === 'object' && 'el' in n;
const attrOf = (e: XmlTree, k: string) => e.attrs.find(([a]) => a === k)?.[1];

/** testBuildFilename: an absolute name as it is, a relative one beside the node file. */
const buildFilename = (file: string, rel: string) =>
  rel.startsWith('/') ? rel : `${file.slice(0, file.lastIndexOf('/') + 1)}${rel}`;

/**
 * testParseXMLDocFromFile: an element with a `file` attribute stands for that file's root element
 * (read as virXMLParse reads a file: libxml2's error for a broken one); any other is itself.
 * Both come back as a document of their own, for the parser that reads that kind of object.
 */
export function includedObject(el: XmlTree, file: string, read: ReadFile): Result<{ xml: string; root: XmlTree }> {
  const rel = attrOf(el, 'file');
  if (rel === undefined) return ok({ xml: dumpXml(el, 0, false), root: el });
  const abs = buildFilename(file, rel);
  const text = read(abs);
  if (text === undefined) return fail('XML_ERROR', `XML error: failed to parse xml document '${abs}'`);
  // libxml2 reads a directory as nothing (after its "I/O error : Is a directory").
  if (text === null) return fail('XML_ERROR', `${abs}:1: Document is empty\n(null)\n^`);
  const wf = checkWellFormed(text, abs);
  if (!wf.ok) return wf;
  const root = parseXmlTree(text).find(isEl);
  return root ? ok({ xml: text, root }) : fail('XML_ERROR', `XML error: failed to parse xml document '${abs}'`);
}

/** The node's children named `name`, in document order (virXPathNodeSet("/node/<name>")). */
export function nodeChildren(xml: string, name: string): XmlTree[] {
  const node = parseXmlTree(xml).find(isEl);
  return (node?.kids ?? []).filter((k): k is XmlTree => isEl(k) && k.el === name);
}

/** XPath's string value of `./<path>` under an element: its text, or undefined when absent. */
function stringAt(el: XmlTree, ...path: string[]): string | undefined {
  let cur: XmlTree | undefined = el;
  for (const p of path) cur = cur?.kids.find((k): k is XmlTree => isEl(k) && k.el === p);
  const text = (n: XmlTree | { text: string } | { comment: string }): string =>
    'text' in n ? n.text : 'el' in n ? n.kids.map(text).join('') : '';
  return cur ? text(cur) : undefined;
}

type Step = (w: World) => Result<World>;
const ctxOf = (world: World, host: string) => ({ world, host, now: 0 });
const onHost = (w: World, host: string, fn: (h: Host) => Host): World => ({
  ...w,
  hosts: w.hosts.map((h) => (h.name === host ? fn(h) : h)),
});

/** testParseNetworks: each network defined (persistent) and set active. */
function networks(xml: string, file: string, read: ReadFile, host: string): Step[] {
  return nodeChildren(xml, 'network').map((el, i) => (w) => {
    const obj = includedObject(el, file, read);
    if (!obj.ok) return obj;
    const def = parseNetworkXml(obj.value.xml, () => uuidFromSeed(`${file}/network/${i}`));
    if (!def.ok) return def;
    const defined = networkDefine(ctxOf(w, host), def.value);
    if (!defined.ok) return defined;
    return ok(
      onHost(defined.value, host, (h) => ({
        ...h,
        networks: (h.networks ?? []).map((n) => (n.def.name === def.value.name ? { ...n, active: true } : n)),
      })),
    );
  });
}

/** testParseInterfaces: each interface assigned by name and set active. */
function interfaces(xml: string, file: string, read: ReadFile, host: string): Step[] {
  return nodeChildren(xml, 'interface').map((el) => (w) => {
    const obj = includedObject(el, file, read);
    if (!obj.ok) return obj;
    const def = parseInterfaceXml(obj.value.xml);
    if (!def.ok) return def;
    const defined = interfaceDefine(ctxOf(w, host), def.value);
    if (!defined.ok) return defined;
    return ok(
      onHost(defined.value, host, (h) => ({
        ...h,
        interfaces: (h.interfaces ?? []).map((x) => (x.def.name === def.value.name ? { ...x, active: true } : x)),
      })),
    );
  });
}

/**
 * testOpenVolumesForPool: each `<volume>` of the pool (after its own include) parsed as
 * virStorageVolDefParseNode does; a path the file gives is kept (else the pool's path and the
 * name), the key likewise (else the path). The pool's capacity is not checked here.
 */
function volumes(root: XmlTree, file: string, read: ReadFile): Result<StorageVolume[]> {
  const out: StorageVolume[] = [];
  for (const el of root.kids.filter((k): k is XmlTree => isEl(k) && k.el === 'volume')) {
    const obj = includedObject(el, file, read);
    if (!obj.ok) return obj;
    const vol = parseVolumeXml(obj.value.xml);
    if (!vol.ok) return vol;
    const path = stringAt(obj.value.root, 'target', 'path') || undefined;
    const key = stringAt(obj.value.root, 'key') || undefined;
    out.push({ ...vol.value, ...(path !== undefined && { path }), ...(key !== undefined && { key }) });
  }
  return ok(out);
}

/** testParseStorage: each pool added as pool-define adds it, set active, then its volumes. */
function pools(xml: string, file: string, read: ReadFile, host: string): Step[] {
  return nodeChildren(xml, 'pool').map((el, i) => (w) => {
    const obj = includedObject(el, file, read);
    if (!obj.ok) return obj;
    const def = parsePoolXml(obj.value.xml, () => uuidFromSeed(`${file}/pool/${i}`));
    if (!def.ok) return def;
    const defined = poolDefine(ctxOf(w, host), def.value);
    if (!defined.ok) return defined;
    const vols = volumes(obj.value.root, file, read);
    if (!vols.ok) return vols;
    return ok(
      onHost(defined.value, host, (h) => ({
        ...h,
        pools: (h.pools ?? []).map((p) =>
          p.def.name === def.value.name ? { ...p, active: true, volumes: [...p.volumes, ...vols.value] } : p,
        ),
      })),
    );
  });
}

/**
 * testParseNodedevs: each `<device>` parsed as an existing device (virNodeDeviceDefParseNode);
 * virNodeDeviceObjListAssignDef replaces the definition of a device of the same name in place.
 */
function nodeDevices(xml: string, file: string, read: ReadFile, host: string): Step[] {
  return nodeChildren(xml, 'device').map((el) => (w) => {
    const obj = includedObject(el, file, read);
    if (!obj.ok) return obj;
    const dev = parseNodeDeviceNode(obj.value.root);
    if (!dev.ok) return dev;
    return ok(
      onHost(w, host, (h) => {
        const devs = h.nodeDevices ?? [];
        const at = devs.findIndex((d) => d.name === dev.value.name);
        return { ...h, nodeDevices: at < 0 ? [...devs, dev.value] : devs.map((d, i) => (i === at ? dev.value : d)) };
      }),
    );
  });
}

/** testParseAuthUsers: /node/auth/user, each a name (its text, not empty) and an optional password. */
function authUsers(xml: string): Result<{ username: string; password?: string }[]> {
  const out: { username: string; password?: string }[] = [];
  for (const auth of nodeChildren(xml, 'auth'))
    for (const u of auth.kids.filter((k): k is XmlTree => isEl(k) && k.el === 'user')) {
      const username = stringAt(u) ?? '';
      if (username === '') return fail('XML_ERROR', 'XML error: missing username in /node/auth/user field');
      const password = attrOf(u, 'password');
      out.push({ username, ...(password !== undefined && { password }) });
    }
  return ok(out);
}

/**
 * What testOpenParse reads after the domains: networks, interfaces, storage pools with their
 * volumes, node devices, then the auth users, each with its parser's errors; the first error ends
 * the load. A node file starts with none.
 */
export function loadNodeObjects(world: World, xml: string, file: string, read: ReadFile): Result<World> {
  const host = world.hosts[0].name;
  let w = onHost(world, host, (h) => ({ ...h, networks: [], interfaces: [], pools: [], nodeDevices: [] }));
  for (const step of [
    ...networks(xml, file, read, host),
    ...interfaces(xml, file, read, host),
    ...pools(xml, file, read, host),
    ...nodeDevices(xml, file, read, host),
  ]) {
    const r = step(w);
    if (!r.ok) return r;
    w = r.value;
  }
  const users = authUsers(xml);
  return users.ok ? ok(onHost(w, host, (h) => ({ ...h, authUsers: users.value }))) : users;
}

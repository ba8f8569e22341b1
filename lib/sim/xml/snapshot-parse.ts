import { fail, internalError, ok, type Result } from '../result';
import { volumeFormats } from '../storage/pool-types';
import type { DomainDef, DomainState } from '../types';
import { momentSchemaError } from './moment-schema';
import { checkWellFormed, domainFromNode, type ParseDefaults } from './parse';
import { parseXmlTree, type XmlTree } from './xml-tree';

type Node = Record<string, unknown>;
const text = (n: unknown): string | undefined =>
  n == null ? undefined : typeof n === 'object' ? String((n as Node)['#text'] ?? '') : String(n);

/** What a redefined snapshot brings along (virDomainSnapshotDefParse with REDEFINE). */
export interface SnapshotHistory {
  state: DomainState;
  creationTime: number;
  parent?: string;
  def: DomainDef;
}

/** A `<domainsnapshot>` document: what creating a snapshot reads from it. */
export interface SnapshotDoc {
  name?: string;
  description?: string;
  /** The disks named under <disks>, and the snapshot mode each asks for. */
  disks: string[];
  diskModes: Record<string, string>;
  /** The disks given an image of their own (`<source file|dev>`). */
  diskFiles: string[];
  /** `<memory snapshot='external'>` (or a memory file): the test driver then aligns disks as external. */
  memoryExternal: boolean;
  history?: SnapshotHistory;
}

/** virDomainSnapshotLocation names a disk's snapshot attribute may hold. */
const SNAPSHOT_MODES = ['default', 'no', 'internal', 'external', 'manual'];

/** virStorageFileFormat names a snapshot disk's driver may give ('none' is refused). */
const FORMATS: readonly string[] = volumeFormats.filter((f) => f !== 'none');
const first = (n: unknown) => (Array.isArray(n) ? n[0] : n) as Node | undefined;

/** virDomainSnapshotState names → the domain state they record. */
const STATES: Record<string, DomainState> = {
  nostate: 'no state',
  running: 'running',
  blocked: 'idle',
  paused: 'paused',
  shutdown: 'in shutdown',
  shutoff: 'shut off',
  crashed: 'crashed',
  pmsuspended: 'pmsuspended',
};

/** The parts a redefinition needs, checked in virDomainSnapshotDefParse's order. */
function history(snap: Node, defaults: ParseDefaults): Result<SnapshotHistory> {
  const created = text(snap.creationTime);
  if (created === undefined) return internalError('missing creationTime from existing snapshot');
  const state = text(snap.state);
  if (state === undefined) return fail('XML_ERROR', 'XML error: missing state from existing snapshot');
  if (!(state in STATES)) return fail('XML_ERROR', `XML error: Invalid state '${state}' in domain snapshot XML`);
  const dom = (snap.domain as Node[] | undefined)?.[0];
  if (!dom) return internalError('missing domain in snapshot');
  const def = domainFromNode(dom, undefined, defaults);
  if (!def.ok) return def;
  const parent = text((snap.parent as Node | undefined)?.name);
  return ok({
    state: STATES[state],
    creationTime: Number(created),
    ...(parent !== undefined ? { parent } : {}),
    def: def.value,
  });
}

const xmlError = (message: string) => fail('XML_ERROR', `XML error: ${message}`);

/** virDomainSnapshotDefParse's <memory>, read before the disks: its mode (not 'default'), then its file. */
function memoryRules(memory: XmlTree | undefined): Result<never> | undefined {
  if (!memory) return undefined;
  const mode = memory.attrs.find(([k]) => k === 'snapshot')?.[1];
  const file = memory.attrs.find(([k]) => k === 'file')?.[1];
  if (mode !== undefined && (mode === 'default' || !SNAPSHOT_MODES.includes(mode)))
    return xmlError(`Invalid value for attribute 'snapshot' in element 'memory': '${mode}'.`);
  if (mode === 'manual') return xmlError("'manual' memory snapshot mode not supported");
  const external = mode === 'external' || (mode === undefined && file !== undefined);
  if (file !== undefined && !external) return xmlError(`memory filename '${file}' requires external snapshot`);
  if (file === undefined && external) return xmlError('external memory snapshots require a filename');
  if (file !== undefined && !file.startsWith('/'))
    return xmlError(`memory snapshot file path (${file}) must be absolute`);
  return undefined;
}

/** An element's text as libvirt's virXPathString reads it: blanks kept (the unordered parse trims them). */
function rawText(xml: string, el: string): string | undefined {
  const found = rootChild(xml, el);
  return found?.kids.map((k) => ('text' in k ? k.text : '')).join('');
}

/** The root's first child element named `el`, as libxml2 keeps it (attribute values untrimmed). */
function rootChild(xml: string, el: string): XmlTree | undefined {
  const root = parseXmlTree(xml).find((n): n is XmlTree => 'el' in n);
  return root?.kids.find((n): n is XmlTree => 'el' in n && n.el === el);
}

/**
 * virDomainSnapshotDefParseString: the document, its root, with `validate` (VIR_DOMAIN_SNAPSHOT_PARSE_VALIDATE)
 * domainsnapshot.rng, and with `redefine` its history.
 */
export function parseSnapshotXml(
  xml: string,
  redefine: boolean,
  defaults: ParseDefaults = {},
  validate = false,
): Result<SnapshotDoc> {
  const doc = checkWellFormed(xml, '(domain_snapshot)');
  if (!doc.ok) return doc;
  const root = Object.keys(doc.value).find((k) => !k.startsWith('?'));
  if (root !== 'domainsnapshot')
    return fail('XML_ERROR', `XML error: expecting root element of 'domainsnapshot', not '${root ?? ''}'`);
  const schema = validate ? momentSchemaError(xml, 'domainsnapshot') : undefined;
  if (schema) return fail('XML_ERROR', schema);
  const snap = (doc.value.domainsnapshot || {}) as Node;
  const name = snap.name === undefined ? undefined : rawText(xml, 'name');
  if (redefine && !name) return fail('XML_ERROR', 'XML error: a redefined snapshot must have a name');
  const memory = memoryRules(rootChild(xml, 'memory'));
  if (memory) return memory;
  const diskNodes = ((snap.disks as Node | undefined)?.disk as Node[] | undefined) ?? [];
  const disks = diskNodes.map((d) => String(d['@name']));
  const diskModes: Record<string, string> = {};
  const diskFiles: string[] = [];
  for (const d of diskNodes) {
    const mode = d['@snapshot'] as string | undefined;
    if (mode !== undefined && !SNAPSHOT_MODES.includes(mode))
      return fail('XML_ERROR', `XML error: Invalid value for attribute 'snapshot' in element 'disk': '${mode}'.`);
    const driver = first(d.driver)?.['@type'] as string | undefined;
    if (driver !== undefined && !FORMATS.includes(driver))
      return fail('CONFIG_UNSUPPORTED', `unsupported configuration: unknown disk snapshot driver '${driver}'`);
    // virDomainSnapshotDiskDefParseXML: a default mode with an image or a format is external.
    const source = first(d.source);
    const image = source?.['@file'] ?? source?.['@dev'];
    const effective = (mode ?? 'default') === 'default' && (image !== undefined || driver) ? 'external' : mode;
    if (effective !== undefined) diskModes[String(d['@name'])] = effective;
    if (image !== undefined) diskFiles.push(String(d['@name']));
  }
  const mem = rootChild(xml, 'memory')?.attrs;
  const memoryExternal =
    mem?.find(([k]) => k === 'snapshot')?.[1] === 'external' || mem?.some(([k]) => k === 'file') === true;
  const description = snap.description === undefined ? undefined : rawText(xml, 'description');
  const base = {
    ...(name ? { name } : {}),
    ...(description !== undefined ? { description } : {}),
    disks,
    diskModes,
    diskFiles,
    memoryExternal,
  };
  if (!redefine) return ok(base);
  const h = history(snap, defaults);
  return h.ok ? ok({ ...base, history: h.value }) : h;
}

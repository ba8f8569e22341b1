import { fail, internalError, ok, type Result } from '../result';
import type { DomainDef, DomainState } from '../types';
import { checkWellFormed, domainFromNode, type ParseDefaults } from './parse';

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
  history?: SnapshotHistory;
}

/** virDomainSnapshotLocation names a disk's snapshot attribute may hold. */
const SNAPSHOT_MODES = ['default', 'no', 'internal', 'external', 'manual'];

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

/** virDomainSnapshotDefParseString: the document, its root, and with `redefine` its history. */
export function parseSnapshotXml(xml: string, redefine: boolean, defaults: ParseDefaults = {}): Result<SnapshotDoc> {
  const doc = checkWellFormed(xml, '(domain_snapshot)');
  if (!doc.ok) return doc;
  const root = Object.keys(doc.value).find((k) => !k.startsWith('?'));
  if (root !== 'domainsnapshot')
    return fail('XML_ERROR', `XML error: expecting root element of 'domainsnapshot', not '${root ?? ''}'`);
  const snap = (doc.value.domainsnapshot || {}) as Node;
  const name = text(snap.name);
  if (redefine && !name) return fail('XML_ERROR', 'XML error: a redefined snapshot must have a name');
  const diskNodes = ((snap.disks as Node | undefined)?.disk as Node[] | undefined) ?? [];
  const disks = diskNodes.map((d) => String(d['@name']));
  const diskModes: Record<string, string> = {};
  for (const d of diskNodes) {
    const mode = d['@snapshot'] as string | undefined;
    if (mode === undefined) continue;
    if (!SNAPSHOT_MODES.includes(mode))
      return fail('XML_ERROR', `XML error: Invalid value for attribute 'snapshot' in element 'disk': '${mode}'.`);
    diskModes[String(d['@name'])] = mode;
  }
  const memory = snap.memory as Node | undefined;
  if (memory?.['@snapshot'] === 'external' && memory['@file'] === undefined)
    return fail('XML_ERROR', 'XML error: external memory snapshots require a filename');
  const description = text(snap.description);
  const base = { ...(name ? { name } : {}), ...(description !== undefined ? { description } : {}), disks, diskModes };
  if (!redefine) return ok(base);
  const h = history(snap, defaults);
  return h.ok ? ok({ ...base, history: h.value }) : h;
}

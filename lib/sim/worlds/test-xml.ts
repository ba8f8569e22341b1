import { XMLParser } from 'fast-xml-parser';
import { keepAttributeBlanks } from '../xml/parser-options';
import { fail, ok, operationFailed, type Result } from '../result';
import type { Domain, DomainState, World } from '../types';
import { domainFromNode } from '../xml/parse';
import { checkWellFormed } from '../xml/parse';
import { makeWorld } from './builders';
import { withTestIfnames } from '../ops/devices';
import { testDriverHost } from './test-default';
import { readNodeInfo } from './test-node-info';
import { includedObject, loadNodeObjects, nodeChildren, type ReadFile } from './test-node-objects';
import type { XmlTree } from '../xml/xml-tree';

const attrOfTree = (e: XmlTree, k: string) => e.attrs.find(([a]) => a === k)?.[1];

/** virDomainState numbers used by <test:runstate> (libvirt's test driver node files). */
const RUNSTATES: DomainState[] = [
  'no state',
  'running',
  'idle',
  'paused',
  'in shutdown',
  'shut off',
  'crashed',
  'pmsuspended',
];

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ...keepAttributeBlanks,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  isArray: (n) => ['domain', 'disk', 'interface', 'vcpupin', 'console'].includes(n),
});
const num = (v: unknown) => (v === undefined ? undefined : Number(typeof v === 'object' ? (v as Node)['#text'] : v));

/**
 * Loads a test-driver node file (test:///ABSOLUTE/PATH.xml) as testOpenFromFile does: <node>
 * with <cpu>, <memory> and inline <domain>s carrying test:runstate / test:transient /
 * test:hasmanagedsave. Active domains get ids 1, 2, ... in document order.
 */
export function loadTestNodeXml(
  xml: string,
  uri: string,
  path: string,
  read: ReadFile = () => undefined,
): Result<World> {
  const wf = checkWellFormed(xml, path);
  if (!wf.ok) return wf;
  const root = /<([A-Za-z_][\w.:-]*)/.exec(xml.replace(/<([?!]).*?\1?>/gs, ''))?.[1];
  if (root !== 'node') return fail('XML_ERROR', `XML error: expecting root element of 'node', not '${root}'`);
  const doc = parser.parse(xml) as Node;
  const node = (typeof doc.node === 'object' ? doc.node : {}) as Node;
  const info = readNodeInfo(xml);
  if (!info.ok) return info;
  const host = testDriverHost('test', uri);
  const c = host.cpu;
  const i = info.value;
  c.nodes = i.nodes ?? c.nodes;
  c.sockets = i.sockets ?? c.sockets;
  c.cores = i.cores ?? c.cores;
  c.threads = i.threads ?? c.threads;
  c.mhz = i.mhz ?? c.mhz;
  if (i.model !== undefined) c.model = i.model;
  const active = i.active;
  if (active !== undefined && active < c.nodes * c.sockets * c.cores * c.threads) {
    // The test driver keeps `active` as the CPU count and scales the topology to it.
    c.threads = 1;
    c.cores = Math.max(1, Math.floor(active / (c.nodes * c.sockets)));
  }
  host.memoryKiB = i.memory ?? host.memoryKiB;
  // Only the built-in default node has NUMA cells; a node file has none.
  host.cellsFreeKiB = [];
  const domains: Domain[] = [];
  let nextId = 1;
  const included = nodeChildren(xml, 'domain');
  for (const [i, inline] of ((node.domain as Node[] | undefined) ?? []).entries()) {
    const dn = domainNode(inline, included[i], path, read);
    if (!dn.ok) return dn;
    const parsed = domainFromNode(dn.value, undefined, { arch: 'i686' });
    if (!parsed.ok) return parsed;
    const def = { ...parsed, value: withTestIfnames(parsed.value) };
    const same = domains.findIndex((d) => (d.config ?? d.live)?.uuid === def.value.uuid);
    const named = domains.find((d) => (d.config ?? d.live)?.name === def.value.name);
    // virDomainObjListAdd: a uuid or a name taken by another domain is refused.
    if (same >= 0 && (domains[same].config ?? domains[same].live)?.name !== def.value.name)
      return operationFailed(
        `domain '${(domains[same].config ?? domains[same].live)?.name}' is already defined with uuid ${def.value.uuid}`,
      );
    if (same < 0 && named) return operationFailed(`domain '${def.value.name}' already exists with uuid ${named.uuid}`);
    if (same >= 0) {
      // The same domain again: the object keeps its live definition and state (its runstate is read
      // from that definition), takes the new one as its config, and is started again with the next id.
      const old = domains[same];
      domains[same] = { ...old, config: def.value, id: old.id === null ? null : nextId++ };
      continue;
    }
    const state = RUNSTATES[num(dn.value['test:runstate']) ?? 1] ?? 'running';
    const transient = dn.value['test:transient'] !== undefined;
    const activeState = state !== 'shut off';
    domains.push({
      uuid: def.value.uuid,
      id: activeState ? nextId++ : null,
      state,
      reason: 'unknown',
      config: transient ? null : def.value,
      live: activeState ? JSON.parse(JSON.stringify(def.value)) : null,
      autostart: false,
      managedSave: dn.value['test:hasmanagedsave'] !== undefined ? { def: def.value, paused: false } : null,
      snapshots: [],
      startedAt: activeState ? 0 : undefined,
      // The driver taints a domain it loads with interface scripts.
      ...(def.value.interfaces.some((n) => n.script)
        ? { messages: ['tainted: network configuration using opaque shell scripts'] }
        : {}),
    });
  }
  host.domains = domains;
  host.nextId = nextId;
  return loadNodeObjects(makeWorld([host]), xml, path, read);
}

/**
 * A `<domain>` of the node file as testParseDomains reads it: inline, or the root of the file its
 * `file` attribute names (testParseXMLDocFromFile), which must be a `<domain>`.
 */
function domainNode(inline: Node, el: XmlTree | undefined, path: string, read: ReadFile): Result<Node> {
  if (!el || attrOfTree(el, 'file') === undefined) return ok(inline);
  const obj = includedObject(el, path, read);
  if (!obj.ok) return obj;
  const doc = parser.parse(obj.value.xml) as Node;
  const root = (doc.domain as Node[] | undefined)?.[0];
  if (!root) return fail('XML_ERROR', `XML error: expecting root element of 'domain', not '${obj.value.root.el}'`);
  return ok(root);
}

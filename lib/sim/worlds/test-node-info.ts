import { fail, ok, type Result } from '../result';

type Node = Record<string, unknown>;

export interface NodeInfo {
  nodes?: number;
  sockets?: number;
  cores?: number;
  threads?: number;
  active?: number;
  mhz?: number;
  model?: string;
  memory?: number;
}

const text = (v: unknown): string | undefined => {
  const first = Array.isArray(v) ? v[0] : v;
  if (first === undefined) return undefined;
  const s = typeof first === 'object' ? ((first as Node)['#text'] ?? '') : first;
  return String(s);
};

/**
 * virXPathUInt / virXPathULong: an empty or missing element is "not set"; otherwise the whole
 * text must be a base-10 number (leading blanks and '+' allowed, no '-', no trailing text)
 * within range.
 */
function readUnsigned(v: unknown, max: bigint): number | undefined | null {
  const s = text(v);
  if (s === undefined || s === '') return undefined;
  const m = /^[ \t\n\v\f\r]*\+?(\d+)$/.exec(s);
  if (!m || BigInt(m[1]) > max) return null;
  return Number(m[1]);
}

const UINT = 4294967295n;
const ULONG = 18446744073709551615n;
const CPU_FIELDS = ['nodes', 'sockets', 'cores', 'threads', 'active', 'mhz'] as const;

/** testParseNodeInfo: the node's CPU topology and memory, checked in libvirt's order. */
export function readNodeInfo(node: Node): Result<NodeInfo> {
  const cpu = (typeof node.cpu === 'object' && node.cpu ? node.cpu : {}) as Node;
  const info: NodeInfo = {};
  for (const field of CPU_FIELDS) {
    const v = readUnsigned(cpu[field], UINT);
    if (v === null) return fail('XML_ERROR', `XML error: invalid node cpu ${field} value`);
    if (v !== undefined) info[field] = v;
  }
  const model = text(cpu.model);
  if (model !== undefined) info.model = model;
  const memory = readUnsigned(node.memory, ULONG);
  if (memory === null) return fail('XML_ERROR', 'XML error: invalid node memory value');
  if (memory !== undefined) info.memory = memory;
  return ok(info);
}

import { fail, ok, type Result } from '../result';

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

/**
 * The text of the first `<tag>` child in `xml` (entities left as they are), or undefined. Read
 * from the document text, not the parsed tree: libvirt sees the blanks a parser would trim.
 */
const text = (xml: string, tag: string): string | undefined => {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${tag}\\s*>)`).exec(xml);
  return m ? (m[1] ?? '') : undefined;
};

/**
 * virXPathUInt / virXPathULong: an empty or missing element is "not set"; otherwise the whole
 * text must be a base-10 number (leading blanks and '+' allowed, no '-', no trailing text)
 * within range.
 */
function readUnsigned(s: string | undefined, max: bigint): number | undefined | null {
  if (s === undefined || s === '') return undefined;
  const m = /^[ \t\n\v\f\r]*\+?(\d+)$/.exec(s);
  if (!m || BigInt(m[1]) > max) return null;
  return Number(m[1]);
}

const UINT = 4294967295n;
const ULONG = 18446744073709551615n;
const CPU_FIELDS = ['nodes', 'sockets', 'cores', 'threads', 'active', 'mhz'] as const;

/** testParseNodeInfo: the node's CPU topology and memory, checked in libvirt's order. */
export function readNodeInfo(xml: string): Result<NodeInfo> {
  const body = text(xml, 'node') ?? '';
  // Domains may hold <cpu> and <memory> of their own: only the node's direct children count.
  const own = body.replace(/<domain[\s>][\s\S]*?<\/domain\s*>/g, '');
  const cpu = text(own, 'cpu') ?? '';
  const info: NodeInfo = {};
  for (const field of CPU_FIELDS) {
    const v = readUnsigned(text(cpu, field), UINT);
    if (v === null) return fail('XML_ERROR', `XML error: invalid node cpu ${field} value`);
    if (v !== undefined) info[field] = v;
  }
  const model = text(cpu, 'model');
  if (model !== undefined) info.model = model;
  const memory = readUnsigned(text(own, 'memory'), ULONG);
  if (memory === null) return fail('XML_ERROR', 'XML error: invalid node memory value');
  if (memory !== undefined) info.memory = memory;
  return ok(info);
}

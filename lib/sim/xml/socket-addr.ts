import { fail, internalError, ok, type Result } from '../result';

/** An IPv4 or IPv6 address as virSocketAddr holds it: the family and its bytes. */
export interface SocketAddr {
  family: 4 | 6;
  bytes: number[];
}

function parseV4(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.map(Number);
}

function parseV6(s: string): number[] | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(s) || s.split('::').length > 2) return undefined;
  const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
  const groups = (text: string) => (text === '' ? [] : text.split(':'));
  const words = (list: string[]): number[] | undefined => {
    const out: number[] = [];
    for (const [i, g] of list.entries()) {
      if (i === list.length - 1 && g.includes('.')) {
        const v4 = parseV4(g);
        if (!v4) return undefined;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(g)) out.push(Number.parseInt(g, 16));
      else return undefined;
    }
    return out;
  };
  const h = words(groups(head));
  const t = tail === undefined ? [] : words(groups(tail));
  if (!h || !t) return undefined;
  const fill = 8 - h.length - t.length;
  if ((tail === undefined && fill !== 0) || (tail !== undefined && fill < 1)) return undefined;
  return [...h, ...Array(fill).fill(0), ...t].flatMap((w) => [w >> 8, w & 255]);
}

/** virSocketAddrParse with AI_NUMERICHOST: a dotted quad or an IPv6 address. */
export function parseSocketAddr(s: string): SocketAddr | undefined {
  const v4 = parseV4(s);
  if (v4) return { family: 4, bytes: v4 };
  const v6 = parseV6(s);
  return v6 ? { family: 6, bytes: v6 } : undefined;
}

/** virSocketAddrParse's own error, which libvirt reports when no caller replaces it. */
export const socketAddrError = (s: string) =>
  fail('SYSTEM_ERROR', `Cannot parse socket address '${s}': Name or service not known`);

/** virSocketAddrFormat: inet_ntop's spelling (IPv6 with the longest zero run as `::`). */
export function formatSocketAddr(a: SocketAddr): string {
  if (a.family === 4) return a.bytes.join('.');
  const w = Array.from({ length: 8 }, (_, i) => (a.bytes[2 * i] << 8) | a.bytes[2 * i + 1]);
  let best = [-1, 0];
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > best[1] && j - i > 1) best = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = (xs: number[]) => xs.map((x) => x.toString(16)).join(':');
  if (best[0] < 0) return hex(w);
  return `${hex(w.slice(0, best[0]))}::${hex(w.slice(best[0] + best[1]))}`;
}

export const sameAddr = (a: SocketAddr, b: SocketAddr) =>
  a.family === b.family && a.bytes.every((x, i) => x === b.bytes[i]);

const toBig = (a: SocketAddr) => a.bytes.reduce((n, b) => n * 256n + BigInt(b), 0n);

/** virSocketAddrGetIPPrefix: the prefix, else the netmask's bits, else the classful default. */
export function ipPrefix(ip: { address?: string; netmask?: string; prefix?: string }): number {
  if (ip.prefix !== undefined) return Number(ip.prefix);
  const mask = ip.netmask ? parseSocketAddr(ip.netmask) : undefined;
  if (mask) return mask.bytes.reduce((n, b) => n + b.toString(2).replace(/0/g, '').length, 0);
  const a = ip.address ? parseSocketAddr(ip.address) : undefined;
  if (!a || a.family === 6) return 64;
  return a.bytes[0] < 128 ? 8 : a.bytes[0] < 192 ? 16 : 24;
}

/**
 * virSocketAddrGetRange's checks of a DHCP range against its network: the same family, both
 * ends inside network/prefix, start not after end (libvirt's "reversed" message ends in a blank).
 */
export function checkRange(start: SocketAddr, end: SocketAddr, net: SocketAddr, prefix: number): Result<true> {
  const s = formatSocketAddr(start);
  const e = formatSocketAddr(end);
  const n = formatSocketAddr(net);
  if (start.family !== end.family) return internalError(`mismatch of address family in range ${s} - ${e}`);
  if (start.family !== net.family)
    return internalError(`mismatch of address family in range ${s} - ${e} for network ${n}`);
  const bits = net.family === 4 ? 32 : 128;
  const hostBits = BigInt(bits - prefix);
  const inside = (a: SocketAddr) => toBig(a) >> hostBits === toBig(net) >> hostBits;
  if (!inside(start) || !inside(end))
    return internalError(`range ${s} - ${e} is not entirely within network ${n}/${prefix}`);
  if (toBig(end) < toBig(start)) return internalError(`range ${s} - ${e} is reversed `);
  return ok(true);
}

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

/**
 * getaddrinfo's AI_NUMERICHOST reading of IPv4 (glibc's inet_aton_exact): one to four parts, each
 * decimal, 0x hex or 0 octal, the last filling the bytes left ("10.1" is 10.0.0.1, "010.0.0.1" is 8.0.0.1).
 */
function inetAton(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length > 4) return undefined;
  const nums: number[] = [];
  for (const p of parts) {
    if (!/^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.test(p)) return undefined;
    nums.push(/^0[xX]/.test(p) ? Number.parseInt(p.slice(2), 16) : /^0/.test(p) ? Number.parseInt(p, 8) : Number(p));
  }
  const last = nums.pop()!;
  if (nums.some((n) => n > 255) || last >= 256 ** (4 - nums.length)) return undefined;
  const tail = Array.from({ length: 4 - nums.length }, (_, i) => Math.floor(last / 256 ** (3 - nums.length - i)) % 256);
  return [...nums, ...tail];
}

/** virSocketAddrParse with AI_NUMERICHOST: an IPv4 address as inet_aton reads it, or an IPv6 address. */
export function parseSocketAddr(s: string): SocketAddr | undefined {
  const v4 = inetAton(s);
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

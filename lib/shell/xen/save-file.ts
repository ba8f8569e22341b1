/**
 * Save files. xend writes "LinuxGuestRecord", a big-endian config length and the domain's SXP
 * config before the memory (XendCheckpoint.save); xl writes its own header, "Xen saved domain,
 * xl format\n \0 \r" (xl_cmdimpl.c savefileheader_magic). Neither reads the other's files. In
 * the lab the memory part is the simulator's save image (libvirt's format).
 */
export const XM_SIGNATURE = 'LinuxGuestRecord';
export const XL_MAGIC = 'Xen saved domain, xl format\n \0 \r';

const be32 = (n: number) => String.fromCharCode((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
const readBe32 = (s: string, at: number) =>
  ((s.charCodeAt(at) << 24) | (s.charCodeAt(at + 1) << 16) | (s.charCodeAt(at + 2) << 8) | s.charCodeAt(at + 3)) >>> 0;
const le32 = (n: number) => String.fromCharCode(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);

/** xm save: signature, config length, SXP config, then the image. */
export function xmSaveFile(sxp: string, image: string): string {
  return XM_SIGNATURE + be32(sxp.length) + sxp + image;
}

export type XmRead = { ok: true; image: string } | { ok: false; message: string };

/** XendCheckpoint.restore's checks, with xend's messages. */
export function readXmSaveFile(data: string): XmRead {
  if (data.length < XM_SIGNATURE.length) return { ok: false, message: 'not a valid guest state file: signature read' };
  const sig = data.slice(0, XM_SIGNATURE.length);
  if (sig !== XM_SIGNATURE) return { ok: false, message: `not a valid guest state file: found '${sig}'` };
  if (data.length < XM_SIGNATURE.length + 4)
    return { ok: false, message: 'not a valid guest state file: config size read' };
  const len = readBe32(data, XM_SIGNATURE.length);
  const start = XM_SIGNATURE.length + 4;
  if (data.length < start + len) return { ok: false, message: 'not a valid guest state file: config read' };
  return { ok: true, image: data.slice(start + len) };
}

/** xl save: header (magic, byte order, flags, optional data = the config), then the image. */
export function xlSaveFile(config: string, image: string): string {
  const optional = le32(config.length) + config;
  return XL_MAGIC + le32(0x01020304) + le32(0) + le32(0) + le32(optional.length) + optional + image;
}

export type XlRead =
  | { ok: true; image: string; configLen: number; optionalLen: number }
  | { ok: false; message: string };

/** create_domain's restore checks (xl_cmdimpl.c), with xl's messages. */
export function readXlSaveFile(data: string, source: string): XlRead {
  const header = XL_MAGIC.length + 16;
  if (data.length < header)
    return {
      ok: false,
      message: `libxl: error: libxl_utils.c:396:libxl_read_exactly: file/stream truncated reading header from ${source}`,
    };
  if (data.slice(0, XL_MAGIC.length) !== XL_MAGIC)
    return { ok: false, message: 'File has wrong magic number - corrupt or for a different tool?' };
  const at = XL_MAGIC.length;
  const rd = (o: number) =>
    (data.charCodeAt(at + o) |
      (data.charCodeAt(at + o + 1) << 8) |
      (data.charCodeAt(at + o + 2) << 16) |
      (data.charCodeAt(at + o + 3) << 24)) >>>
    0;
  if (rd(0) !== 0x01020304) return { ok: false, message: 'File has wrong byte order' };
  const optionalLen = rd(12);
  const configLen = optionalLen >= 4 ? rd(16) : 0;
  return { ok: true, image: data.slice(header + optionalLen), configLen, optionalLen };
}

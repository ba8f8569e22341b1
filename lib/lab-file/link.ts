import { MAX_LAB_FILE_BYTES } from './format';

/**
 * A lab in a link: the lab file's JSON, deflated (the browser's CompressionStream, also in Node)
 * and written in base64url after `#lab=`. The fragment never reaches a server, and a lab is
 * text that compresses well (the built-in lab: 17 kB of JSON, 3.3 kB in the link).
 */
export const LINK_PREFIX = 'lab=';
/** Longer links are refused: chat tools and mail cut them; such a lab is shared as a file. */
export const MAX_LINK_CHARS = 32_000;

/** `bytes` through a (de)compressor; null past `limit` bytes (a small link may inflate to gigabytes). */
async function through(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Number.POSITIVE_INFINITY,
): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(r.value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const toBase64Url = (bytes: Uint8Array) => {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string) => {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
};

/** The fragment (without `#`) carrying `json`; null when it would be longer than a link may be. */
export async function encodeLabLink(json: string): Promise<string | null> {
  const packed = toBase64Url((await through(new TextEncoder().encode(json), new CompressionStream('deflate-raw')))!);
  const fragment = `${LINK_PREFIX}${packed}`;
  return fragment.length <= MAX_LINK_CHARS ? fragment : null;
}

/** The JSON text a fragment carries; null when it is not one this encoder wrote (cut short, altered). */
export async function decodeLabLink(fragment: string): Promise<string | null> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(LINK_PREFIX) || body.length > MAX_LINK_CHARS) return null;
  try {
    const packed = fromBase64Url(body.slice(LINK_PREFIX.length));
    const bytes = await through(packed, new DecompressionStream('deflate-raw'), MAX_LAB_FILE_BYTES);
    return bytes && new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

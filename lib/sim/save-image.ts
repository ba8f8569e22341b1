import { fail, internalError, ok, operationFailed, type Result } from './result';
import type { DomainDef, Driver } from './types';
import { formatDomainXml } from './xml/format';
import { parseDomainXml } from './xml/parse';

/**
 * Save images as byte strings (latin1). The test driver writes "TestGuestMagic\0", a 4-byte
 * little-endian length and the domain XML (testDomainSaveImageWrite); QEMU's header starts
 * "LibvirtQemudSave" and records whether the guest was running, which restore honours.
 */
const TEST_MAGIC = 'TestGuestMagic\0';
const QEMU_MAGIC = 'LibvirtQemudSave';

const le32 = (n: number) => String.fromCharCode(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
const readLe32 = (s: string, at: number) =>
  (s.charCodeAt(at) | (s.charCodeAt(at + 1) << 8) | (s.charCodeAt(at + 2) << 16) | (s.charCodeAt(at + 3) << 24)) >>> 0;
const utf8ToLatin1 = (s: string) => unescape(encodeURIComponent(s));
const latin1ToUtf8 = (s: string) => decodeURIComponent(escape(s));

/**
 * What the lab writes where a real image has the guest's memory, for a guest whose kernel panicked and
 * halted unheard (Domain.hung, decision 063): the memory is that kernel, so the guest restored hangs again.
 */
const HUNG_MEMORY = '\nguest memory (not simulated by VirtLab): a kernel that panicked and halted\n';

export function encodeSaveImage(
  driver: Driver,
  def: DomainDef,
  id: number | null,
  paused: boolean,
  memory: { hung?: boolean } = {},
): string {
  const xml = utf8ToLatin1(formatDomainXml(def, { id }));
  if (driver === 'test') return TEST_MAGIC + le32(xml.length) + xml;
  return QEMU_MAGIC + le32(2) + le32(xml.length) + le32(paused ? 0 : 1) + xml + (memory.hung ? HUNG_MEMORY : '');
}

export interface SaveImage {
  def: DomainDef;
  paused: boolean;
  /** The memory is a kernel that panicked and halted. */
  hung?: true;
}

/** Reads an image as the test driver's testDomainSaveImageOpen does, with its messages. */
export function decodeSaveImage(data: string, absPath: string): Result<SaveImage> {
  if (data.startsWith(QEMU_MAGIC)) {
    const len = readLe32(data, 20);
    const xml = data.slice(28, 28 + len);
    if (xml.length < len) return operationFailed(`failed to read domain XML in '${absPath}'`);
    const def = parseDomainXml(latin1ToUtf8(xml));
    if (!def.ok) return def;
    const hung = data.slice(28 + len).startsWith(HUNG_MEMORY);
    return ok({ def: def.value, paused: readLe32(data, 24) === 0, ...(hung ? { hung } : {}) });
  }
  if (data.length < TEST_MAGIC.length) return fail('SYSTEM_ERROR', `incomplete save header in '${absPath}': Success`);
  if (data.slice(0, TEST_MAGIC.length) !== TEST_MAGIC) return internalError('mismatched header magic');
  if (data.length < TEST_MAGIC.length + 4)
    return fail('SYSTEM_ERROR', `failed to read metadata length in '${absPath}': Success`);
  const len = readLe32(data, TEST_MAGIC.length);
  if (len < 1 || len > 8192) return internalError('length of metadata out of range');
  const xml = data.slice(TEST_MAGIC.length + 4, TEST_MAGIC.length + 4 + len);
  if (xml.length < len) return fail('SYSTEM_ERROR', `incomplete metadata in '${absPath}': Success`);
  let text: string;
  try {
    text = latin1ToUtf8(xml);
  } catch {
    text = xml;
  }
  const def = parseDomainXml(text);
  return def.ok ? ok({ def: def.value, paused: false }) : def;
}

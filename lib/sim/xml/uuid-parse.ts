import { parseDocument, type XNode } from './document';

const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const isSpace = (c: string) => /^[ \t\n\v\f\r]$/.test(c);

/**
 * virUUIDParse: blanks before, then 32 hex digits in pairs with '-' or ' ' anywhere between the
 * pairs, then blanks only. The UUID as virUUIDFormat prints it, or undefined.
 */
export function parseUuid(s: string): string | undefined {
  let i = 0;
  while (i < s.length && isSpace(s[i])) i++;
  let hex = '';
  while (hex.length < 32) {
    const c = s[i];
    if (c === undefined) return undefined;
    if (c === '-' || c === ' ') {
      i++;
      continue;
    }
    if (!isHex(c) || !isHex(s[i + 1])) return undefined;
    hex += (c + s[i + 1]).toLowerCase();
    i += 2;
  }
  if (![...s.slice(i)].every(isSpace)) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** XPath's string value of a node: its text and every descendant's, in order. */
const stringValue = (n: XNode): string =>
  n.kind === 'text' || n.kind === 'cdata' ? n.value : n.kind === 'element' ? n.children.map(stringValue).join('') : '';

/** A <uuid> read: none (absent or empty: libvirt makes one up), malformed (virUUIDParse refused it), or the UUID. */
export type UuidRead = { uuid: string } | 'none' | 'malformed';

/** virXPathString's answer, then virUUIDParse. */
export function readUuid(text: string | undefined): UuidRead {
  if (!text) return 'none';
  const uuid = parseUuid(text);
  return uuid === undefined ? 'malformed' : { uuid };
}

/**
 * A definition's own UUID as virDomainDefParseIDs, virNetworkDefParseXML and
 * virStoragePoolDefParseXML read it: virXPathString("string(./uuid[1])") — the first <uuid> under
 * the root, whose text may be blanks (kept: virXPathString treats only an empty string as none) —
 * then virUUIDParse. The document must be well-formed (the caller checks first).
 */
export function definitionUuid(xml: string): UuidRead {
  const root = parseDocument(xml).children.find((n) => n.kind === 'element');
  const el =
    root?.kind === 'element' ? root.children.find((n) => n.kind === 'element' && n.name === 'uuid') : undefined;
  return readUuid(el ? stringValue(el) : undefined);
}

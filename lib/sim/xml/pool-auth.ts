import { configUnsupported, fail, ok, type Result } from '../result';
import type { PoolSource } from '../types';
import { parseUuid } from './uuid-parse';

type Node = Record<string, unknown>;
/** virXPathNode: the first element of that name. */
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
/** virXPathString's string(./@a): an empty attribute reads as none. */
const attr = (n: unknown, a: string) => {
  const v = n && typeof n === 'object' ? (n as Node)[`@${a}`] : undefined;
  return typeof v === 'string' && v !== '' ? v : undefined;
};
const rawAttr = (n: unknown, a: string) => (n && typeof n === 'object' ? ((n as Node)[`@${a}`] as string) : undefined);
const xmlError = (m: string) => fail('XML_ERROR', `XML error: ${m}`);

/**
 * virStorageAuthDefParse, then virStoragePoolDefParseSource's own check: a username first, a type
 * known by name when one is given, a <secret> naming its secret by uuid or by usage (one of the
 * two, a uuid virUUIDParse reads); an auth whose type is none or not given is refused last.
 */
export function parsePoolAuth(node: unknown): Result<PoolSource['auth']> {
  const auth = first(node);
  if (auth === undefined) return ok(undefined);
  const username = attr(auth, 'username');
  if (username === undefined) return xmlError('missing username for auth');
  const type = attr(auth, 'type');
  if (type !== undefined && !['none', 'chap', 'ceph'].includes(type))
    return configUnsupported(`unknown auth type '${type}'`);
  const secret = first((auth as Node).secret);
  if (secret === undefined) return xmlError('Missing <secret> element in auth');
  const uuidText = rawAttr(secret, 'uuid');
  const usage = rawAttr(secret, 'usage');
  if (uuidText === undefined && usage === undefined) return xmlError('missing secret uuid or usage attribute');
  if (uuidText !== undefined && usage !== undefined) return xmlError('either secret uuid or usage expected');
  const uuid = uuidText === undefined ? undefined : parseUuid(uuidText);
  if (uuidText !== undefined && uuid === undefined) return xmlError(`invalid secret uuid '${uuidText}'`);
  if (type === undefined || type === 'none') return configUnsupported('storage pool missing auth type');
  return ok({ type, username, usage, uuid, secretType: rawAttr(secret, 'type') });
}
